package nl.opgaveengine.app.proces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.opgaveengine.api.opgave.ProcessLinkedEvent;
import nl.opgaveengine.api.opgave.WerkwijzeChosenEvent;
import nl.opgaveengine.app.AppTestBase;
import nl.opgaveengine.command.proces.ProcessBridgeEventHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bridge's processor handles a werkwijze choice again when it was stopped before its token was stored (a kill, a
 * failure that rolled it back). The second delivery must not start a second process instance: the opgave keeps one
 * link and the engine one instance, which goes on driving the lifecycle. Runs on the embedded engine and, in the
 * gateway execution, through the Camunda client.
 */
class ProcessBridgeRedeliveryTest extends AppTestBase {

    @Autowired
    ProcessBridgeEventHandler handler;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aRedeliveredWerkwijzeChoiceStartsNoSecondInstance() {
        String opgaveId = lopendProject("Herlevering " + UUID.randomUUID());
        List<DomainEventMessage<?>> history = history(opgaveId);
        DomainEventMessage<?> choice = history.stream()
                .filter(m -> m.getPayload() instanceof WerkwijzeChosenEvent).findFirst().orElseThrow();
        long instance = links(history).get(0).processInstanceKey();
        assertThat(links(history)).singleElement()
                .satisfies(link -> assertThat(link.procesSleutel()).isEqualTo(opgaveId + "/" + choice.getIdentifier()));

        // delivered again, as the processor would after a crash: in its own transaction
        transactions.executeWithoutResult(status -> handler.on((WerkwijzeChosenEvent) choice.getPayload(), choice));
        transactions.executeWithoutResult(status -> handler.on((WerkwijzeChosenEvent) choice.getPayload(), choice));

        assertThat(links(history(opgaveId))).extracting(ProcessLinkedEvent::processInstanceKey).containsExactly(instance);
        assertThat(jdbc.queryForObject("select count(*) from engine_variable where name = 'opgaveId' and value_json = ?",
                Integer.class, "\"" + opgaveId + "\"")).as("process instances carrying this opgave").isEqualTo(1);

        // the one instance goes on: the first gate is decided and the next one opens
        attach(opgaveId, "startdocument");
        decide(OPDRACHTGEVER, opgaveId, "initiatief", "GO", "Het startdocument is helder").expect(201);
        api.awaitOpgave(opgaveId, gateOpen("definitie"));
        assertThat(jdbc.queryForObject("select count(*) from engine_incident where process_instance_key = ?",
                Integer.class, instance)).isZero();
    }

    private List<DomainEventMessage<?>> history(String opgaveId) {
        return eventStore.readEvents(opgaveId).asStream().<DomainEventMessage<?>>map(m -> m).toList();
    }

    private static List<ProcessLinkedEvent> links(List<DomainEventMessage<?>> history) {
        return history.stream().map(DomainEventMessage::getPayload)
                .filter(ProcessLinkedEvent.class::isInstance).map(ProcessLinkedEvent.class::cast).toList();
    }
}
