/** Process models: deploying a BPMN file as a new version and listing the versions. */
package nl.opgaveengine.command.model;
