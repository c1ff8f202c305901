/** The REST API of the lessons register and of the lessons offered at intake. */
package nl.opgaveengine.query.leren.web;
