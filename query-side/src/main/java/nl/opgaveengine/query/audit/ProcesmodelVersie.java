package nl.opgaveengine.query.audit;

import java.time.Instant;

/** A deployed BPMN model version, with its full XML as deployed and the checksum the engine recorded. */
public record ProcesmodelVersie(long processDefinitionKey, String bpmnProcessId, int versie, String naam,
                                String resourceName, String checksum, Instant gedeployedOp, String gedeployedDoor,
                                String bpmnXml) {
}
