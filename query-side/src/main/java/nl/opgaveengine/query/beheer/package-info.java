/** Rebuilding the projections: stop, reset tokens, replay, with progress per processor against the head of the event store. */
package nl.opgaveengine.query.beheer;
