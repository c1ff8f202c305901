/** The process-instance aggregate: it interprets the model, one event per step, until every token waits. */
package nl.opgaveengine.engine.instance;
