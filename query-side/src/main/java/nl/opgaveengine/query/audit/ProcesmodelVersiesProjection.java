package nl.opgaveengine.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import nl.opgaveengine.query.support.JsonText;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import nl.opgaveengine.query.support.ProjectieJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static nl.opgaveengine.query.support.Timestamps.toDb;

/**
 * Keeps every deployed BPMN model version (with its full XML) for the auditor export. The query side does not see the
 * engine's classes, so it reads the engine's deployment event by its type name and JSON fields, as any consumer of
 * the event store would; every other event passes by.
 */
@Component
@ProcessingGroup(ProcesmodelVersiesProjection.PROCESSING_GROUP)
public class ProcesmodelVersiesProjection {

    public static final String PROCESSING_GROUP = "procesmodellen";
    /** The engine's event for a deployed process version (its published name in the event store). */
    static final String DEPLOYED_EVENT = "nl.opgaveengine.engine.event.ProcessDefinitionDeployedEvent";

    private final JdbcTemplate jdbc;

    public ProcesmodelVersiesProjection(JdbcTemplate jdbc) {
        this.jdbc = new ProjectieJdbc(jdbc);
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> message) {
        if (!DEPLOYED_EVENT.equals(message.getPayloadType().getName())) {
            return;
        }
        JsonNode event = JsonText.toTree(payload);
        if (!event.hasNonNull("processDefinitionKey") || !event.hasNonNull("resource")) {
            return;
        }
        Instant deployedAt = event.hasNonNull("deployedAt") ? Instant.parse(event.get("deployedAt").asText())
                : message.getTimestamp();
        jdbc.update("""
                insert into qs_procesmodel_versie (process_definition_key, bpmn_process_id, versie, naam, resource_name,
                                                   checksum, resource, gedeployed_op, gedeployed_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.get("processDefinitionKey").asLong(), event.path("bpmnProcessId").asText(),
                event.path("version").asInt(), text(event, "name"), text(event, "resourceName"),
                text(event, "checksum"), event.get("resource").asText(), toDb(deployedAt), text(event, "deployedBy"));
    }

    /** Clears the view before a replay. */
    @ResetHandler
    public void reset() {
        jdbc.update("delete from qs_procesmodel_versie");
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
