package nl.opgaveengine.api.din;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that an effort is carried out as an opgave of its own (for example a project of the programme). */
public record LinkInspanningOpgaveCommand(@TargetAggregateIdentifier String dinId, String inspanningId, String subopgaveId,
                                          Attribution attribution) {
}
