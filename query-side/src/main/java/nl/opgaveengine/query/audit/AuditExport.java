package nl.opgaveengine.query.audit;

import java.time.Instant;
import java.util.List;

/**
 * The auditor export of one opgave: its current state, the model versions it ran on (with their BPMN XML), the
 * document versions with their hashes, every event with who, role, when, why, payload and metadata, and a SHA-256
 * over the JSON of the event list so the file can be checked.
 */
public record AuditExport(String formaat, String opgaveId, Instant geexporteerdOp, OpgaveToestand toestand,
                          List<Procesmodel> procesKoppelingen, List<ProcesmodelVersie> procesmodellen,
                          List<DocumentHash> documenten, List<Gebeurtenis> gebeurtenissen, Integriteit integriteit) {

    public static final String FORMAAT = "opgave-engine/auditexport/1";

    /** A link of the opgave to a process instance of a model version. */
    public record Procesmodel(String bpmnProcessId, int versie, long processDefinitionKey, long processInstanceKey,
                              Instant gekoppeldOp) {
    }

    /** A document version as attached: its content hash and where the document itself lives. */
    public record DocumentHash(String documentId, String naam, String versie, String hashAlgoritme, String contentHash,
                               String referentie, Instant toegevoegdOp, String door, String inRol) {
    }

    /** The SHA-256 of the JSON of {@code gebeurtenissen}, the count and the first and last global position. */
    public record Integriteit(String algoritme, String gebeurtenissenHash, int aantalGebeurtenissen,
                              Long eersteGlobalePositie, Long laatsteGlobalePositie) {
    }
}
