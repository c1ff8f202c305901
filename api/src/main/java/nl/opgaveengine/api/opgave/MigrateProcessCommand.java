package nl.opgaveengine.api.opgave;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A process owner moves the opgave's running instance to another version of its model, mapping each active element
 * of the running version to an element of the target ({@code mapping}: source element id → target element id).
 */
public record MigrateProcessCommand(@TargetAggregateIdentifier String opgaveId, int naarVersie,
                                    Map<String, String> mapping, Attribution attribution) {
}
