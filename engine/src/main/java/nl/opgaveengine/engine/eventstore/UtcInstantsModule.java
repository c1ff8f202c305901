package nl.opgaveengine.engine.eventstore;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * The event serializer's reading of {@link Instant}s: the event store's own UTC form through
 * {@link nl.opgaveengine.api.tijd.UtcInstants#parse} (no {@link java.time.format.DateTimeFormatter}), anything else
 * (an offset, a leap second, a number) through Jackson's standard deserializer.
 */
public final class UtcInstantsModule {

    private UtcInstantsModule() {
    }

    /**
     * A Jackson module that reads {@link Instant}s with {@link nl.opgaveengine.api.tijd.UtcInstants#parse}, falling
     * back to the standard deserializer for every other form.
     */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("opgave-utc-instants");
        module.addDeserializer(Instant.class, new Deserializer());
        return module;
    }

    private static final class Deserializer extends JsonDeserializer<Instant> {

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                Instant fast = nl.opgaveengine.api.tijd.UtcInstants.parse(parser.getText());
                if (fast != null) {
                    return fast;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
    }
}
