/** The BPMN models of the werkwijzen and their constants, so that no model string appears twice in code. */
package nl.opgaveengine.bpmn;
