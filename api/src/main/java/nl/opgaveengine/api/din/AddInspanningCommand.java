package nl.opgaveengine.api.din;

import java.util.List;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds an effort serving one or more goals; it may be an opgave of its own. */
public record AddInspanningCommand(@TargetAggregateIdentifier String dinId, String opgaveId, String inspanningId, String naam,
                                   List<String> doelIds, String subopgaveId, Attribution attribution) {
}
