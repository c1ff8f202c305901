package nl.opgaveengine.query.verantwoording;

import java.time.Instant;
import java.util.List;

/** The account of one opgave: every decision, every deviation with its justification, and who held which role when. */
public record Verantwoording(String opgaveId, String titel, List<Besluit> besluiten, List<Afwijking> afwijkingen,
                             List<Mandaat> mandaten, String opmerking) {

    /** What was decided, with what result, by whom in which role, when, why and on which document version. */
    public record Besluit(String eventId, String opgaveId, String soort, String onderwerp, String uitkomst, String door,
                          String inRol, Instant tijdstip, String reden, Document document, String afwijking) {
    }

    /** The document version a decision was taken on. */
    public record Document(String documentId, String naam, String versie, String hash) {
    }

    /** A deviation from the model's route and its justification. */
    public record Afwijking(String eventId, String soort, String onderwerp, String omschrijving, String door,
                            String inRol, Instant tijdstip, String verantwoording) {
    }

    /** One period in which a person held a role on the opgave, with who gave and ended it and why. */
    public record Mandaat(String opgaveId, String rol, String persoon, Instant van, Instant tot, String toegewezenDoor,
                          String toegewezenInRol, String toegewezenReden, String beeindigdDoor, String beeindigdInRol,
                          String beeindigdReden) {
    }
}
