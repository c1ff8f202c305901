package nl.opgaveengine.engine.model;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.opgaveengine.engine.EngineException;
import nl.opgaveengine.engine.ProcessDefinition;
import nl.opgaveengine.engine.lookup.EngineLookup;
import org.springframework.stereotype.Component;

/** Parsed models per process definition key, parsed once from the deployed resource and then cached. */
@Component
public class ModelRepository {

    private final Map<Long, ProcessModel> cache = new ConcurrentHashMap<>();
    private final ModelParser parser;
    private final EngineLookup lookup;

    public ModelRepository(ModelParser parser, EngineLookup lookup) {
        this.parser = parser;
        this.lookup = lookup;
    }

    public void remember(long processDefinitionKey, ProcessModel model) {
        cache.putIfAbsent(processDefinitionKey, model);
    }

    public ProcessModel get(long processDefinitionKey) {
        ProcessModel model = cache.get(processDefinitionKey);
        if (model == null) {
            model = load(processDefinitionKey);
            cache.putIfAbsent(processDefinitionKey, model);
        }
        return model;
    }

    private ProcessModel load(long processDefinitionKey) {
        ProcessDefinition definition = lookup.definition(processDefinitionKey).orElseThrow(() ->
                new EngineException(EngineException.Rejection.NOT_FOUND,
                        "Procesdefinitie " + processDefinitionKey + " bestaat niet"));
        String resource = lookup.definitionResource(processDefinitionKey).orElseThrow();
        return parser.parse(definition.resourceName(), resource.getBytes(StandardCharsets.UTF_8)).stream()
                .filter(p -> p.bpmnProcessId().equals(definition.bpmnProcessId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Proces " + definition.bpmnProcessId()
                        + " ontbreekt in de eigen resource"));
    }
}
