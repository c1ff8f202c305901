package nl.opgaveengine.query.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One opgave as the portfolio shows it: werkwijze, phase, status, sturingsdriehoek, the next gate, overdue reports,
 * budget from the latest voortgangsrapportage, links to other opgaven (the inspanningen its baten depend on) and its
 * current priority (from the latest prioritisation round that decided on it; empty when none did).
 */
public record PortfolioRegel(
        String id,
        String titel,
        String thema,
        String gebied,
        String werkwijze,
        String status,
        Fase fase,
        OpenGate openGate,
        Sturingsdriehoek sturingsdriehoek,
        Instant geregistreerdOp,
        int achterstalligeGates,
        int achterstalligeRapportages,
        Budget budget,
        List<Koppeling> koppelingen,
        Prioriteit prioriteit) {

    /** A line without a priority (no round decided on the opgave yet). */
    public PortfolioRegel(String id, String titel, String thema, String gebied, String werkwijze, String status,
                          Fase fase, OpenGate openGate, Sturingsdriehoek sturingsdriehoek, Instant geregistreerdOp,
                          int achterstalligeGates, int achterstalligeRapportages, Budget budget,
                          List<Koppeling> koppelingen) {
        this(id, titel, thema, gebied, werkwijze, status, fase, openGate, sturingsdriehoek, geregistreerdOp,
                achterstalligeGates, achterstalligeRapportages, budget, koppelingen, null);
    }

    /**
     * The rank of the opgave and the round it came from: the most recent decided round that included the opgave,
     * its total score, the college's choice ({@code OPPAKKEN} / {@code NIET_OPPAKKEN}) and when it was decided.
     * {@code historie} links to the opgave's rank, agenda links and full decision history.
     */
    public record Prioriteit(int rang, int totaal, String keuze, String rondeId, String rondeNaam,
                             Instant beslotenOp, String historie) {
    }

    /** The current phase. */
    public record Fase(String id, String naam) {
    }

    /**
     * The next gate (the one waiting for a decision), the role that decides it, since when it is open and by when it
     * must be decided ({@code uiterlijkOp}: the model's termijn or the project office's planning; empty when neither
     * sets one). {@code achterstalligeGates} is 1 while that date has passed.
     */
    public record OpenGate(String naam, String beslisser, Instant geopendOp, Instant uiterlijkOp) {
    }

    /** The current holders of the three steering roles. */
    public record Sturingsdriehoek(String bestuurlijkOpdrachtgever, String ambtelijkOpdrachtgever,
                                   String sturingsprofessional) {
    }

    /** Budget planned, spent and forecast, as the latest voortgangsrapportage (of P&C moment {@code momentId}) says. */
    public record Budget(BigDecimal begroot, BigDecimal besteed, BigDecimal prognose, String momentId) {
    }

    /**
     * A link to another opgave through a baat: {@code INSPANNING} — the other opgave is an effort this opgave's baat
     * depends on; {@code DRAAGT_BIJ_AAN} — this opgave is an effort of the other opgave's baat.
     */
    public record Koppeling(String soort, String opgaveId, String baatId, String baatTitel) {
    }
}
