package nl.opgaveengine.query.baten;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One baat as the register shows it: profile, owner, the opgave's state, the latest expected and realised values,
 * and (in the detail) every measure and handover.
 */
public record Baat(String baatId, String opgaveId, String opgaveTitel, String opgaveStatus, String titel, String doel,
                   String indicator, String eenheid, BigDecimal nulmeting, BigDecimal streefwaarde,
                   LocalDate streefdatum, String eigenaar, Instant eigenaarSinds, String status,
                   List<String> inspanningen, Meting laatstVerwacht, Meting laatstGerealiseerd, Instant geregistreerdOp,
                   String geregistreerdDoor, List<Meting> metingen, List<Overdracht> overdrachten) {

    /** An expected or realised value at a date, who recorded it and why. */
    public record Meting(String soort, LocalDate peildatum, BigDecimal waarde, Instant vastgelegdOp, String door,
                         String inRol, String toelichting) {
    }

    /** A handover: proposed by whom to whom and why, and accepted by the receiver (or still open). */
    public record Overdracht(String vanEigenaar, String ontvanger, String ontvangerSoort, String organisatie,
                             Instant voorgesteldOp, String voorgesteldDoor, String reden, Instant geaccepteerdOp,
                             String geaccepteerdDoor, String geaccepteerdReden) {
    }
}
