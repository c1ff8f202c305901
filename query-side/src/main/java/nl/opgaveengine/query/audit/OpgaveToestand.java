package nl.opgaveengine.query.audit;

import java.time.Instant;
import java.util.List;

/** The state of an opgave as it was known at a moment: folded from its stored events up to that moment. */
public record OpgaveToestand(String opgaveId, Instant peilmoment, String titel, String thema, String gebied,
                             String status, String werkwijze, String geadviseerdeWerkwijze, Procesmodel procesmodel,
                             Fase fase, OpenGate openGate, List<Rolhouder> rollen, List<Document> documenten,
                             List<Besluit> besluiten, List<Baat> baten, int aantalGebeurtenissen,
                             LaatsteGebeurtenis laatsteGebeurtenis) {

    /** The model version that drove the opgave. */
    public record Procesmodel(String bpmnProcessId, Integer versie, Long processDefinitionKey) {
    }

    /** The phase it was in. */
    public record Fase(String id, String naam, Integer herhaling) {
    }

    /** The gate that waited for a decision. */
    public record OpenGate(String gateId, String naam, String vereistDocument, String beslisser, List<String> uitkomsten) {
    }

    /** Who held a role, since when. */
    public record Rolhouder(String rol, String persoon, Instant sinds) {
    }

    /** An attached document version. */
    public record Document(String documentId, String naam, String versie, String contentHash, Instant toegevoegdOp) {
    }

    /** A decision taken until then. */
    public record Besluit(String type, String onderwerp, String uitkomst, String door, String inRol, Instant tijdstip,
                          String reden, String documentVersie, String documentHash) {
    }

    /** A baat of the opgave and its owner then. */
    public record Baat(String baatId, String titel, String eigenaar) {
    }

    /** The last event folded in. */
    public record LaatsteGebeurtenis(String id, String type, Instant tijdstip) {
    }
}
