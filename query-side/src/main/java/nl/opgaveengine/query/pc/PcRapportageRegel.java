package nl.opgaveengine.query.pc;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One opgave at one P&C moment: whether its report is in (INGEDIEND, NA_DEADLINE_INGEDIEND), still open before the
 * deadline (VERWACHT) or missing after it (ONTBREEKT); budget planned, spent and forecast, status and explanation.
 */
public record PcRapportageRegel(String opgaveId, String titel, String thema, String gebied, String werkwijze,
                                String opgaveStatus, String rapportage, Integer versie, BigDecimal begroot,
                                BigDecimal besteed, BigDecimal restant, BigDecimal besteedPercentage,
                                BigDecimal prognose, BigDecimal prognoseAfwijking, String status, String toelichting,
                                Instant ingediendOp, String ingediendDoor) {
}
