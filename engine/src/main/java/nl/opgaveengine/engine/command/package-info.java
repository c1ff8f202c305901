/** The engine's internal commands, sent through Axon's command gateway to its aggregates. */
package nl.opgaveengine.engine.command;
