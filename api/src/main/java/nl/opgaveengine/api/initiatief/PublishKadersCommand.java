package nl.opgaveengine.api.initiatief;

import java.util.List;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publishes (a new version of) the frames: welcome themes, welcome initiators, requirements and support. */
public record PublishKadersCommand(@TargetAggregateIdentifier String kadersId, List<String> inhoud,
                                   List<InitiatiefnemerSoort> actoren, List<String> procedures,
                                   List<String> ondersteuning, Attribution attribution) {
}
