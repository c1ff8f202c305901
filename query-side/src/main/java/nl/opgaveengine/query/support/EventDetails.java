package nl.opgaveengine.query.support;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.Instant;

/** Reads the identity, order and attribution of an event message in a null-safe way. */
public final class EventDetails {

    private EventDetails() {
    }

    /** The aggregate sequence number, or null when the message is not a domain event. */
    public static Long sequenceNumber(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
    }

    /** The aggregate type (Opgave, Baat, ...), or null when the message is not a domain event. */
    public static String aggregateType(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getType() : null;
    }

    /** The aggregate identifier, or null when the message is not a domain event. */
    public static String aggregateId(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }

    /** The global position in the event store, or null when the message was not read from a stream. */
    public static Long globalPosition(EventMessage<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            var position = tracked.trackingToken().position();
            return position.isPresent() ? position.getAsLong() : null;
        }
        return null;
    }

    /** When it happened: the attribution's moment, else the message timestamp. */
    public static Instant at(Attribution attribution, EventMessage<?> message) {
        return attribution != null && attribution.at() != null ? attribution.at() : message.getTimestamp();
    }

    public static String actor(Attribution attribution) {
        return attribution == null ? null : attribution.actor();
    }

    public static String role(Attribution attribution) {
        return attribution == null ? null : attribution.role();
    }

    public static String reason(Attribution attribution) {
        return attribution == null ? null : attribution.reason();
    }
}
