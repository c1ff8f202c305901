/** The REST endpoint that serves the opgave detail view. */
package nl.opgaveengine.query.opgave.web;
