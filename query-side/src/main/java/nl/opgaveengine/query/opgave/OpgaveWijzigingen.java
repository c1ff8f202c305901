package nl.opgaveengine.query.opgave;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Tells who is waiting for an opgave's detail view that it changed: once the detail processor's unit of work has
 * committed, every opgave whose events it handled is signalled. A client that sends {@code Prefer: wait=n} with the
 * ETag it holds is answered at the first change instead of polling ({@code OpgaveDetailController}).
 *
 * <p>Only the application that ran the projection's transaction knows of the change. With several nodes a waiting
 * request on another node is answered when its wait ends, with whatever the view then holds: later, never wrong.
 */
@Component
public class OpgaveWijzigingen {

    private final ConcurrentMap<String, Set<Wachter>> wachtenden = new ConcurrentHashMap<>();

    /** One wait for the next change of one opgave; runs its action at most once. */
    public static final class Wachter {
        private final Runnable bijWijziging;

        private Wachter(Runnable bijWijziging) {
            this.bijWijziging = bijWijziging;
        }
    }

    /**
     * Runs the action once, at the next committed change of the opgave's detail view, on the thread that committed it
     * (so the action should only hand work on). Register before reading the view, so that a change between the read
     * and the wait is not missed.
     */
    public Wachter wacht(String opgaveId, Runnable bijWijziging) {
        Wachter wachter = new Wachter(bijWijziging);
        wachtenden.compute(opgaveId, (id, set) -> {
            Set<Wachter> wachters = set == null ? new HashSet<>() : set;
            wachters.add(wachter);
            return wachters;
        });
        return wachter;
    }

    /** Stops a wait that has not fired yet; nothing happens when it already fired or was stopped. */
    public void stop(String opgaveId, Wachter wachter) {
        if (wachter != null) {
            wachtenden.computeIfPresent(opgaveId, (id, set) -> {
                set.remove(wachter);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** The opgave's detail view changed and the change is committed: fires every wait on it. */
    public void gewijzigd(String opgaveId) {
        Set<Wachter> wachters = wachtenden.remove(opgaveId);
        if (wachters != null) {
            wachters.forEach(wachter -> wachter.bijWijziging.run());
        }
    }

    /** How many waits on this opgave are registered (for tests). */
    public int aantalWachtend(String opgaveId) {
        Set<Wachter> wachters = wachtenden.get(opgaveId);
        return wachters == null ? 0 : wachters.size();
    }

    /** Registers the interceptor on the detail view's processor: after commit, each handled opgave is signalled. */
    @Bean
    static ConfigurerModule opgaveWijzigingenMelden(OpgaveWijzigingen wijzigingen) {
        MessageHandlerInterceptor<EventMessage<?>> melden = (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (unitOfWork.getMessage() instanceof DomainEventMessage<?> domain) {
                String opgaveId = domain.getAggregateIdentifier();
                unitOfWork.afterCommit(u -> wijzigingen.gewijzigd(opgaveId));
            }
            return result;
        };
        return configurer -> configurer.eventProcessing(processing -> processing.registerHandlerInterceptor(
                OpgaveDetailProjection.PROCESSING_GROUP, configuration -> melden));
    }
}
