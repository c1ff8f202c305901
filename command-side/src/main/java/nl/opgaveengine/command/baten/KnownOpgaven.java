package nl.opgaveengine.command.baten;

import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Answers whether an opgave exists, from the event store (an opgave once registered exists for ever), so baten and
 * reports can refer to an opgave without loading or locking its aggregate.
 */
@Component
public class KnownOpgaven {

    private final EventStore eventStore;

    public KnownOpgaven(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public boolean exists(String opgaveId) {
        return opgaveId != null && !opgaveId.isBlank() && eventStore.lastSequenceNumberFor(opgaveId).isPresent();
    }

    /** Refuses with 404 when the opgave is unknown. */
    public void require(String opgaveId, String veld) {
        if (!exists(opgaveId)) {
            throw new BusinessRuleException(ErrorCode.OPGAVE_NOT_FOUND, "Opgave " + opgaveId + " bestaat niet.",
                    Map.of("opgaveId", String.valueOf(opgaveId), "veld", veld));
        }
    }
}
