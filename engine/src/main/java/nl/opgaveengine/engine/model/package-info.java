/** Parsing, checking and caching of BPMN models as the engine's own executable form. */
package nl.opgaveengine.engine.model;
