package nl.opgaveengine.command.initiatief;

import java.util.Map;
import java.util.Optional;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.initiatief.InitiatiefkaderIds;
import nl.opgaveengine.api.initiatief.KadersPublishedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** The frames currently in force, read from the event store, so an initiative is assessed against the latest version. */
@Component
public class GepubliceerdeKaders {

    private final EventStore eventStore;

    public GepubliceerdeKaders(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<KadersPublishedEvent> huidige() {
        if (eventStore.lastSequenceNumberFor(InitiatiefkaderIds.KADERS).isEmpty()) {
            return Optional.empty();
        }
        KadersPublishedEvent[] last = new KadersPublishedEvent[1];
        eventStore.readEvents(InitiatiefkaderIds.KADERS).asStream().map(DomainEventMessage::getPayload)
                .filter(KadersPublishedEvent.class::isInstance)
                .forEach(p -> last[0] = (KadersPublishedEvent) p);
        return Optional.ofNullable(last[0]);
    }

    /** The frames in force; refused with 409 while none were published. */
    public KadersPublishedEvent require() {
        return huidige().orElseThrow(() -> new BusinessRuleException(ErrorCode.KADERS_NOT_PUBLISHED,
                "De gemeente heeft nog geen kaders voor initiatieven gepubliceerd.", Map.of()));
    }
}
