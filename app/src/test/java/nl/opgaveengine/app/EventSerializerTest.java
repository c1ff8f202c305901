package nl.opgaveengine.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.Configuration;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The event serializer reads the event store's instants through the fast UTC path (engine's UtcInstantsModule). */
class EventSerializerTest extends AppTestBase {

    @Autowired
    private Configuration axon;

    @Test
    void theEventSerializerReadsInstantsThroughTheUtcModule() {
        assertThat(axon.eventSerializer()).isInstanceOf(JacksonSerializer.class);
        assertThat(((JacksonSerializer) axon.eventSerializer()).getObjectMapper().getRegisteredModuleIds())
                .contains("opgave-utc-instants");
    }
}
