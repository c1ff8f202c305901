/** The portfolio view: one line per opgave for overview, filtering and paging. */
package nl.opgaveengine.query.portfolio;
