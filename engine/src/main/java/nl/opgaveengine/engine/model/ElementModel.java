package nl.opgaveengine.engine.model;

import java.util.List;
import java.util.Map;

/** One flow node as the interpreter needs it; fields that do not apply to the type are null or empty. */
public record ElementModel(String id, String name, ElementType type, List<String> incomingFlowIds,
                           List<FlowModel> outgoing, String defaultFlowId, boolean terminate, Expression jobType,
                           Expression retries, Map<String, String> headers, Expression messageName,
                           Expression correlationKey, List<Mapping> inputs, List<Mapping> outputs,
                           Map<String, String> properties) {

    public FlowModel outgoingFlow(String flowId) {
        return outgoing.stream().filter(f -> f.id().equals(flowId)).findFirst().orElseThrow();
    }
}
