package nl.opgaveengine.bench.flowable;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.opgaveengine.bench.common.Bench;
import nl.opgaveengine.bench.common.PeerModels;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.api.delegate.event.FlowableEventType;
import org.flowable.common.engine.impl.cfg.TransactionState;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.delegate.event.FlowableActivityEvent;
import org.flowable.engine.delegate.event.FlowableProcessEngineEvent;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.AcquiredExternalWorkerJob;

/**
 * Flowable 8.0.0 embedded (standalone configuration, its own pooled data source, async executor on). Variants:
 * <ul>
 *   <li>{@code delegate}: service tasks are Java delegates run synchronously in the caller's transaction.</li>
 *   <li>{@code external}: service tasks are external-worker tasks; the benchmark thread acquires and completes the
 *       job itself. Flowable then continues the process in an async job run by its async executor (a third
 *       transaction, like a Camunda 8 job), so the thread waits for an engine event (committed) before the next
 *       step. Per-thread topics, as in our driver variant.</li>
 * </ul>
 * Messages: Flowable correlates an intermediate catch by execution; the thread looks up the waiting execution by
 * process instance id and message name (the business key = opgaveId is set, but Flowable's execution query by
 * business key only matches the root execution, and the thread knows the instance anyway: this favours Flowable
 * slightly), then calls messageEventReceived.
 */
public final class FlowableBenchmark {

    static final String NS = "xmlns:flowable=\"http://flowable.org/bpmn\"";
    static final String NOT_NULL = "${execution.getVariable('volgendPcMoment') != null}";
    static final Duration WAIT = Duration.ofSeconds(30);

    /** Completes at once, as our handlers do. */
    public static class Noop implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            // nothing: the benchmark measures the engine
        }
    }

    /** Per instance: released after commit when it waits for a message or has ended (external variant). */
    static final class Signals implements FlowableEventListener {
        private record Pair(Semaphore taskReady, Semaphore waiting, Semaphore ended) {
        }

        private final ConcurrentHashMap<String, Pair> instances = new ConcurrentHashMap<>();

        @Override
        public void onEvent(FlowableEvent event) {
            if (!(event instanceof FlowableProcessEngineEvent e) || e.getProcessInstanceId() == null) {
                return;
            }
            if (event.getType() == FlowableEngineEventType.ACTIVITY_STARTED) {
                if (event instanceof FlowableActivityEvent activity && activity.getActivityType() != null && activity.getActivityType().endsWith("Task")) {
                    of(e.getProcessInstanceId()).taskReady().release();
                }
            } else if (event.getType() == FlowableEngineEventType.ACTIVITY_MESSAGE_WAITING) {
                of(e.getProcessInstanceId()).waiting().release();
            } else {
                of(e.getProcessInstanceId()).ended().release();
            }
        }

        @Override
        public boolean isFailOnException() {
            return false;
        }

        @Override
        public boolean isFireOnTransactionLifecycleEvent() {
            return true;
        }

        @Override
        public String getOnTransaction() {
            return TransactionState.COMMITTED.name();
        }

        @Override
        public java.util.Collection<? extends FlowableEventType> getTypes() {
            return List.of(FlowableEngineEventType.ACTIVITY_STARTED, FlowableEngineEventType.ACTIVITY_MESSAGE_WAITING, FlowableEngineEventType.PROCESS_COMPLETED,
                    FlowableEngineEventType.PROCESS_COMPLETED_WITH_TERMINATE_END_EVENT);
        }

        Pair of(String instance) {
            return instances.computeIfAbsent(instance, k -> new Pair(new Semaphore(0), new Semaphore(0), new Semaphore(0)));
        }

        void awaitTaskReady(String instance) throws InterruptedException {
            if (!of(instance).taskReady().tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("instance " + instance + " did not reach its next service task");
            }
        }

        void awaitWaiting(String instance) throws InterruptedException {
            if (!of(instance).waiting().tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("instance " + instance + " did not reach a message catch");
            }
        }

        void awaitEnded(String instance) throws InterruptedException {
            try {
                if (!of(instance).ended().tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("instance " + instance + " did not end");
                }
            } finally {
                instances.remove(instance);
            }
        }

        void clear() {
            instances.clear();
        }
    }

    public static void main(String[] args) throws Exception {
        Bench.Options options = Bench.Options.parse(args);
        String history = options.history().isBlank() ? "audit" : options.history();
        Signals signals = new Signals();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(options.jdbcUrl() + "?reWriteBatchedInserts=true")
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcUsername("postgres")
                .setJdbcPassword("")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(history)
                .setAsyncExecutorActivate(true);
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        ProcessEngine engine = configuration.buildProcessEngine();
        int exit = 0;
        try {
            System.out.println("Flowable history level: " + history + ", id generator: "
                    + configuration.getIdGenerator().getClass().getSimpleName() + ", max pool "
                    + configuration.getJdbcMaxActiveConnections() + ", async executor pool "
                    + configuration.getAsyncExecutorCorePoolSize() + "-" + configuration.getAsyncExecutorMaxPoolSize());
            int maxThreads = options.threads().stream().mapToInt(Integer::intValue).max().orElse(1);
            Function<String, String> delegate = type -> "flowable:class=\"" + Noop.class.getName() + "\"";
            deploy(engine, "one-task", PeerModels.oneTask(NS, "one-task", "", delegate, "bench-task"));
            deploy(engine, "project", PeerModels.project(NS, "project", "", delegate, "", NOT_NULL));
            Function<String, String> external = type -> "flowable:type=\"external-worker\" flowable:topic=\"" + type + "\"";
            for (int t = 0; t < maxThreads; t++) {
                deploy(engine, "one-task-ext-t" + t, PeerModels.oneTask(NS, "one-task-ext-t" + t, "", external,
                        "bench-task-t" + t));
                deploy(engine, "project-ext-t" + t, PeerModels.project(NS, "project-ext-t" + t, "", external, "-t" + t,
                        NOT_NULL));
            }
            List<String> variants = options.variants().isEmpty() ? List.of("delegate", "external") : options.variants();
            for (String variant : variants) {
                boolean externalVariant = variant.equals("external");
                if (externalVariant) {
                    // only the external variant needs to see the async continuations
                    engine.getRuntimeService().addEventListener(signals, signals.getTypes()
                            .toArray(FlowableEngineEventType[]::new));
                }
                for (String model : options.models()) {
                    check(engine, signals, variant, model);
                    for (int threads : options.threads()) {
                        Bench.Result r = Bench.run(options, "flowable", variant, model, history, threads,
                                thread -> runInstance(engine, signals, variant, model, thread));
                        if (r.errors() > 0) {
                            exit = 2;
                        }
                        signals.clear();
                    }
                }
                if (externalVariant) {
                    engine.getRuntimeService().removeEventListener(signals);
                }
            }
        } finally {
            engine.close();
        }
        System.exit(exit);
    }

    private static void deploy(ProcessEngine engine, String name, String xml) {
        engine.getRepositoryService().createDeployment().addString(name + ".bpmn20.xml", xml).deploy();
    }

    static String runInstance(ProcessEngine engine, Signals signals, String variant, String model, int thread)
            throws InterruptedException {
        RuntimeService runtime = engine.getRuntimeService();
        boolean external = variant.equals("external");
        String suffix = external ? "-t" + thread : "";
        String processId = model + (external ? "-ext" + suffix : "");
        if (model.equals("one-task")) {
            ProcessInstance instance = runtime.startProcessInstanceByKey(processId);
            if (external) {
                completeOne(engine.getManagementService(), signals, instance.getId(), "bench-task" + suffix);
                signals.awaitEnded(instance.getId());
            }
            return instance.getId();
        }
        String opgaveId = UUID.randomUUID().toString();
        ProcessInstance instance = runtime.startProcessInstanceByKey(processId, opgaveId, Map.of("opgaveId", opgaveId));
        for (String fase : PeerModels.FASEN) {
            if (external) {
                completeOne(engine.getManagementService(), signals, instance.getId(), "fase-starten" + suffix);
                completeOne(engine.getManagementService(), signals, instance.getId(), "gate-openen" + suffix);
                signals.awaitWaiting(instance.getId());
            }
            Execution waiting = runtime.createExecutionQuery().processInstanceId(instance.getId())
                    .messageEventSubscriptionName(PeerModels.MESSAGE).singleResult();
            if (waiting == null) {
                throw new IllegalStateException("instance " + instance.getId() + " does not wait for " + fase);
            }
            runtime.messageEventReceived(PeerModels.MESSAGE, waiting.getId(), Map.of("uitkomst", "GO", "gate", fase));
        }
        if (external) {
            completeOne(engine.getManagementService(), signals, instance.getId(), "opgave-afsluiten" + suffix);
            signals.awaitEnded(instance.getId());
        }
        return instance.getId();
    }

    /**
     * Waits until the instance's next service task has started (its external-worker job committed: after the start,
     * or after the async continuation of the previous completion), then acquires and completes that job.
     */
    private static void completeOne(ManagementService management, Signals signals, String instance, String topic)
            throws InterruptedException {
        signals.awaitTaskReady(instance);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<AcquiredExternalWorkerJob> jobs = management.createExternalWorkerJobAcquireBuilder()
                    .topic(topic, Duration.ofMinutes(1)).acquireAndLock(1, "bench");
            if (jobs.size() == 1) {
                management.createExternalWorkerCompletionBuilder(jobs.get(0).getId(), "bench").complete();
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + topic + " job");
            }
            Thread.sleep(1);
        }
    }

    private static void check(ProcessEngine engine, Signals signals, String variant, String model) throws Exception {
        long before = System.nanoTime();
        String id = runInstance(engine, signals, variant, model, 0);
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() != 0) {
            throw new IllegalStateException("check " + variant + "/" + model + ": instance " + id + " still runs");
        }
        long activities = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id).count();
        System.out.printf("check %s/%s: instance %s ended (%d historic activity instances) in %.1f ms%n", variant,
                model, id, activities, (System.nanoTime() - before) / 1e6);
        signals.clear();
    }
}
