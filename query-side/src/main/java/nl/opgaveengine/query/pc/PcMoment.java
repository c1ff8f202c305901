package nl.opgaveengine.query.pc;

import java.time.Instant;
import java.time.LocalDate;

/** A moment on the P&C calendar. */
public record PcMoment(String momentId, int jaar, String naam, String soort, LocalDate peildatum, LocalDate deadline,
                       Instant geplandOp, String geplandDoor) {
}
