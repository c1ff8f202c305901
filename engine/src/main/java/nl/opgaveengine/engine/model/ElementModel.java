package nl.opgaveengine.engine.model;

import java.util.List;
import java.util.Map;

/**
 * One flow node as the interpreter needs it; fields that do not apply to the type are null or empty.
 * {@code scopeId} is the id of the embedded or ad-hoc sub-process the node lives in, null at process level.
 */
public record ElementModel(String id, String name, ElementType type, String scopeId, Trigger trigger,
                           List<String> incomingFlowIds, List<FlowModel> outgoing, String defaultFlowId,
                           Expression jobType, Expression retries, Map<String, String> headers,
                           Expression messageName, Expression correlationKey, TimerModel timer, String errorCode,
                           String attachedToId, boolean interrupting, List<String> boundaryIds,
                           UserTaskModel userTask, Expression script, String resultVariable, String innerStartId,
                           List<Mapping> inputs, List<Mapping> outputs, Map<String, String> properties,
                           AdHocModel adHoc, CallModel call, MultiInstanceModel multiInstance) {

    public FlowModel outgoingFlow(String flowId) {
        return outgoing.stream().filter(f -> f.id().equals(flowId)).findFirst().orElseThrow();
    }

    /** The old flag: a terminate end event. */
    public boolean terminate() {
        return trigger == Trigger.TERMINATE;
    }

    /** Whether the element works through a job (service task, or a send/script/throw element with a task definition). */
    public boolean hasJob() {
        return jobType != null;
    }

    /** Whether the activity runs once per item of a collection (a multi-instance body around its instances). */
    public boolean isMultiInstance() {
        return multiInstance != null;
    }
}
