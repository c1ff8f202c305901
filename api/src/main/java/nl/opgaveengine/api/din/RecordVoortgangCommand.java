package nl.opgaveengine.api.din;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the progress of an effort, in percent. */
public record RecordVoortgangCommand(@TargetAggregateIdentifier String dinId, String inspanningId, int voortgang,
                                     Attribution attribution) {
}
