package nl.opgaveengine.query.portfolio;

import java.time.Instant;

/** One opgave as the portfolio shows it. */
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
        Instant geregistreerdOp) {

    /** The current phase. */
    public record Fase(String id, String naam) {
    }

    /** The gate waiting for a decision, and the role that decides it. */
    public record OpenGate(String naam, String beslisser) {
    }

    /** The current holders of the three steering roles. */
    public record Sturingsdriehoek(String bestuurlijkOpdrachtgever, String ambtelijkOpdrachtgever,
                                   String sturingsprofessional) {
    }
}
