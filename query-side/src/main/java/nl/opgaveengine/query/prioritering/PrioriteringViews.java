package nl.opgaveengine.query.prioritering;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The shapes of the prioritisation views. */
public final class PrioriteringViews {

    private PrioriteringViews() {
    }

    /** An item of the strategic agenda, with how many opgaven are linked to it. */
    public record Agendapunt(String id, String soort, String naam, String omschrijving, String bovenliggendId,
                             boolean ingetrokken, String ingetrokkenReden, String toegevoegdDoor, Instant toegevoegdOp,
                             int aantalOpgaven) {
    }

    /** A round in a list. */
    public record RondeRegel(String id, String naam, String status, Instant geopendOp, Instant beslotenOp,
                             int aantalGescoord) {
    }

    /** A round with its criteria, scores and — once decided — the college's decision. */
    public record Ronde(String id, String naam, String status, JsonNode criteria, String geopendDoor, Instant geopendOp,
                        List<Score> scores, Besluit besluit) {
    }

    /** The score of one opgave. */
    public record Score(String opgaveId, String titel, Map<String, Integer> scores, int totaal, String gescoordDoor,
                        Instant gescoordOp, String toelichting) {
    }

    /** The college's decision on a round: who, in which role, when, why, and the ranking with choices. */
    public record Besluit(String beslotenDoor, String rol, Instant beslotenOp, String reden, List<Keuze> rangschikking) {
    }

    /** One opgave's place and choice in a decided round. */
    public record Keuze(String opgaveId, String titel, int rang, int totaal, String keuze, String reden) {
    }

    /** One opgave in the prioritised portfolio: its current rank and choice, its agenda links, and all decisions. */
    public record Prioriteit(String opgaveId, String titel, String thema, String gebied, Besluitregel huidig,
                             List<Koppeling> agendapunten, List<Besluitregel> besluiten) {
    }

    /** A decision about the opgave in one round. */
    public record Besluitregel(String rondeId, String rondeNaam, int rang, int totaal, String keuze, String reden,
                               String beslotenDoor, String rol, Instant beslotenOp, String collegeReden) {
    }

    /** A link of the opgave to an agenda item. */
    public record Koppeling(String agendapuntId, String soort, String naam, boolean ingetrokken, String gekoppeldDoor,
                            Instant gekoppeldOp, String reden) {
    }
}
