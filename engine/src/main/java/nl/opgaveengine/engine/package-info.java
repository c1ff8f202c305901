/** The embedded, event-sourced BPMN engine that runs Camunda 8 models; it knows nothing of opgaven. */
package nl.opgaveengine.engine;
