package nl.opgaveengine.command.proces;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import nl.opgaveengine.engine.Deployment;
import nl.opgaveengine.engine.EngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import nl.opgaveengine.engine.ElementInstance;
import nl.opgaveengine.engine.ProcessDefinition;
import nl.opgaveengine.engine.ProcessEngine;
import nl.opgaveengine.engine.ProcessInstanceCreated;
import nl.opgaveengine.engine.ProcessInstanceState;

/** The bridge on the embedded engine: every call joins the caller's transaction. */
public class EmbeddedProcessBridge implements ProcessBridge {

    /** Long enough for a decision published just before its gate's subscription opens. */
    static final Duration MESSAGE_TTL = Duration.ofDays(1);

    /** How long a step waits for the model to enter its ad-hoc sub-process (a job completion away). */
    private static final Duration AD_HOC_WAIT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedProcessBridge.class);

    private final ProcessEngine engine;
    private final PlatformTransactionManager transactions;
    private final nl.opgaveengine.engine.model.ModelRepository models;

    public EmbeddedProcessBridge(ProcessEngine engine) {
        this(engine, null, null);
    }

    public EmbeddedProcessBridge(ProcessEngine engine, PlatformTransactionManager transactions,
                                 nl.opgaveengine.engine.model.ModelRepository models) {
        this.engine = engine;
        this.transactions = transactions;
        this.models = models;
    }

    @Override
    public DeployedModel deploy(String resourceName, byte[] content, String deployedBy) {
        Deployment deployment = engine.deploy(resourceName, content, deployedBy);
        ProcessDefinition first = deployment.processes().get(0);
        return new DeployedModel(first.bpmnProcessId(), first.version(), first.key());
    }

    @Override
    public StartedProcess start(String bpmnProcessId, Map<String, Object> variables) {
        ProcessInstanceCreated created = engine.createProcessInstance(bpmnProcessId, variables);
        return new StartedProcess(created.bpmnProcessId(), created.version(), created.processDefinitionKey(),
                created.processInstanceKey());
    }

    /**
     * In a transaction of its own: an instance that is just ending (its last job completing) refuses the cancel, and
     * that refusal must not roll back the start of the new werkwijze's model in the caller's transaction.
     */
    @Override
    public void cancel(long processInstanceKey) {
        Runnable cancel = () -> {
            boolean active = engine.processInstance(processInstanceKey)
                    .map(i -> i.state() == ProcessInstanceState.State.ACTIVE).orElse(false);
            if (active) {
                engine.cancelProcessInstance(processInstanceKey);
            }
        };
        try {
            if (transactions == null) {
                cancel.run();
            } else {
                TransactionTemplate own = new TransactionTemplate(transactions);
                own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                own.executeWithoutResult(status -> cancel.run());
            }
        } catch (EngineException ended) {
            LOG.info("Procesinstantie {} niet geannuleerd: {}", processInstanceKey, ended.getMessage());
        }
    }

    @Override
    public long migrate(long processInstanceKey, String bpmnProcessId, int naarVersie, Map<String, String> mapping,
                        String actor, String reason) {
        ProcessDefinition target = engine.processDefinitions().stream()
                .filter(d -> d.bpmnProcessId().equals(bpmnProcessId) && d.version() == naarVersie).findFirst()
                .orElseThrow(() -> new nl.opgaveengine.api.error.BusinessRuleException(
                        nl.opgaveengine.api.error.ErrorCode.INVALID_INPUT, "Procesmodel " + bpmnProcessId
                        + " heeft geen versie " + naarVersie + ".", Map.of("veld", "versie")));
        // an element the mapping does not name keeps its id where the target has it: the usual change (a phase
        // added, a header changed) needs no mapping at all; the engine refuses, naming the element, an active or
        // waiting element that is then still unmapped
        Map<String, String> volledig = new java.util.LinkedHashMap<>();
        if (models != null) {
            long bron = engine.processInstance(processInstanceKey).map(i -> i.processDefinitionKey()).orElse(-1L);
            if (bron >= 0) {
                Map<String, ?> doel = models.get(target.key()).elements();
                models.get(bron).elements().keySet().stream().filter(doel::containsKey)
                        .forEach(id -> volledig.put(id, id));
            }
        }
        volledig.putAll(mapping);
        engine.migrateProcessInstance(processInstanceKey, target.key(), volledig, actor, reason);
        return target.key();
    }

    @Override
    public boolean joinsCallerTransaction() {
        return true;
    }

    /**
     * Waits briefly for the ad-hoc sub-process when the model is just entering it; an instance that is no longer
     * active (the approach was chosen, the werkwijze switched) has no step to run, and the step stays recorded on the
     * opgave only.
     */
    @Override
    public void activateAdHocElement(long processInstanceKey, String adHocSubProcessId, String elementId) {
        long deadline = System.nanoTime() + AD_HOC_WAIT.toNanos();
        while (true) {
            boolean active = engine.processInstance(processInstanceKey)
                    .map(i -> i.state() == ProcessInstanceState.State.ACTIVE).orElse(false);
            if (!active) {
                LOG.info("Procesinstantie {} is niet (meer) actief: '{}' wordt niet geactiveerd", processInstanceKey,
                        elementId);
                return;
            }
            Optional<ElementInstance> adHoc = engine.activeElements(processInstanceKey).stream()
                    .filter(e -> e.elementId().equals(adHocSubProcessId)).findFirst();
            if (adHoc.isPresent()) {
                engine.activateAdHocElements(adHoc.get().key(), List.of(elementId));
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Procesinstantie " + processInstanceKey + " heeft geen actief ad-hoc"
                        + " subproces '" + adHocSubProcessId + "' om '" + elementId + "' in te activeren");
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    @Override
    public void publish(String messageName, String correlationKey, Map<String, Object> variables, String messageId) {
        try {
            engine.publishMessage(messageName, correlationKey, MESSAGE_TTL, variables, messageId);
        } catch (EngineException e) {
            if (e.rejection() != EngineException.Rejection.ALREADY_EXISTS) {
                throw e;
            }
            LOG.info("Bericht {} ({}) was al gepubliceerd: {}", messageId, messageName, e.getMessage());
        }
    }
}
