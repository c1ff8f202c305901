package nl.opgaveengine.query.opgave;

import java.time.Instant;
import java.util.List;

/** Everything the read side knows about one opgave: its data, werkwijze, process, phase, open gate, roles, documents and decisions. */
public record OpgaveDetail(
        String id,
        String titel,
        String omschrijving,
        String thema,
        String gebied,
        String initiatiefnemer,
        String status,
        WerkwijzeKeuze werkwijze,
        Intake intake,
        Procesmodel procesmodel,
        Fase fase,
        OpenGate openGate,
        Rollen rollen,
        List<Document> documenten,
        List<Besluit> besluiten,
        Instant geregistreerdOp,
        Instant bijgewerktOp) {

    /** The chosen werkwijze, the advised one and whether the choice deviates from the advice. */
    public record WerkwijzeKeuze(String gekozen, String geadviseerd, Boolean afwijkendVanAdvies) {
    }

    /** The answers given at intake and the advice that followed from them. */
    public record Intake(Antwoorden antwoorden, Advies advies) {
    }

    /** The voorscheider answers. */
    public record Antwoorden(String idee, String netwerk, String besluitvorming,
                             Integer voorspelbaarheidPad, Integer tastbaarheidUitkomst, Boolean tijdsdruk) {
    }

    /** The intake advice. */
    public record Advies(String procestype, String verplichting, String complexiteit, String werkwijze,
                         List<String> toelichting) {
    }

    /** The process model version and instance that drive the opgave. */
    public record Procesmodel(String bpmnProcessId, Integer versie, Long processDefinitionKey, Long processInstanceKey) {
    }

    /** The current phase; {@code herhaling} counts earlier runs of the same phase. */
    public record Fase(String id, String naam, Integer herhaling) {
    }

    /** The gate that waits for a decision; {@code uiterlijkOp}: when it must be decided (null: no due date). */
    public record OpenGate(String gateId, String gateNaam, String fase, String vereistDocument, String beslisser,
                           List<String> uitkomsten, Instant geopendOp, Instant uiterlijkOp) {
    }

    /** The current role holders and every assignment ever made. */
    public record Rollen(List<Roltoewijzing> huidig, List<Roltoewijzing> historie) {
    }

    /** One assignment of a role to a person, with who assigned and ended it and why. */
    public record Roltoewijzing(String rol, String persoon, Instant van, Instant tot,
                                Handeling toegewezen, Handeling beeindigd) {
    }

    /** Who did something, in which role, and why. */
    public record Handeling(String door, String inRol, String reden) {
    }

    /** One attached document version. */
    public record Document(String documentId, String naam, String versie, String contentHash, String referentie,
                           Instant toegevoegdOp, Handeling toegevoegd) {
    }

    /** One decision on the opgave's timeline: what, outcome, by whom, in which role, when, why, on which document. */
    public record Besluit(String soort, String onderwerp, String uitkomst, String door, String inRol,
                          Instant tijdstip, String reden, BesluitDocument document) {
    }

    /** The document version a decision was taken on. */
    public record BesluitDocument(String documentId, String naam, String versie, String hash) {
    }
}
