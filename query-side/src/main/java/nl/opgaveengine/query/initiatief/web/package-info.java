/** The REST API of the frames and initiatives; an initiator sees only their own initiatives. */
package nl.opgaveengine.query.initiatief.web;
