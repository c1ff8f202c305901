package nl.opgaveengine.api.initiatief;

import java.util.List;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assesses an initiative against the four frames and decides, with a reason; an acceptance names a strategy. */
public record AssessInitiatiefCommand(@TargetAggregateIdentifier String initiatiefId, List<Toetsing> toetsingen,
                                      Beoordeling beoordeling, Strategie strategie, Attribution attribution) {
}
