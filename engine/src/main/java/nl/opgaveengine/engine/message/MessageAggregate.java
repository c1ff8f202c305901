package nl.opgaveengine.engine.message;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.opgaveengine.engine.command.PublishMessageCommand;
import nl.opgaveengine.engine.event.MessagePublishedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import nl.opgaveengine.engine.eventstore.EventStoreConfiguration;
import org.axonframework.spring.stereotype.Aggregate;

/** One published message; its buffer lifetime is recorded in the event, correlations on the instances. */
@Aggregate(type = "Message", cache = EventStoreConfiguration.AGGREGATE_CACHE)
public class MessageAggregate {

    @AggregateIdentifier
    private String id;

    public MessageAggregate() {
    }

    public static String aggregateId(long messageKey) {
        return "message:" + messageKey;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(PublishMessageCommand command) {
        apply(new MessagePublishedEvent(command.messageKey(), command.name(), command.correlationKey(),
                command.publishedAt(), command.expiresAt(), command.variables(), command.messageId()));
    }

    @EventSourcingHandler
    void on(MessagePublishedEvent e) {
        id = aggregateId(e.messageKey());
    }
}
