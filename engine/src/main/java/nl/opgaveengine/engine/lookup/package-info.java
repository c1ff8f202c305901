/** The engine's lookup tables: written from its events in the same transaction, read by the engine and its API. */
package nl.opgaveengine.engine.lookup;
