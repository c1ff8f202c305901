/** The engine's events: JSON records in the shared event store, versioned from revision 1. */
package nl.opgaveengine.engine.event;
