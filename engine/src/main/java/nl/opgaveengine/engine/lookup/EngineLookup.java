package nl.opgaveengine.engine.lookup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opgaveengine.engine.ElementHistoryEntry;
import nl.opgaveengine.engine.ElementInstance;
import nl.opgaveengine.engine.VariableChange;
import nl.opgaveengine.engine.Incident;
import nl.opgaveengine.engine.ProcessDefinition;
import nl.opgaveengine.engine.ProcessInstanceState;
import nl.opgaveengine.engine.UserTask;
import nl.opgaveengine.engine.UserTaskFilter;
import nl.opgaveengine.engine.support.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Reads the engine's lookup tables. */
@Component
public class EngineLookup {

    private static final String DEFINITION_COLUMNS = "process_definition_key, bpmn_process_id, name, version,"
            + " resource_name, checksum, deployed_at, deployed_by";

    private final JdbcTemplate jdbc;
    private final LookupWrites writes;

    public EngineLookup(JdbcTemplate jdbc, LookupWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /** The database, after the lookup writes this transaction held back so far (a read must see them). */
    private JdbcTemplate jdbc() {
        writes.flush();
        return jdbc;
    }

    /** A job as the lookup table knows it. */
    public record JobRow(long jobKey, String type, String state, long processInstanceKey) {
    }

    /** An open subscription. */
    public record SubscriptionRow(long elementInstanceKey, long processInstanceKey, String messageName,
                                  String correlationKey) {
    }

    /** A buffered message. */
    public record BufferedMessage(long messageKey, String name, String correlationKey, Instant expiresAt,
                                  Map<String, Object> variables) {
    }

    public List<ProcessDefinition> definitions() {
        return jdbc().query("SELECT " + DEFINITION_COLUMNS + " FROM engine_process_definition"
                + " ORDER BY bpmn_process_id, version DESC", DEFINITION);
    }

    public Optional<ProcessDefinition> latestDefinition(String bpmnProcessId) {
        return jdbc().query("SELECT " + DEFINITION_COLUMNS + " FROM engine_process_definition"
                + " WHERE bpmn_process_id = ? ORDER BY version DESC LIMIT 1", DEFINITION, bpmnProcessId).stream()
                .findFirst();
    }

    public Optional<ProcessDefinition> definition(long processDefinitionKey) {
        return jdbc().query("SELECT " + DEFINITION_COLUMNS + " FROM engine_process_definition"
                + " WHERE process_definition_key = ?", DEFINITION, processDefinitionKey).stream().findFirst();
    }

    public Optional<String> definitionResource(long processDefinitionKey) {
        return jdbc().queryForList("SELECT resource FROM engine_process_definition WHERE process_definition_key = ?",
                String.class, processDefinitionKey).stream().findFirst();
    }

    /** Whether a message with this name, correlation key and id is still buffered at {@code now}. */
    public boolean messageIdBuffered(String messageName, String correlationKey, String messageId, Instant now) {
        Integer count = jdbc().queryForObject("SELECT COUNT(*) FROM engine_message_id WHERE message_name = ?"
                        + " AND correlation_key = ? AND message_id = ? AND expires_at > ?", Integer.class,
                messageName, correlationKey, messageId, EngineLookupProjection.time(now));
        return count != null && count > 0;
    }

    public Optional<JobRow> job(long jobKey) {
        return jdbc().query("SELECT job_key, job_type, state, process_instance_key FROM engine_job WHERE job_key = ?",
                (rs, i) -> new JobRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)), jobKey)
                .stream().findFirst();
    }

    /** Jobs a worker may take now: never activated, failed with retries left, or whose lock expired; oldest first. */
    public List<JobRow> activatableJobs(String jobType, Instant now, int max) {
        return jdbc().query("SELECT job_key, job_type, state, process_instance_key FROM engine_job WHERE job_type = ?"
                        + " AND (state = 'ACTIVATABLE' OR (state = 'ACTIVATED' AND deadline < ?))"
                        + " ORDER BY job_key LIMIT ?",
                (rs, i) -> new JobRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                jobType, EngineLookupProjection.time(now), max);
    }

    public List<SubscriptionRow> openSubscriptions(String messageName, String correlationKey) {
        return jdbc().query("SELECT element_instance_key, process_instance_key, message_name, correlation_key"
                        + " FROM engine_message_subscription WHERE message_name = ? AND correlation_key = ?"
                        + " ORDER BY element_instance_key",
                (rs, i) -> new SubscriptionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)),
                messageName, correlationKey);
    }

    public Optional<SubscriptionRow> openSubscription(long elementInstanceKey) {
        return jdbc().query("SELECT element_instance_key, process_instance_key, message_name, correlation_key"
                        + " FROM engine_message_subscription WHERE element_instance_key = ?",
                (rs, i) -> new SubscriptionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)),
                elementInstanceKey).stream().findFirst();
    }

    /** Unexpired buffered messages with this name and key not yet correlated to the instance, oldest first. */
    public List<BufferedMessage> bufferedMessages(String messageName, String correlationKey, long processInstanceKey,
                                                  Instant now) {
        return jdbc().query("SELECT m.message_key, m.message_name, m.correlation_key, m.expires_at, m.variables_json"
                        + " FROM engine_message m WHERE m.message_name = ? AND m.correlation_key = ?"
                        + " AND m.expires_at > ? AND NOT EXISTS (SELECT 1 FROM engine_message_correlation c"
                        + " WHERE c.message_key = m.message_key AND c.process_instance_key = ?)"
                        + " ORDER BY m.published_at, m.message_key",
                (rs, i) -> new BufferedMessage(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                        Json.readMap(rs.getString(5))),
                messageName, correlationKey, EngineLookupProjection.time(now), processInstanceKey);
    }

    public Optional<ProcessInstanceState> processInstance(long processInstanceKey) {
        List<ProcessInstanceState> found = jdbc().query("SELECT process_instance_key, process_definition_key,"
                        + " bpmn_process_id, version, state FROM engine_process_instance WHERE process_instance_key = ?",
                (rs, i) -> new ProcessInstanceState(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        ProcessInstanceState.State.valueOf(rs.getString(5)),
                        jdbc().queryForList("SELECT element_id FROM engine_element_instance"
                                + " WHERE process_instance_key = ? ORDER BY element_instance_key", String.class,
                                processInstanceKey),
                        variables(processInstanceKey, processInstanceKey)),
                processInstanceKey);
        return found.stream().findFirst();
    }

    public Map<String, Object> variables(long processInstanceKey, long scopeKey) {
        Map<String, Object> variables = new LinkedHashMap<>();
        jdbc().query("SELECT name, value_json FROM engine_variable WHERE process_instance_key = ? AND scope_key = ?"
                        + " ORDER BY name",
                rs -> {
                    variables.put(rs.getString(1), Json.read(rs.getString(2)));
                }, processInstanceKey, scopeKey);
        return variables;
    }

    /** Where a called child was called from: the call activity's element id in its instance, and that one's caller. */
    public record CallerRow(long processInstanceKey, long processDefinitionKey, String elementId,
                            Long parentProcessInstanceKey, Long parentElementInstanceKey) {
    }

    public Optional<CallerRow> caller(long processInstanceKey, long elementInstanceKey) {
        return jdbc().query("SELECT p.process_definition_key, e.element_id, p.parent_process_instance_key,"
                        + " p.parent_element_instance_key FROM engine_process_instance p JOIN engine_element_instance e"
                        + " ON e.process_instance_key = p.process_instance_key"
                        + " WHERE p.process_instance_key = ? AND e.element_instance_key = ?",
                (rs, i) -> new CallerRow(processInstanceKey, rs.getLong(1), rs.getString(2),
                        (Long) rs.getObject(3, Long.class), (Long) rs.getObject(4, Long.class)),
                processInstanceKey, elementInstanceKey).stream().findFirst();
    }

    /** The parent instance of a called child, empty for a root instance (or an unknown key). */
    public Optional<Long> parentInstance(long processInstanceKey) {
        return jdbc().query("SELECT parent_process_instance_key FROM engine_process_instance"
                        + " WHERE process_instance_key = ? AND parent_process_instance_key IS NOT NULL",
                (rs, i) -> rs.getLong(1), processInstanceKey).stream().findFirst();
    }

    /** The instance an active element instance belongs to (the instance itself for its own key). */
    public Optional<Long> instanceOfScope(long scopeKey) {
        List<Long> found = jdbc().query("SELECT process_instance_key FROM engine_element_instance"
                + " WHERE element_instance_key = ?", (rs, i) -> rs.getLong(1), scopeKey);
        if (found.isEmpty()) {
            found = jdbc().query("SELECT process_instance_key FROM engine_process_instance"
                    + " WHERE process_instance_key = ? AND state = 'ACTIVE'", (rs, i) -> rs.getLong(1), scopeKey);
        }
        return found.stream().findFirst();
    }

    public List<ElementInstance> activeElements(long processInstanceKey) {
        return jdbc().query("SELECT element_instance_key, element_id, element_type, flow_scope_key"
                        + " FROM engine_element_instance WHERE process_instance_key = ? ORDER BY element_instance_key",
                (rs, i) -> new ElementInstance(rs.getLong(1), processInstanceKey, rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? processInstanceKey : rs.getLong(4)), processInstanceKey);
    }

    public List<VariableChange> variableHistory(long processInstanceKey) {
        return jdbc().query("SELECT scope_key, name, value_json, occurred_at FROM engine_variable_history"
                        + " WHERE process_instance_key = ? ORDER BY id",
                (rs, i) -> new VariableChange(rs.getLong(1), rs.getString(2), Json.read(rs.getString(3)),
                        instant(rs, 4)), processInstanceKey);
    }

    public List<ElementHistoryEntry> history(long processInstanceKey) {
        return jdbc().query("SELECT element_instance_key, element_id, element_type, state, occurred_at"
                        + " FROM engine_element_history WHERE process_instance_key = ? ORDER BY id",
                (rs, i) -> new ElementHistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs, 5)), processInstanceKey);
    }

    public List<Incident> incidents(long processInstanceKey) {
        return jdbc().query("SELECT incident_key, process_instance_key, element_instance_key, element_id, error_type,"
                        + " error_message, job_key, created_at FROM engine_incident WHERE process_instance_key = ?"
                        + " ORDER BY incident_key", INCIDENT, processInstanceKey);
    }

    public Optional<Incident> incident(long incidentKey) {
        return jdbc().query("SELECT incident_key, process_instance_key, element_instance_key, element_id, error_type,"
                + " error_message, job_key, created_at FROM engine_incident WHERE incident_key = ?", INCIDENT,
                incidentKey).stream().findFirst();
    }

    private static final RowMapper<Incident> INCIDENT = (rs, i) -> new Incident(rs.getLong(1), rs.getLong(2),
            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getObject(7) == null ? null : rs.getLong(7), instant(rs, 8));

    private static final RowMapper<ProcessDefinition> DEFINITION = (rs, i) -> new ProcessDefinition(rs.getLong(1),
            rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6), instant(rs, 7),
            rs.getString(8));

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }


    /** A scheduled timer; {@code processInstanceKey} 0 for a timer start event. */
    public record TimerRow(long timerKey, long processInstanceKey, long processDefinitionKey, String bpmnProcessId,
                           String elementId, Instant dueAt) {
    }

    /** A message start event of a latest version. */
    public record MessageStartRow(long processDefinitionKey, String bpmnProcessId, String elementId) {
    }

    /** Timers due at {@code now}, earliest first. */
    public List<TimerRow> dueTimers(Instant now, int max) {
        return jdbc().query("SELECT timer_key, process_instance_key, process_definition_key, bpmn_process_id,"
                        + " element_id, due_at FROM engine_timer WHERE due_at <= ? ORDER BY due_at, timer_key LIMIT ?",
                TIMER, EngineLookupProjection.time(now), max);
    }

    public List<TimerRow> timers(long processInstanceKey) {
        return jdbc().query("SELECT timer_key, process_instance_key, process_definition_key, bpmn_process_id,"
                        + " element_id, due_at FROM engine_timer WHERE process_instance_key = ? ORDER BY due_at",
                TIMER, processInstanceKey);
    }

    public List<TimerRow> startTimers(String bpmnProcessId) {
        return jdbc().query("SELECT timer_key, process_instance_key, process_definition_key, bpmn_process_id,"
                        + " element_id, due_at FROM engine_timer WHERE process_instance_key = 0 AND bpmn_process_id = ?"
                        + " ORDER BY due_at", TIMER, bpmnProcessId);
    }

    public List<MessageStartRow> messageStarts(String messageName) {
        return jdbc().query("SELECT process_definition_key, bpmn_process_id, element_id FROM engine_message_start"
                        + " WHERE message_name = ? ORDER BY bpmn_process_id, element_id",
                (rs, i) -> new MessageStartRow(rs.getLong(1), rs.getString(2), rs.getString(3)), messageName);
    }

    public Optional<UserTask> userTask(long userTaskKey) {
        return jdbc().query(USER_TASK_SELECT + " WHERE user_task_key = ?", USER_TASK, userTaskKey).stream().findFirst();
    }

    /** Open user tasks matching every given criterion (null: any), oldest first. */
    public List<UserTask> userTasks(UserTaskFilter filter) {
        StringBuilder sql = new StringBuilder(USER_TASK_SELECT + " WHERE 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (filter.processInstanceKey() != null) {
            sql.append(" AND process_instance_key = ?");
            args.add(filter.processInstanceKey());
        }
        if (filter.assignee() != null) {
            sql.append(" AND assignee = ?");
            args.add(filter.assignee());
        }
        if (filter.elementId() != null) {
            sql.append(" AND element_id = ?");
            args.add(filter.elementId());
        }
        sql.append(" ORDER BY user_task_key");
        List<UserTask> tasks = jdbc().query(sql.toString(), USER_TASK, args.toArray());
        if (filter.candidateGroup() != null) {
            tasks = tasks.stream().filter(t -> t.candidateGroups().contains(filter.candidateGroup())).toList();
        }
        return tasks;
    }

    private static final String USER_TASK_SELECT = "SELECT user_task_key, process_instance_key, element_instance_key,"
            + " element_id, name, assignee, candidate_groups, candidate_users, form_key, custom_headers,"
            + " process_definition_key, bpmn_process_id, version, created_at FROM engine_user_task";

    @SuppressWarnings("unchecked")
    private static final RowMapper<UserTask> USER_TASK = (rs, i) -> new UserTask(rs.getLong(1), rs.getLong(2),
            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), strings(rs.getString(7)),
            strings(rs.getString(8)), rs.getString(9), headers(rs.getString(10)), rs.getLong(11), rs.getString(12),
            rs.getInt(13), instant(rs, 14));

    private static final RowMapper<TimerRow> TIMER = (rs, i) -> new TimerRow(rs.getLong(1), rs.getLong(2),
            rs.getLong(3), rs.getString(4), rs.getString(5), instant(rs, 6));

    private static List<String> strings(String json) {
        return Json.readStrings(json);
    }

    private static Map<String, String> headers(String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        Json.<Object>readMap(json).forEach((k, v) -> headers.put(k, v == null ? null : String.valueOf(v)));
        return headers;
    }
}
