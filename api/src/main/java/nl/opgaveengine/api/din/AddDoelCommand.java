package nl.opgaveengine.api.din;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a goal to the DIN of a programme, optionally under a parent goal. */
public record AddDoelCommand(@TargetAggregateIdentifier String dinId, String opgaveId, String doelId, String naam,
                             String bovenliggendDoelId, Attribution attribution) {
}
