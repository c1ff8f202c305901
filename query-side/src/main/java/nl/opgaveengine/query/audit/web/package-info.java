/** The REST endpoint that serves the event history of one opgave. */
package nl.opgaveengine.query.audit.web;
