package nl.opgaveengine.engine.lookup;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.opgaveengine.engine.event.ElementActivatedEvent;
import nl.opgaveengine.engine.event.ElementCompletedEvent;
import nl.opgaveengine.engine.event.ElementTerminatedEvent;
import nl.opgaveengine.engine.event.ErrorThrownEvent;
import nl.opgaveengine.engine.event.MessageStartSubscriptionClosedEvent;
import nl.opgaveengine.engine.event.MessageStartSubscriptionOpenedEvent;
import nl.opgaveengine.engine.event.TimerCancelledEvent;
import nl.opgaveengine.engine.event.TimerCreatedEvent;
import nl.opgaveengine.engine.event.TimerTriggeredEvent;
import nl.opgaveengine.engine.event.UserTaskCompletedEvent;
import nl.opgaveengine.engine.event.UserTaskCreatedEvent;
import nl.opgaveengine.engine.event.IncidentCreatedEvent;
import nl.opgaveengine.engine.event.IncidentResolvedEvent;
import nl.opgaveengine.engine.event.JobActivatedEvent;
import nl.opgaveengine.engine.event.JobCompletedEvent;
import nl.opgaveengine.engine.event.JobCreatedEvent;
import nl.opgaveengine.engine.event.JobFailedEvent;
import nl.opgaveengine.engine.event.JobRetriesUpdatedEvent;
import nl.opgaveengine.engine.event.MessagePublishedEvent;
import nl.opgaveengine.engine.event.MessageSubscriptionClosedEvent;
import nl.opgaveengine.engine.event.MessageSubscriptionCorrelatedEvent;
import nl.opgaveengine.engine.event.MessageSubscriptionOpenedEvent;
import nl.opgaveengine.engine.event.ProcessDefinitionDeployedEvent;
import nl.opgaveengine.engine.event.ProcessInstanceCancelledEvent;
import nl.opgaveengine.engine.event.ProcessInstanceCompletedEvent;
import nl.opgaveengine.engine.event.ProcessInstanceCreatedEvent;
import nl.opgaveengine.engine.event.VariablesSetEvent;
import nl.opgaveengine.engine.event.JobTimeoutUpdatedEvent;
import nl.opgaveengine.engine.event.ProcessInstanceMigratedEvent;
import nl.opgaveengine.engine.model.ElementType;
import nl.opgaveengine.engine.support.EngineSignals;
import nl.opgaveengine.engine.support.Json;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's lookup tables in step with its events. It runs in the subscribing processor
 * {@value #PROCESSING_GROUP}, so the rows change in the same transaction as the events are stored.
 */
@Component
@ProcessingGroup(EngineLookupProjection.PROCESSING_GROUP)
public class EngineLookupProjection {

    public static final String PROCESSING_GROUP = "engine-lookup";
    static final String PROCESS = "PROCESS";
    /** A job's row; a job activated in the step that created it (job push) is inserted activated. */
    private static final String INSERT_JOB = "INSERT INTO engine_job (job_key, job_type, state, retries,"
            + " custom_headers, element_id, element_instance_key, process_instance_key, process_definition_key,"
            + " bpmn_process_id, version, created_at%s) VALUES (?, ?, %s, ?, ?, ?, ?, ?, ?, ?, ?, ?%s)";
    private static final String INSERT_ACTIVATABLE_JOB = INSERT_JOB.formatted("", "'ACTIVATABLE'", "");
    private static final String INSERT_ACTIVATED_JOB = INSERT_JOB.formatted(", worker, deadline", "'ACTIVATED'",
            ", ?, ?");

    private final JdbcTemplate jdbc;
    private final LookupWrites writes;
    private final EngineSignals signals;

    public EngineLookupProjection(JdbcTemplate jdbc, LookupWrites writes, EngineSignals signals) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.signals = signals;
    }

    @EventHandler
    void on(ProcessDefinitionDeployedEvent e) {
        writes.write(null,
                "INSERT INTO engine_process_definition (process_definition_key, bpmn_process_id, name, version,"
                        + " resource_name, checksum, resource, deployment_key, deployed_at, deployed_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.processDefinitionKey(), e.bpmnProcessId(), e.name(), e.version(), e.resourceName(), e.checksum(),
                e.resource(), e.deploymentKey(), time(e.deployedAt()), e.deployedBy());
    }

    @EventHandler
    void on(ProcessInstanceCreatedEvent e, @Timestamp Instant at) {
        writes.instanceCreated(e.processInstanceKey());
        writes.write(null, "INSERT INTO engine_process_instance (process_instance_key, process_definition_key,"
                        + " bpmn_process_id, version, state, started_at, parent_process_instance_key,"
                        + " parent_element_instance_key) VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, ?)",
                e.processInstanceKey(), e.processDefinitionKey(), e.bpmnProcessId(), e.version(), time(at),
                e.parentProcessInstanceKey(), e.parentElementInstanceKey());
        history(e.processInstanceKey(), e.processInstanceKey(), e.bpmnProcessId(), PROCESS, "ACTIVATED", at);
    }

    @EventHandler
    void on(ElementActivatedEvent e, @Timestamp Instant at) {
        writes.elementActivated(e.elementInstanceKey(),
                "INSERT INTO engine_element_instance (element_instance_key, process_instance_key, element_id,"
                        + " element_type, flow_scope_key) VALUES (?, ?, ?, ?, ?)",
                e.elementInstanceKey(), e.processInstanceKey(), e.elementId(), e.elementType(),
                e.flowScopeKey() == null ? e.processInstanceKey() : e.flowScopeKey());
        history(e.processInstanceKey(), e.elementInstanceKey(), e.elementId(), e.elementType(), "ACTIVATED", at);
    }

    @EventHandler
    void on(ElementCompletedEvent e, @Timestamp Instant at) {
        endElement(e.processInstanceKey(), e.elementInstanceKey(), e.elementType());
        history(e.processInstanceKey(), e.elementInstanceKey(), e.elementId(), e.elementType(), "COMPLETED", at);
    }

    @EventHandler
    void on(ElementTerminatedEvent e, @Timestamp Instant at) {
        endElement(e.processInstanceKey(), e.elementInstanceKey(), e.elementType());
        history(e.processInstanceKey(), e.elementInstanceKey(), e.elementId(), e.elementType(), "TERMINATED", at);
    }

    /**
     * Removes what an ended element instance leaves in the lookup tables. Only the tables that can hold a row of
     * that element type are touched (a gateway never has a job or a user task), as the aggregate removes them. An
     * element instance activated in the same transaction has no rows in the database yet: its held-back rows are
     * dropped instead.
     */
    private void endElement(long processInstanceKey, long elementInstanceKey, String elementType) {
        ElementType type = elementType(elementType);
        EnumSet<LookupWrites.Owned> tables = EnumSet.of(LookupWrites.Owned.ELEMENT, LookupWrites.Owned.VARIABLE,
                LookupWrites.Owned.INCIDENT);
        if (type == null || type.isJobWorker()) {
            tables.add(LookupWrites.Owned.JOB);
        }
        if (type == null || type.waitsForMessage() || type == ElementType.BOUNDARY_EVENT
                || type == ElementType.EVENT_BASED_GATEWAY) {
            tables.add(LookupWrites.Owned.SUBSCRIPTION);
        }
        if (type == null || type == ElementType.USER_TASK) {
            tables.add(LookupWrites.Owned.USER_TASK);
        }
        if (writes.endedWhereBorn(elementInstanceKey, tables)) {
            return;
        }
        Long instance = processInstanceKey;
        writes.write(instance,
                "DELETE FROM engine_element_instance WHERE element_instance_key = ?", elementInstanceKey);
        writes.write(instance, "DELETE FROM engine_variable WHERE scope_key = ?", elementInstanceKey);
        if (tables.contains(LookupWrites.Owned.JOB)) {
            writes.write(instance, "DELETE FROM engine_job WHERE element_instance_key = ?", elementInstanceKey);
        }
        if (tables.contains(LookupWrites.Owned.SUBSCRIPTION)) {
            writes.write(instance, "DELETE FROM engine_message_subscription WHERE element_instance_key = ?",
                    elementInstanceKey);
        }
        writes.write(instance, "DELETE FROM engine_incident WHERE element_instance_key = ?", elementInstanceKey);
        if (tables.contains(LookupWrites.Owned.USER_TASK)) {
            writes.write(instance, "DELETE FROM engine_user_task WHERE element_instance_key = ?", elementInstanceKey);
        }
    }

    private static ElementType elementType(String name) {
        try {
            return name == null ? null : ElementType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @EventHandler
    void on(TimerCreatedEvent e, @Timestamp Instant at) {
        writes.write(null,
                "INSERT INTO engine_timer (timer_key, process_instance_key, element_instance_key, element_id,"
                        + " process_definition_key, bpmn_process_id, due_at, repetitions, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.timerKey(), e.processInstanceKey(), e.elementInstanceKey(), e.elementId(), e.processDefinitionKey(),
                e.bpmnProcessId(), time(e.dueAt()), e.repetitions(), time(at));
        signals.timerCreated(e.dueAt());
    }

    @EventHandler
    void on(TimerTriggeredEvent e) {
        writes.write(null, "DELETE FROM engine_timer WHERE timer_key = ?", e.timerKey());
    }

    @EventHandler
    void on(TimerCancelledEvent e) {
        writes.write(null, "DELETE FROM engine_timer WHERE timer_key = ?", e.timerKey());
    }

    @EventHandler
    void on(UserTaskCreatedEvent e, @Timestamp Instant at) {
        writes.owned(e.elementInstanceKey(), LookupWrites.Owned.USER_TASK, null,
                "INSERT INTO engine_user_task (user_task_key, process_instance_key, element_instance_key,"
                        + " element_id, name, assignee, candidate_groups, candidate_users, form_key, custom_headers,"
                        + " process_definition_key, bpmn_process_id, version, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.userTaskKey(), e.processInstanceKey(), e.elementInstanceKey(), e.elementId(), e.name(),
                e.assignee(), Json.write(e.candidateGroups()), Json.write(e.candidateUsers()), e.formKey(),
                Json.write(e.customHeaders()), e.processDefinitionKey(), e.bpmnProcessId(),
                e.processDefinitionVersion(), time(at));
    }

    @EventHandler
    void on(UserTaskCompletedEvent e) {
        writes.write(e.processInstanceKey(), "DELETE FROM engine_user_task WHERE user_task_key = ?", e.userTaskKey());
    }

    @EventHandler
    void on(ErrorThrownEvent e) {
        if (e.jobKey() != null && e.catchElementId() == null) {
            writes.write(null, "UPDATE engine_job SET state = 'ERROR_THROWN', error_message = ?, deadline = NULL"
                    + " WHERE job_key = ?", e.errorMessage(), e.jobKey());
        }
    }

    @EventHandler
    void on(MessageStartSubscriptionOpenedEvent e) {
        writes.write(null, "INSERT INTO engine_message_start (process_definition_key, element_id, bpmn_process_id,"
                + " message_name) VALUES (?, ?, ?, ?)", e.processDefinitionKey(), e.elementId(), e.bpmnProcessId(),
                e.messageName());
    }

    @EventHandler
    void on(MessageStartSubscriptionClosedEvent e) {
        writes.write(null, "DELETE FROM engine_message_start WHERE process_definition_key = ? AND element_id = ?",
                e.processDefinitionKey(), e.elementId());
    }

    @EventHandler
    void on(VariablesSetEvent e, @Timestamp Instant at) {
        if (e.variables().isEmpty()) {
            return;
        }
        OffsetDateTime occurredAt = time(at);
        Map<String, String> values = new LinkedHashMap<>();
        e.variables().forEach((name, value) -> values.put(name, Json.write(value)));
        values.keySet().forEach(name -> writes.variableReplaced(e.scopeKey(), name,
                "DELETE FROM engine_variable WHERE scope_key = ? AND name = ?", e.scopeKey(), name));
        values.forEach((name, json) -> writes.variableInserted(e.scopeKey(), name,
                "INSERT INTO engine_variable (scope_key, name, process_instance_key, value_json) VALUES (?, ?, ?, ?)",
                e.scopeKey(), name, e.processInstanceKey(), json));
        values.forEach((name, json) -> writes.history("INSERT INTO engine_variable_history (process_instance_key,"
                + " scope_key, name, value_json, occurred_at) VALUES (?, ?, ?, ?, ?)", e.processInstanceKey(),
                e.scopeKey(), name, json, occurredAt));
    }

    @EventHandler
    void on(JobTimeoutUpdatedEvent e) {
        writes.write(null, "UPDATE engine_job SET deadline = ? WHERE job_key = ?", time(e.deadline()), e.jobKey());
    }

    @EventHandler
    void on(ProcessInstanceMigratedEvent e, @Timestamp Instant at) {
        writes.write(null,
                "UPDATE engine_process_instance SET process_definition_key = ?, bpmn_process_id = ?, version = ?"
                        + " WHERE process_instance_key = ?", e.targetProcessDefinitionKey(), e.targetBpmnProcessId(),
                e.targetVersion(), e.processInstanceKey());
        e.elementInstances().forEach((k, elementId) -> {
            long elementInstanceKey = Long.parseLong(k);
            writes.write(null, "UPDATE engine_element_instance SET element_id = ? WHERE element_instance_key = ?",
                    elementId, elementInstanceKey);
            writes.write(null, "UPDATE engine_job SET element_id = ?, process_definition_key = ?, bpmn_process_id = ?,"
                            + " version = ? WHERE element_instance_key = ?", elementId, e.targetProcessDefinitionKey(),
                    e.targetBpmnProcessId(), e.targetVersion(), elementInstanceKey);
            writes.write(null,
                    "UPDATE engine_user_task SET element_id = ?, process_definition_key = ?, bpmn_process_id = ?,"
                            + " version = ? WHERE element_instance_key = ?", elementId, e.targetProcessDefinitionKey(),
                    e.targetBpmnProcessId(), e.targetVersion(), elementInstanceKey);
        });
        e.timers().forEach((k, elementId) -> writes.write(null, "UPDATE engine_timer SET element_id = ?,"
                + " process_definition_key = ?, bpmn_process_id = ? WHERE timer_key = ?", elementId,
                e.targetProcessDefinitionKey(), e.targetBpmnProcessId(), Long.parseLong(k)));
        e.subscriptions().forEach((k, elementId) -> writes.write(null, "UPDATE engine_message_subscription"
                + " SET element_id = ? WHERE element_instance_key = ?", elementId, Long.parseLong(k)));
        writes.write(null, "INSERT INTO engine_migration (process_instance_key, source_process_definition_key,"
                        + " target_process_definition_key, actor, reason, migrated_at) VALUES (?, ?, ?, ?, ?, ?)",
                e.processInstanceKey(), e.sourceProcessDefinitionKey(), e.targetProcessDefinitionKey(), e.actor(),
                e.reason(), time(e.migratedAt()));
        history(e.processInstanceKey(), e.processInstanceKey(), e.targetBpmnProcessId(), PROCESS, "MIGRATED", at);
    }

    @EventHandler
    void on(JobCreatedEvent e, @Timestamp Instant at) {
        writes.ownedInsert(e.jobKey(), e.elementInstanceKey(), LookupWrites.Owned.JOB, INSERT_ACTIVATABLE_JOB,
                e.jobKey(), e.type(), e.retries(), Json.write(e.customHeaders()), e.elementId(),
                e.elementInstanceKey(), e.processInstanceKey(), e.processDefinitionKey(), e.bpmnProcessId(),
                e.processDefinitionVersion(), time(at));
        writes.signalUnlessCalledOff(e.jobKey(), () -> signals.jobCreated(e.type()));
    }

    @EventHandler
    void on(JobActivatedEvent e) {
        writes.callOff(e.jobKey());
        if (writes.amendInsert(e.jobKey(), INSERT_ACTIVATED_JOB,
                e.worker(), time(e.deadline()))) {
            return;
        }
        writes.write(null, "UPDATE engine_job SET state = 'ACTIVATED', worker = ?, deadline = ? WHERE job_key = ?",
                e.worker(), time(e.deadline()), e.jobKey());
    }

    @EventHandler
    void on(JobCompletedEvent e) {
        writes.write(e.processInstanceKey(), "DELETE FROM engine_job WHERE job_key = ?", e.jobKey());
    }

    @EventHandler
    void on(JobFailedEvent e) {
        writes.write(null,
                "UPDATE engine_job SET state = ?, retries = ?, error_message = ?, worker = NULL, deadline = NULL"
                        + " WHERE job_key = ?",
                e.retries() > 0 ? "ACTIVATABLE" : "FAILED", e.retries(), e.errorMessage(), e.jobKey());
        if (e.retries() > 0) {
            signals.jobCreated(e.type());
        }
    }

    @EventHandler
    void on(JobRetriesUpdatedEvent e) {
        writes.write(null, "UPDATE engine_job SET retries = ? WHERE job_key = ?", e.retries(), e.jobKey());
    }

    @EventHandler
    void on(IncidentCreatedEvent e, @Timestamp Instant at) {
        writes.owned(e.elementInstanceKey(), LookupWrites.Owned.INCIDENT, null,
                "INSERT INTO engine_incident (incident_key, process_instance_key, element_instance_key,"
                        + " element_id, error_type, error_message, job_key, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                e.incidentKey(), e.processInstanceKey(), e.elementInstanceKey(), e.elementId(), e.errorType(),
                e.errorMessage(), e.jobKey(), time(at));
    }

    @EventHandler
    void on(IncidentResolvedEvent e) {
        writes.write(null, "UPDATE engine_job SET state = 'ACTIVATABLE' WHERE retries > 0 AND job_key ="
                + " (SELECT job_key FROM engine_incident WHERE incident_key = ?)", e.incidentKey());
        writes.write(null, "DELETE FROM engine_incident WHERE incident_key = ?", e.incidentKey());
    }

    @EventHandler
    void on(MessageSubscriptionOpenedEvent e, @Timestamp Instant at) {
        writes.owned(e.elementInstanceKey(), LookupWrites.Owned.SUBSCRIPTION, null,
                "INSERT INTO engine_message_subscription (element_instance_key, process_instance_key, element_id,"
                        + " message_name, correlation_key, opened_at) VALUES (?, ?, ?, ?, ?, ?)",
                e.elementInstanceKey(), e.processInstanceKey(), e.elementId(), e.messageName(), e.correlationKey(),
                time(at));
    }

    @EventHandler
    void on(MessageSubscriptionCorrelatedEvent e, @Timestamp Instant at) {
        writes.write(null,
                "INSERT INTO engine_message_correlation (message_key, process_instance_key, element_instance_key,"
                + " correlated_at) VALUES (?, ?, ?, ?)", e.messageKey(), e.processInstanceKey(),
                e.elementInstanceKey(), time(at));
    }

    @EventHandler
    void on(MessageSubscriptionClosedEvent e) {
        writes.owned(e.elementInstanceKey(), LookupWrites.Owned.SUBSCRIPTION, e.processInstanceKey(),
                "DELETE FROM engine_message_subscription WHERE element_instance_key = ?", e.elementInstanceKey());
    }

    @EventHandler
    void on(ProcessInstanceCompletedEvent e, @Timestamp Instant at) {
        endInstance(e.processInstanceKey(), "COMPLETED", at);
        history(e.processInstanceKey(), e.processInstanceKey(), e.bpmnProcessId(), PROCESS, "COMPLETED", at);
    }

    @EventHandler
    void on(ProcessInstanceCancelledEvent e, @Timestamp Instant at) {
        endInstance(e.processInstanceKey(), "TERMINATED", at);
        history(e.processInstanceKey(), e.processInstanceKey(), e.bpmnProcessId(), PROCESS, "TERMINATED", at);
    }

    private void endInstance(long processInstanceKey, String state, Instant at) {
        writes.instanceEnded(processInstanceKey);
        writes.write(null, "UPDATE engine_process_instance SET state = ?, ended_at = ? WHERE process_instance_key = ?",
                state, time(at), processInstanceKey);
        for (String table : new String[] {"engine_element_instance", "engine_job", "engine_message_subscription",
                "engine_incident", "engine_timer", "engine_user_task"}) {
            writes.write(null, "DELETE FROM " + table + " WHERE process_instance_key = ?", processInstanceKey);
        }
        writes.write(null, "DELETE FROM engine_variable WHERE process_instance_key = ? AND scope_key <> ?",
                processInstanceKey, processInstanceKey);
    }

    /**
     * A buffered message with an id also claims (name, correlation key, id) in {@code engine_message_id}: a
     * concurrent publish of the same id fails on its primary key (a conflict, retried, then refused). A claim whose
     * message left the buffer is taken over.
     */
    @EventHandler
    void on(MessagePublishedEvent e) {
        writes.flush();
        if (e.messageId() != null && e.expiresAt().isAfter(e.publishedAt())) {
            jdbc.update("DELETE FROM engine_message_id WHERE message_name = ? AND correlation_key = ?"
                    + " AND message_id = ? AND expires_at <= ?", e.name(), e.correlationKey(), e.messageId(),
                    time(e.publishedAt()));
            jdbc.update("INSERT INTO engine_message_id (message_name, correlation_key, message_id, message_key,"
                    + " expires_at) VALUES (?, ?, ?, ?, ?)", e.name(), e.correlationKey(), e.messageId(),
                    e.messageKey(), time(e.expiresAt()));
        }
        if (e.expiresAt().isAfter(e.publishedAt())) {
            jdbc.update("INSERT INTO engine_message (message_key, message_name, correlation_key, published_at,"
                            + " expires_at, variables_json) VALUES (?, ?, ?, ?, ?, ?)",
                    e.messageKey(), e.name(), e.correlationKey(), time(e.publishedAt()), time(e.expiresAt()),
                    Json.write(e.variables()));
        }
    }

    private void history(long processInstanceKey, long elementInstanceKey, String elementId, String elementType,
                         String state, Instant at) {
        writes.history("INSERT INTO engine_element_history (process_instance_key, element_instance_key, element_id,"
                        + " element_type, state, occurred_at) VALUES (?, ?, ?, ?, ?, ?)",
                processInstanceKey, elementInstanceKey, elementId, elementType, state, time(at));
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
