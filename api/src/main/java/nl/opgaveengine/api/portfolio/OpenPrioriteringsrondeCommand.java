package nl.opgaveengine.api.portfolio;

import java.util.List;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a prioritisation round with its criteria. */
public record OpenPrioriteringsrondeCommand(@TargetAggregateIdentifier String rondeId, String naam,
                                            List<Criterium> criteria, Attribution attribution) {
}
