package nl.opgaveengine.engine.message;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.opgaveengine.engine.command.CorrelateMessageCommand;
import nl.opgaveengine.engine.event.MessagePublishedEvent;
import nl.opgaveengine.engine.event.MessageSubscriptionOpenedEvent;
import nl.opgaveengine.engine.instance.ProcessInstanceAggregate;
import nl.opgaveengine.engine.lookup.EngineLookup;
import nl.opgaveengine.engine.lookup.EngineLookup.BufferedMessage;
import nl.opgaveengine.engine.lookup.EngineLookup.SubscriptionRow;
import nl.opgaveengine.engine.lookup.EngineLookupProjection;
import nl.opgaveengine.engine.support.EngineClock;
import nl.opgaveengine.engine.support.EngineSignals;
import nl.opgaveengine.engine.support.EngineTransactions;
import nl.opgaveengine.engine.support.EngineCommands;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Correlates messages to waiting instances. A publish and a subscription that open in two concurrent
 * transactions cannot see each other; so after either commits, it looks once more for the other side
 * (the instance aggregate makes a second correlation of the same message a no-op).
 */
@Component
@ProcessingGroup(EngineLookupProjection.PROCESSING_GROUP)
public class MessageCorrelator {

    private final EngineCommands commands;
    private final EngineLookup lookup;
    private final EngineTransactions transactions;
    private final EngineSignals signals;
    private final EngineClock clock;

    public MessageCorrelator(EngineCommands commands, EngineLookup lookup, EngineTransactions transactions,
                             EngineSignals signals, EngineClock clock) {
        this.clock = clock;
        this.commands = commands;
        this.lookup = lookup;
        this.transactions = transactions;
        this.signals = signals;
    }

    /** Correlates a message to every open subscription with its name and key, at most one per instance. */
    public int correlate(long messageKey, String name, String correlationKey, Map<String, Object> variables) {
        Set<Long> correlated = new HashSet<>();
        for (SubscriptionRow subscription : lookup.openSubscriptions(name, correlationKey)) {
            if (correlated.contains(subscription.processInstanceKey())) {
                continue;
            }
            Boolean done = commands.sendAndWait(new CorrelateMessageCommand(
                    ProcessInstanceAggregate.aggregateId(subscription.processInstanceKey()),
                    subscription.elementInstanceKey(), messageKey, name, correlationKey, variables));
            if (Boolean.TRUE.equals(done)) {
                correlated.add(subscription.processInstanceKey());
            }
        }
        return correlated.size();
    }

    @EventHandler
    void on(MessagePublishedEvent e) {
        if (e.expiresAt().isAfter(e.publishedAt())) {
            signals.afterCommit(() -> transactions.executeNew(() -> {
                if (now().isBefore(e.expiresAt())) {
                    correlate(e.messageKey(), e.name(), e.correlationKey(), e.variables());
                }
                return null;
            }));
        }
    }

    @EventHandler
    void on(MessageSubscriptionOpenedEvent e) {
        signals.afterCommit(() -> transactions.executeNew(() -> {
            if (lookup.openSubscription(e.elementInstanceKey()).isEmpty()) {
                return null;
            }
            for (BufferedMessage message : lookup.bufferedMessages(e.messageName(), e.correlationKey(),
                    e.processInstanceKey(), now())) {
                Boolean done = commands.sendAndWait(new CorrelateMessageCommand(
                        ProcessInstanceAggregate.aggregateId(e.processInstanceKey()), e.elementInstanceKey(),
                        message.messageKey(), e.messageName(), e.correlationKey(), message.variables()));
                if (Boolean.TRUE.equals(done)) {
                    return null;
                }
            }
            return null;
        }));
    }

    private Instant now() {
        return clock.now();
    }
}
