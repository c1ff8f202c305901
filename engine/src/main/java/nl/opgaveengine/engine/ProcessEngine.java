package nl.opgaveengine.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded engine's API, shaped after the Camunda 8 gateway: deploy, start, jobs, messages.
 * Every state change is an event in the shared event store; a call made inside a running
 * transaction joins it.
 */
public interface ProcessEngine {

    /**
     * Deploys a BPMN resource. A new version per process id when the content changed, the existing
     * definition when it did not.
     *
     * @throws InvalidModelException naming every failing element and the reason; nothing is deployed then
     */
    Deployment deploy(String resourceName, byte[] content, String deployedBy);

    /** Every deployed version of every process, newest version first per process id. */
    List<ProcessDefinition> processDefinitions();

    Optional<ProcessDefinition> latestDefinition(String bpmnProcessId);

    Optional<ProcessDefinition> definition(long processDefinitionKey);

    /** The BPMN XML of a deployed version, exactly as deployed. */
    Optional<byte[]> definitionXml(long processDefinitionKey);

    /** Starts the latest version of the process at its none start event. */
    ProcessInstanceCreated createProcessInstance(String bpmnProcessId, Map<String, Object> variables);

    ProcessInstanceCreated createProcessInstance(long processDefinitionKey, Map<String, Object> variables);

    /**
     * Publishes a message: correlated at once to every waiting subscription with the same name and
     * correlation key (one per process instance), otherwise buffered until its time to live ends.
     *
     * @return the message key
     */
    long publishMessage(String name, String correlationKey, Duration timeToLive, Map<String, Object> variables);

    /**
     * Publishes a message with an id (Camunda's {@code messageId}): as {@link #publishMessage(String, String,
     * Duration, Map)}, but refused with ALREADY_EXISTS while a message with the same name, correlation key and id is
     * still buffered (its time to live has not ended). A blank or null id never clashes; once the earlier message
     * left the buffer (or had no time to live), the same id may be published again.
     *
     * @return the message key
     */
    long publishMessage(String name, String correlationKey, Duration timeToLive, Map<String, Object> variables,
                        String messageId);

    /** Activates up to {@code max} activatable jobs of a type, oldest first, locked until now + timeout. */
    List<ActivatedJob> activateJobs(String jobType, String worker, Duration timeout, int max);

    void completeJob(long jobKey, Map<String, Object> variables);

    /** Fails a job: with retries left it becomes activatable again, without it raises an incident. */
    void failJob(long jobKey, int retriesLeft, String errorMessage);

    /** Gives a job new retries (e.g. before resolving its incident). */
    void updateJobRetries(long jobKey, int retries);

    /** Resolves an incident: a job incident makes the job activatable again, any other retries the stuck step. */
    void resolveIncident(long incidentKey);

    void cancelProcessInstance(long processInstanceKey);

    Optional<ProcessInstanceState> processInstance(long processInstanceKey);

    /** The open incidents of an instance, oldest first. */
    List<Incident> incidents(long processInstanceKey);

    /** What ran in an instance, in order: element, type, state change, time. */
    List<ElementHistoryEntry> history(long processInstanceKey);

    /**
     * Reports a business error for a job: the nearest error boundary event with this error code (or without a
     * code) on the task or an enclosing sub-process catches it; if none does, the job gets an incident
     * ({@code UNHANDLED_ERROR_EVENT}), as in Camunda 8.
     */
    void throwError(long jobKey, String errorCode, String errorMessage, Map<String, Object> variables);

    /** Completes a user task; its variables go into the process as a job's would. */
    void completeUserTask(long userTaskKey, Map<String, Object> variables);

    /** The open user tasks matching the filter, oldest first. */
    List<UserTask> userTasks(UserTaskFilter filter);

    /**
     * Activates inner elements of an active ad-hoc sub-process instance, by element id (Camunda 8's "activate
     * activities within an ad-hoc sub-process"). Each call may activate any element without incoming sequence flows,
     * also again; after each inner element completes the ad-hoc sub-process evaluates its completion condition.
     *
     * @throws EngineException NOT_FOUND for an unknown key, INVALID_ARGUMENT for an element that is not an activatable
     *                         inner element
     */
    void activateAdHocElements(long adHocSubProcessInstanceKey, List<String> elementIds);

    /**
     * As {@link #activateAdHocElements(long, List)}, with variables per activation: they are created local to the
     * activated element instance (Camunda 8's ad-hoc activation {@code elements[{elementId, variables}]}).
     */
    void activateAdHocActivities(long adHocSubProcessInstanceKey, List<AdHocActivity> activities);

    /** The element instances active now in an instance (with their flow scope), oldest first. */
    List<ElementInstance> activeElements(long processInstanceKey);

    /**
     * Sets variables on a scope (an active element instance, or the process instance key for the root scope):
     * {@code local} writes them all in that scope, otherwise each lands in the nearest enclosing scope that has it,
     * else in the root scope (Camunda's SetVariables).
     *
     * @return the key of this update
     */
    long setVariables(long elementInstanceKey, Map<String, Object> variables, boolean local);

    /** Moves the deadline of an activated job to now + timeout. */
    void updateJobTimeout(long jobKey, Duration timeout);

    /**
     * Migrates a running instance to another process definition. Every active element (and every waiting catch
     * event) must be mapped to an element of the same type in the same flow scope; keys stay as they are. The
     * migration is recorded as an event with who and why.
     *
     * @throws EngineException NOT_FOUND for an unknown instance or target, INVALID_ARGUMENT for ids that do not exist,
     *                         INVALID_STATE (with the reason) when the mapping does not fit the active elements
     */
    void migrateProcessInstance(long processInstanceKey, long targetProcessDefinitionKey,
                                        Map<String, String> mapping, String actor, String reason);

    /** Every variable change of an instance in order: scope, name, value, time. */
    List<VariableChange> variableHistory(long processInstanceKey);
}
