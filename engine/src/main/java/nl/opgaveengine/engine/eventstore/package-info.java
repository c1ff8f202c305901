/** The one event store shared by the engine and the domain: Axon's JDBC storage engine on snake_case tables. */
package nl.opgaveengine.engine.eventstore;
