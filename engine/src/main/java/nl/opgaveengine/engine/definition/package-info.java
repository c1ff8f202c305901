/** The process-definition aggregate: versions per BPMN process id. */
package nl.opgaveengine.engine.definition;
