package nl.opgaveengine.api.portfolio;

import java.util.Map;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.OpgaveBetrokkenEvent;
import org.axonframework.serialization.Revision;

/** An opgave was scored in a round; {@code totaal} is the weighted sum of the criteria. */
@Revision("1")
public record OpgaveScoredEvent(String rondeId, String opgaveId, Map<String, Integer> scores, int totaal,
                                Attribution attribution)
        implements OpgaveBetrokkenEvent {
}
