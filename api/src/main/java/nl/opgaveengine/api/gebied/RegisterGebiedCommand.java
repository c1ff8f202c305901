package nl.opgaveengine.api.gebied;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds an area to the municipality's list; {@code gebiedKey} is {@link GebiedKeys#of(String)} of the code. */
public record RegisterGebiedCommand(@TargetAggregateIdentifier String gebiedKey, String code, String naam,
                                    GebiedSoort soort, String bovenliggendGebied, Attribution attribution) {
}
