package nl.opgaveengine.api.opgave;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks the opgave in which of the allowed roles a person acts on it now; the answer is the role's name, or a refusal
 * naming the roles that may {@code handeling}. Changes nothing: it lets a change elsewhere (the programme's DIN)
 * record and check the role its actor holds on the opgave.
 */
public record ResolveActingRolCommand(@TargetAggregateIdentifier String opgaveId, String actor, List<Rol> toegestaan,
                                      String handeling) {
}
