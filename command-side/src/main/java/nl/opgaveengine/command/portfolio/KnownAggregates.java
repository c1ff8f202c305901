package nl.opgaveengine.command.portfolio;

import java.util.Map;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Answers whether an aggregate (ronde, les, initiatief, gebied) exists, from the event store, so a command on an
 * unknown one is refused with the problem that names it rather than the opgave's.
 */
@Component
public class KnownAggregates {

    private final EventStore eventStore;

    public KnownAggregates(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public boolean exists(String id) {
        return id != null && !id.isBlank() && eventStore.lastSequenceNumberFor(id).isPresent();
    }

    /** Refuses with the code's status when the aggregate is unknown; {@code wat} names it ("Initiatief"). */
    public void require(String id, ErrorCode code, String wat, String veld) {
        if (!exists(id)) {
            throw new BusinessRuleException(code, wat + " " + id + " bestaat niet.",
                    Map.of("veld", veld, "id", String.valueOf(id)));
        }
    }
}
