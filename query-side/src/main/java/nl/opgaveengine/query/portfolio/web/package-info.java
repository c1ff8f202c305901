/** The REST endpoint that lists the portfolio of opgaven. */
package nl.opgaveengine.query.portfolio.web;
