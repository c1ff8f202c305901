/** The read side: projections of the opgave events into views, and the query REST API that serves them. */
package nl.opgaveengine.query;
