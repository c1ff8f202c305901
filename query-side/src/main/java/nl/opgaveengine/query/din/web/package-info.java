/** The REST read API of the DIN view. */
package nl.opgaveengine.query.din.web;
