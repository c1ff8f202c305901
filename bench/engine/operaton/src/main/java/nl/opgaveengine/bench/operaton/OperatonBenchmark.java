package nl.opgaveengine.bench.operaton;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.opgaveengine.bench.common.Bench;
import nl.opgaveengine.bench.common.PeerModels;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.runtime.ProcessInstance;

/**
 * Operaton 1.0.3 embedded (standalone configuration, its own pooled data source, job executor off: nothing in the
 * models is asynchronous). Variants:
 * <ul>
 *   <li>{@code delegate}: service tasks are Java delegates, run synchronously inside the transaction of the call
 *       that reaches them (start, message correlation). Not like-for-like with a Camunda 8 job.</li>
 *   <li>{@code external}: service tasks are external tasks; the benchmark thread does fetchAndLock and complete
 *       itself (two transactions per task, like a Camunda 8 job). Per-thread topics, as in our driver variant.</li>
 * </ul>
 * Messages are correlated by business key (= opgaveId), Operaton's way of saying "correlation key".
 */
public final class OperatonBenchmark {

    static final String NS = "xmlns:operaton=\"http://operaton.org/schema/1.0/bpmn\"";
    static final String PROCESS_ATTRIBUTES = "operaton:historyTimeToLive=\"P1D\"";
    static final String NOT_NULL = "${execution.getVariable('volgendPcMoment') != null}";

    /** Completes at once, as our handlers do. */
    public static class Noop implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            // nothing: the benchmark measures the engine
        }
    }

    public static void main(String[] args) throws Exception {
        Bench.Options options = Bench.Options.parse(args);
        String history = options.history().isBlank() ? ProcessEngineConfiguration.HISTORY_AUDIT : options.history();
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(options.jdbcUrl() + "?reWriteBatchedInserts=true")
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcUsername("postgres")
                .setJdbcPassword("")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(history)
                .setJobExecutorActivate(false)
                .buildProcessEngine();
        int exit = 0;
        try {
            System.out.println("Operaton history level: " + history + ", id generator: "
                    + ((org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
                    .getProcessEngineConfiguration()).getIdGenerator().getClass().getSimpleName()
                    + ", max pool " + engine.getProcessEngineConfiguration().getJdbcMaxActiveConnections());
            int maxThreads = options.threads().stream().mapToInt(Integer::intValue).max().orElse(1);
            Function<String, String> delegate = type -> "operaton:class=\"" + Noop.class.getName() + "\"";
            deploy(engine, "one-task", PeerModels.oneTask(NS, "one-task", PROCESS_ATTRIBUTES, delegate, "bench-task"));
            deploy(engine, "project", PeerModels.project(NS, "project", PROCESS_ATTRIBUTES, delegate, "", NOT_NULL));
            Function<String, String> external = type -> "operaton:type=\"external\" operaton:topic=\"" + type + "\"";
            for (int t = 0; t < maxThreads; t++) {
                deploy(engine, "one-task-ext-t" + t, PeerModels.oneTask(NS, "one-task-ext-t" + t, PROCESS_ATTRIBUTES,
                        external, "bench-task-t" + t));
                deploy(engine, "project-ext-t" + t, PeerModels.project(NS, "project-ext-t" + t, PROCESS_ATTRIBUTES,
                        external, "-t" + t, NOT_NULL));
            }
            List<String> variants = options.variants().isEmpty() ? List.of("delegate", "external") : options.variants();
            for (String variant : variants) {
                for (String model : options.models()) {
                    check(engine, variant, model);
                    for (int threads : options.threads()) {
                        Bench.Result r = Bench.run(options, "operaton", variant, model, history, threads,
                                thread -> runInstance(engine, variant, model, thread));
                        if (r.errors() > 0) {
                            exit = 2;
                        }
                    }
                }
            }
        } finally {
            engine.close();
        }
        System.exit(exit);
    }

    private static void deploy(ProcessEngine engine, String name, String xml) {
        engine.getRepositoryService().createDeployment().addString(name + ".bpmn", xml).deploy();
    }

    static String runInstance(ProcessEngine engine, String variant, String model, int thread) {
        RuntimeService runtime = engine.getRuntimeService();
        boolean external = variant.equals("external");
        String suffix = external ? "-t" + thread : "";
        String processId = model + (external ? "-ext" + suffix : "");
        if (model.equals("one-task")) {
            ProcessInstance instance = runtime.startProcessInstanceByKey(processId);
            if (external) {
                completeOne(engine.getExternalTaskService(), "bench-task" + suffix);
            }
            return instance.getId();
        }
        String opgaveId = UUID.randomUUID().toString();
        ProcessInstance instance = runtime.startProcessInstanceByKey(processId, opgaveId, Map.of("opgaveId", opgaveId));
        for (String fase : PeerModels.FASEN) {
            if (external) {
                completeOne(engine.getExternalTaskService(), "fase-starten" + suffix);
                completeOne(engine.getExternalTaskService(), "gate-openen" + suffix);
            }
            runtime.createMessageCorrelation(PeerModels.MESSAGE).processInstanceBusinessKey(opgaveId)
                    .setVariable("uitkomst", "GO").setVariable("gate", fase).correlate();
        }
        if (external) {
            completeOne(engine.getExternalTaskService(), "opgave-afsluiten" + suffix);
        }
        return instance.getId();
    }

    private static void completeOne(ExternalTaskService service, String topic) {
        List<LockedExternalTask> tasks = service.fetchAndLock(1, "bench").topic(topic, 60_000L).execute();
        if (tasks.size() != 1) {
            throw new IllegalStateException("expected one " + topic + " task, got " + tasks.size());
        }
        service.complete(tasks.get(0).getId(), "bench");
    }

    private static void check(ProcessEngine engine, String variant, String model) {
        long before = System.nanoTime();
        String id = runInstance(engine, variant, model, 0);
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() != 0) {
            throw new IllegalStateException("check " + variant + "/" + model + ": instance " + id + " still runs");
        }
        var historic = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id)
                .singleResult();
        long activities = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id).count();
        System.out.printf("check %s/%s: instance %s ended (history: %s, %d activity instances) in %.1f ms%n", variant,
                model, id, historic == null ? "none" : historic.getState(), activities,
                (System.nanoTime() - before) / 1e6);
    }
}
