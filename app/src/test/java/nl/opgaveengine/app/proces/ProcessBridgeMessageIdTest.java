package nl.opgaveengine.app.proces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.app.AppTestBase;
import nl.opgaveengine.bpmn.LifecycleProtocol;
import nl.opgaveengine.command.proces.ProcessBridge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A domain event delivered twice (the bridge's processor retries after a failure) publishes its message once: the
 * event's id is the message id. Runs on the embedded engine and, in the gateway execution, through the Camunda client.
 */
class ProcessBridgeMessageIdTest extends AppTestBase {

    @Autowired
    ProcessBridge bridge;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRedeliveredDecisionIsBufferedOnce() {
        String sleutel = "opgave-" + UUID.randomUUID() + "/gate";
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> besluit = Map.of(LifecycleProtocol.VAR_UITKOMST, "GO");

        bridge.publish(LifecycleProtocol.MESSAGE_GATE_BESLUIT, sleutel, besluit, eventId);
        assertThatCode(() -> bridge.publish(LifecycleProtocol.MESSAGE_GATE_BESLUIT, sleutel, besluit, eventId))
                .doesNotThrowAnyException();
        assertThat(buffered(sleutel)).isEqualTo(1);

        bridge.publish(LifecycleProtocol.MESSAGE_GATE_BESLUIT, sleutel, besluit, UUID.randomUUID().toString());
        assertThat(buffered(sleutel)).as("another event is another message").isEqualTo(2);
    }

    private int buffered(String correlationKey) {
        return jdbc.queryForObject("select count(*) from engine_message where correlation_key = ?", Integer.class,
                correlationKey);
    }
}
