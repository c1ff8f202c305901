package nl.opgaveengine.api.opgave;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The holder of an opgave role delegates the decision mandate of that role to a named person for a period
 * ({@code geldigVan} inclusive, {@code geldigTot} exclusive); the mandaatgever is the attribution's actor.
 */
public record DelegateMandaatCommand(@TargetAggregateIdentifier String opgaveId, String mandaatId, Rol rol,
                                     String gemachtigde, Instant geldigVan, Instant geldigTot,
                                     Attribution attribution) {
}
