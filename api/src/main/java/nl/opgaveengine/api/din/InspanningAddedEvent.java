package nl.opgaveengine.api.din;

import java.util.List;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** An effort was added, serving these goals. */
@Revision("1")
public record InspanningAddedEvent(String dinId, String opgaveId, String inspanningId, String naam, List<String> doelIds,
                                   Attribution attribution) implements DinEvent {
}
