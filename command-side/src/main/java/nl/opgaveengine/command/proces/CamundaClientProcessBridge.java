package nl.opgaveengine.command.proces;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.MigrateProcessInstanceCommandStep1;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import nl.opgaveengine.engine.EngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;

/**
 * The bridge through the Camunda 8 Java client over gRPC: the embedded engine's gateway or a
 * Camunda 8 cluster. Not transactional with the domain: delivery is at least once, which the
 * domain's idempotent commands absorb.
 */
public class CamundaClientProcessBridge implements ProcessBridge {

    /** How long a step waits for the model to enter its ad-hoc sub-process, or for the search to show it. */
    private static final Duration AD_HOC_WAIT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(CamundaClientProcessBridge.class);

    private final CamundaClient client;
    private final CamundaRestClient restClient;

    /**
     * @param client the client for gRPC calls
     * @param restClient the client for what Camunda offers over REST v2 only (search, ad-hoc activation), made on first
     *                   use: for the embedded engine its address is this application's, known once the server runs
     */
    public CamundaClientProcessBridge(CamundaClient client, CamundaRestClient restClient) {
        this.client = client;
        this.restClient = restClient;
    }

    @Override
    public DeployedModel deploy(String resourceName, byte[] content, String deployedBy) {
        DeploymentEvent deployment = client.newDeployResourceCommand().useGrpc()
                .addResourceBytes(content, resourceName).send().join();
        Process first = deployment.getProcesses().get(0);
        return new DeployedModel(first.getBpmnProcessId(), first.getVersion(), first.getProcessDefinitionKey());
    }

    @Override
    public StartedProcess start(String bpmnProcessId, Map<String, Object> variables) {
        ProcessInstanceEvent started = client.newCreateInstanceCommand().bpmnProcessId(bpmnProcessId).latestVersion()
                .variables(variables).send().join();
        return new StartedProcess(started.getBpmnProcessId(), started.getVersion(), started.getProcessDefinitionKey(),
                started.getProcessInstanceKey());
    }

    @Override
    public void cancel(long processInstanceKey) {
        try {
            client.newCancelInstanceCommand(processInstanceKey).send().join();
        } catch (io.camunda.client.api.command.ClientStatusException e) {
            // an instance that ended already (or is unknown) needs no cancelling
            if (e.getStatusCode() != io.grpc.Status.Code.NOT_FOUND
                    && e.getStatusCode() != io.grpc.Status.Code.FAILED_PRECONDITION) {
                throw e;
            }
        }
    }

    /**
     * Finds the target version with Camunda's process definition search (REST v2), maps every element both versions
     * have to itself (read from both versions' XML; the given mapping overrides), and migrates over gRPC. An instance
     * already running on the target (a retried command after the migration went through) is left as it is, so the
     * call is idempotent: see ADR 0009. A refusal of the engine comes back as the same {@link EngineException} the
     * embedded engine throws.
     */
    @Override
    public long migrate(long processInstanceKey, String bpmnProcessId, int naarVersie, Map<String, String> mapping,
                        String actor, String reason) {
        try {
            long target = rest().newProcessDefinitionSearchRequest()
                    .filter(f -> f.processDefinitionId(bpmnProcessId).version(naarVersie)).send().join().items()
                    .stream().findFirst().map(io.camunda.client.api.search.response.ProcessDefinition::getProcessDefinitionKey)
                    .orElseThrow(() -> new BusinessRuleException(ErrorCode.INVALID_INPUT, "Procesmodel " + bpmnProcessId
                            + " heeft geen versie " + naarVersie + ".", Map.of("veld", "versie")));
            List<ElementInstance> active = activeElements(processInstanceKey, null);
            if (!active.isEmpty() && active.stream().allMatch(e -> e.getProcessDefinitionKey() == target)) {
                LOG.info("Procesinstantie {} draait al op {} versie {}", processInstanceKey, bpmnProcessId, naarVersie);
                return target;
            }
            Map<String, String> volledig = new LinkedHashMap<>();
            if (!active.isEmpty()) {
                Set<String> doel = elementIds(target);
                elementIds(active.get(0).getProcessDefinitionKey()).stream().filter(doel::contains)
                        .forEach(id -> volledig.put(id, id));
            }
            volledig.putAll(mapping);
            if (volledig.isEmpty()) {
                throw new EngineException(EngineException.Rejection.INVALID_STATE, "Procesinstantie "
                        + processInstanceKey + " heeft geen actieve elementen om te migreren.");
            }
            var plan = client.newMigrateProcessInstanceCommand(processInstanceKey).useGrpc().migrationPlan(target);
            MigrateProcessInstanceCommandStep1.MigrateProcessInstanceCommandFinalStep command = null;
            for (Map.Entry<String, String> instruction : volledig.entrySet()) {
                command = command == null ? plan.addMappingInstruction(instruction.getKey(), instruction.getValue())
                        : command.addMappingInstruction(instruction.getKey(), instruction.getValue());
            }
            command.send().join();
            LOG.info("Procesinstantie {} gemigreerd naar {} versie {} door {}: {}", processInstanceKey, bpmnProcessId,
                    naarVersie, actor, reason);
            return target;
        } catch (ClientStatusException e) {
            throw engineRefusal(e.getStatusCode(), e.getStatus().getDescription());
        } catch (ProblemException e) {
            throw engineRefusal(e.code(), e.details() == null ? e.getMessage() : e.details().getDetail());
        }
    }

    /**
     * Finds the active ad-hoc sub-process with Camunda's element instance search (REST v2; on a cluster that reads
     * its secondary storage, which lags a little: hence the wait) and activates the element in it with the ad-hoc
     * activation (REST v2). An instance with no active elements has ended: the step stays on the opgave only.
     */
    @Override
    public void activateAdHocElement(long processInstanceKey, String adHocSubProcessId, String elementId) {
        long deadline = System.nanoTime() + AD_HOC_WAIT.toNanos();
        while (true) {
            List<ElementInstance> active = activeElements(processInstanceKey, null);
            if (active.isEmpty()) {
                LOG.info("Procesinstantie {} is niet (meer) actief: '{}' wordt niet geactiveerd", processInstanceKey,
                        elementId);
                return;
            }
            var adHoc = active.stream().filter(e -> adHocSubProcessId.equals(e.getElementId())).findFirst();
            if (adHoc.isPresent()) {
                rest().newActivateAdHocSubProcessActivitiesCommand(String.valueOf(adHoc.get().getElementInstanceKey()))
                        .activateElement(elementId).send().join();
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Procesinstantie " + processInstanceKey + " heeft geen actief ad-hoc"
                        + " subproces '" + adHocSubProcessId + "' om '" + elementId + "' in te activeren");
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    private List<ElementInstance> activeElements(long processInstanceKey, String elementId) {
        return rest().newElementInstanceSearchRequest().filter(f -> {
            f.processInstanceKey(processInstanceKey).state(ElementInstanceState.ACTIVE);
            if (elementId != null) {
                f.elementId(elementId);
            }
        }).send().join().items();
    }

    /** The ids of a version's flow nodes, from its XML (Camunda's {@code GET /v2/process-definitions/{key}/xml}). */
    private Set<String> elementIds(long processDefinitionKey) {
        String xml = rest().newProcessDefinitionGetXmlRequest(processDefinitionKey).send().join();
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Set<String> ids = new HashSet<>();
        model.getModelElementsByType(FlowNode.class).forEach(n -> ids.add(n.getId()));
        return ids;
    }

    /** A refusal of the gateway as the embedded engine's refusal, with Camunda's reason without its prefix. */
    static EngineException engineRefusal(Object code, String description) {
        String reason = description == null ? String.valueOf(code)
                : description.replaceFirst("(?s)^Command '[^']*' rejected with code '[^']*': ", "");
        EngineException.Rejection rejection = switch (String.valueOf(code)) {
            case "NOT_FOUND", "404" -> EngineException.Rejection.NOT_FOUND;
            case "INVALID_ARGUMENT", "400" -> EngineException.Rejection.INVALID_ARGUMENT;
            case "ALREADY_EXISTS" -> EngineException.Rejection.ALREADY_EXISTS;
            default -> EngineException.Rejection.INVALID_STATE;
        };
        return new EngineException(rejection, reason);
    }

    private CamundaClient rest() {
        return restClient.get();
    }

    @Override
    public void publish(String messageName, String correlationKey, Map<String, Object> variables, String messageId) {
        try {
            client.newPublishMessageCommand().messageName(messageName).correlationKey(correlationKey)
                    .messageId(messageId).timeToLive(EmbeddedProcessBridge.MESSAGE_TTL).variables(variables).send()
                    .join();
        } catch (io.camunda.client.api.command.ClientStatusException e) {
            // a redelivered domain event: its message is still buffered, nothing to publish again
            if (e.getStatusCode() != io.grpc.Status.Code.ALREADY_EXISTS) {
                throw e;
            }
        }
    }
}
