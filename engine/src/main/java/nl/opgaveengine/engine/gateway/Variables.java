package nl.opgaveengine.engine.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Variables and headers as the gateway carries them: JSON documents whose root is an object. */
final class Variables {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private Variables() {
    }

    static Map<String, Object> parse(String document, String property) {
        if (document == null || document.isBlank()) {
            return Map.of();
        }
        JsonNode node;
        try {
            node = JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw Rejections.invalidArgument("Property '" + property + "' is invalid: Expected document to be valid"
                    + " JSON, but it was not: '" + e.getOriginalMessage() + "'");
        }
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw Rejections.invalidArgument("Property '" + property + "' is invalid: Expected document to be a root"
                    + " level object, but was '" + node.getNodeType() + "'");
        }
        return JSON.convertValue(node, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    static String write(Map<String, ?> values, Collection<String> only) {
        Map<String, Object> selected = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (only == null || only.isEmpty() || only.contains(k)) {
                selected.put(k, v);
            }
        });
        try {
            return JSON.writeValueAsString(selected);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Variables cannot be written as JSON", e);
        }
    }
}
