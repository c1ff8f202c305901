package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The model ran a step task; answers whether the approach is chosen (the ad-hoc completion condition). */
public record ExecuteProcesstapCommand(@TargetAggregateIdentifier String opgaveId, Processtap stap, String elementId,
                                       long elementInstanceKey, Attribution attribution) {
}
