package nl.opgaveengine.engine.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The event serializer's module reads what the standard deserializer reads, the same. */
class UtcInstantsModuleTest {

    private static final ObjectMapper STANDARD = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final ObjectMapper FAST = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(UtcInstantsModule.module());

    @Test
    void theModuleGivesTheSameInstantsAsTheStandardDeserializer() throws Exception {
        record Holder(Instant at) {
        }
        for (String json : new String[] {"{\"at\":\"2026-11-29T05:40:40.428271Z\"}", "{\"at\":\"2026-11-29T06:40:40+01:00\"}",
                "{\"at\":1764394840.428271000}", "{\"at\":null}"}) {
            assertThat(FAST.readValue(json, Holder.class)).as(json).isEqualTo(STANDARD.readValue(json, Holder.class));
        }
    }
}
