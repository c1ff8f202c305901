package nl.opgaveengine.bench.ours;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.bench.common.Bench;
import nl.opgaveengine.engine.ActivatedJob;
import nl.opgaveengine.engine.JobHandler;
import nl.opgaveengine.engine.ProcessEngine;
import nl.opgaveengine.engine.ProcessInstanceState;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Our engine, embedded through {@link ProcessEngine}, on a fresh PostgreSQL database. Variants:
 * <ul>
 *   <li>{@code handlers}: the engine's in-process workers run {@link JobHandler} beans (each job: handler +
 *       completion in one transaction; with job push the job was activated in the transaction that created it,
 *       before it in an activation transaction of its own); the benchmark thread starts the instance,
 *       publishes the gate decisions when the instance waits for them, and waits for the end.</li>
 *   <li>{@code driver}: the benchmark thread activates and completes every job itself (like the peers' external
 *       task / external worker variants). Each thread has its own copy of the model with its own job types
 *       ({@code -t<n>} suffix), so a thread only ever activates the jobs of the instance it drives.</li>
 * </ul>
 * Models: {@code one-task} (start → service task → end, Camunda 8 dialect) and {@code project} (the project's own
 * {@code bpmn/project.bpmn}, read from the installed bpmn module or a path given with --projectBpmn).
 */
@SpringBootApplication(scanBasePackages = {"nl.opgaveengine.engine", "nl.opgaveengine.bench.ours"})
public class OursBenchmark {

    /** The engine column of the results: {@code ours}, or e.g. {@code ours-before} for a build of an earlier commit. */
    static final String LABEL = System.getProperty("bench.engine-label", "ours");
    static final List<String> FASEN = List.of("initiatief", "definitie", "uitvoering", "nazorg");
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String ONE_TASK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="definitions_one_task"
                targetNamespace="http://opgaveengine.nl/bench">
              <bpmn:process id="one-task" isExecutable="true">
                <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:serviceTask id="task">
                  <bpmn:extensionElements><zeebe:taskDefinition type="bench-task" retries="3" /></bpmn:extensionElements>
                  <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
                </bpmn:serviceTask>
                <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" />
                <bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    public static void main(String[] args) throws Exception {
        Bench.Options options = Bench.Options.parse(args);
        String projectXml = projectBpmn(args);
        SpringApplication app = new SpringApplication(OursBenchmark.class);
        boolean sqlTiming = flag(args, "--sqlTiming");
        app.setDefaultProperties(Map.of("spring.datasource.url", options.jdbcUrl() + "?reWriteBatchedInserts=true",
                "bench.sql-timing", String.valueOf(sqlTiming)));
        int exit = 0;
        try (ConfigurableApplicationContext context = app.run()) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            InstanceSignals signals = context.getBean(InstanceSignals.class);
            int maxThreads = options.threads().stream().mapToInt(Integer::intValue).max().orElse(1);
            engine.deploy("one-task.bpmn", ONE_TASK.getBytes(StandardCharsets.UTF_8), "bench");
            engine.deploy("project.bpmn", projectXml.getBytes(StandardCharsets.UTF_8), "bench");
            for (int t = 0; t < maxThreads; t++) {
                engine.deploy("one-task-t" + t + ".bpmn", perThread(ONE_TASK, "one-task", t), "bench");
                engine.deploy("project-t" + t + ".bpmn", perThread(projectXml, "project", t), "bench");
            }
            List<String> variants = options.variants().isEmpty() ? List.of("handlers", "driver") : options.variants();
            for (String variant : variants) {
                for (String model : options.models()) {
                    Bench.Scenario scenario = scenario(engine, signals, variant, model);
                    signals.track(variant.equals("handlers"));
                    check(engine, signals, variant, model);
                    for (int threads : options.threads()) {
                        Bench.Result r = Bench.run(options, LABEL, variant, model, "full (event store: every event)",
                                threads, scenario);
                        if (r.errors() > 0) {
                            exit = 2;
                        }
                    }
                    if (sqlTiming) {
                        // profiling only: 50 more instances on one thread with every statement timed
                        SqlTiming.reset();
                        long start = System.nanoTime();
                        for (int i = 0; i < 50; i++) {
                            runInstance(engine, signals, variant, model, 0);
                        }
                        double wallMs = (System.nanoTime() - start) / 1e6 / 50;
                        System.out.printf("%s/%s: %.2f ms wall per instance (1 thread)%n%s", variant, model, wallMs,
                                SqlTiming.report(50));
                    }
                    signals.track(false);
                }
            }
        }
        System.exit(exit);
    }

    /** Same model, own process id and job types for thread t (the driver variant). */
    static byte[] perThread(String xml, String processId, int t) {
        String suffix = "-t" + t;
        String out = xml.replace("<bpmn:process id=\"" + processId + "\"", "<bpmn:process id=\"" + processId + suffix + "\"");
        for (String type : List.of("bench-task", "fase-starten", "gate-openen", "opgave-afsluiten",
                "voortgangsrapportage-vragen")) {
            out = out.replace("type=\"" + type + "\"", "type=\"" + type + suffix + "\"");
        }
        return out.getBytes(StandardCharsets.UTF_8);
    }

    static Bench.Scenario scenario(ProcessEngine engine, InstanceSignals signals, String variant, String model) {
        if (!List.of("handlers", "driver").contains(variant) || !List.of("one-task", "project").contains(model)) {
            throw new IllegalArgumentException("unknown variant/model " + variant + "/" + model);
        }
        return thread -> runInstance(engine, signals, variant, model, thread);
    }

    /** One instance from start to end; returns its key. */
    static long runInstance(ProcessEngine engine, InstanceSignals signals, String variant, String model, int thread)
            throws InterruptedException {
        boolean handlers = variant.equals("handlers");
        String suffix = handlers ? "" : "-t" + thread;
        if (model.equals("one-task")) {
            long key = engine.createProcessInstance("one-task" + suffix, Map.of()).processInstanceKey();
            if (handlers) {
                signals.awaitEnded(key, WAIT);
            } else {
                completeOne(engine, "bench-task" + suffix);
            }
            return key;
        }
        String opgaveId = UUID.randomUUID().toString();
        long key = engine.createProcessInstance("project" + suffix, Map.of("opgaveId", opgaveId))
                .processInstanceKey();
        for (String fase : FASEN) {
            if (handlers) {
                signals.awaitWaiting(key, WAIT);
            } else {
                completeOne(engine, "fase-starten" + suffix);
                completeOne(engine, "gate-openen" + suffix);
            }
            decide(engine, opgaveId, fase);
        }
        if (handlers) {
            signals.awaitEnded(key, WAIT);
        } else {
            completeOne(engine, "opgave-afsluiten" + suffix);
        }
        return key;
    }

    private static void decide(ProcessEngine engine, String opgaveId, String fase) {
        engine.publishMessage("gate-besluit", opgaveId, Duration.ZERO, Map.of("uitkomst", "GO", "gate", fase));
    }

    private static ActivatedJob completeOne(ProcessEngine engine, String type) {
        List<ActivatedJob> jobs = engine.activateJobs(type, "bench", Duration.ofMinutes(1), 1);
        if (jobs.size() != 1) {
            throw new IllegalStateException("expected one " + type + " job, got " + jobs.size());
        }
        engine.completeJob(jobs.get(0).key(), Map.of());
        return jobs.get(0);
    }

    /** Runs one instance outside the measurement and checks it really completed. */
    static void check(ProcessEngine engine, InstanceSignals signals, String variant, String model) throws Exception {
        long before = System.nanoTime();
        long key = runInstance(engine, signals, variant, model, 0);
        ProcessInstanceState state = engine.processInstance(key).orElseThrow();
        if (state.state() != ProcessInstanceState.State.COMPLETED) {
            throw new IllegalStateException("check " + variant + "/" + model + ": instance " + key + " is "
                    + state.state() + " at " + state.activeElementIds());
        }
        System.out.printf("check %s/%s: instance %d COMPLETED (%d history entries) in %.1f ms%n", variant, model, key,
                engine.history(key).size(), (System.nanoTime() - before) / 1e6);
    }

    private static boolean flag(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Boolean.parseBoolean(args[i + 1]);
            }
        }
        return false;
    }

    private static String projectBpmn(String[] args) throws IOException {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--projectBpmn")) {
                return java.nio.file.Files.readString(java.nio.file.Path.of(args[i + 1]));
            }
        }
        try (InputStream in = OursBenchmark.class.getClassLoader().getResourceAsStream("bpmn/project.bpmn")) {
            if (in == null) {
                throw new IllegalStateException("bpmn/project.bpmn not on the classpath: pass --projectBpmn");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** In-process workers for the handlers variant: complete at once with no variables. */
    @Bean
    JobHandler benchTask() {
        return handler("bench-task");
    }

    @Bean
    JobHandler faseStarten() {
        return handler("fase-starten");
    }

    @Bean
    JobHandler gateOpenen() {
        return handler("gate-openen");
    }

    @Bean
    JobHandler opgaveAfsluiten() {
        return handler("opgave-afsluiten");
    }

    private static JobHandler handler(String type) {
        return new JobHandler() {
            @Override
            public String jobType() {
                return type;
            }

            @Override
            public Map<String, Object> handle(ActivatedJob job) {
                return Map.of();
            }
        };
    }
}
