package nl.opgaveengine.engine.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;

/** JSON for the lookup tables' value columns. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    /** Reads plain JSON values into Java maps and lists (the Scala module on the class path would make Scala lists). */
    private static final ObjectMapper READER = new ObjectMapper();

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Waarde is niet als JSON te schrijven: " + e.getMessage(), e);
        }
    }

    public static Object read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return READER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ongeldige JSON in de engine-tabellen: " + e.getMessage(), e);
        }
    }

    public static <T> Map<String, T> readMap(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return READER.readValue(json, new TypeReference<Map<String, T>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ongeldige JSON in de engine-tabellen: " + e.getMessage(), e);
        }
    }

    /** A JSON array of texts; empty for null. */
    public static java.util.List<String> readStrings(String json) {
        if (json == null) {
            return java.util.List.of();
        }
        try {
            return MAPPER.readValue(json, new TypeReference<java.util.List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ongeldige JSON in de engine-tabellen: " + e.getMessage(), e);
        }
    }
}
