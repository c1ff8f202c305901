package nl.opgaveengine.bench.views;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.opgaveengine.api.baten.BaatMetingRecordedEvent;
import nl.opgaveengine.api.baten.BaatRegisteredEvent;
import nl.opgaveengine.api.baten.MetingSoort;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.DocumentAttachedEvent;
import nl.opgaveengine.api.opgave.FaseStartedEvent;
import nl.opgaveengine.api.opgave.GateDecidedEvent;
import nl.opgaveengine.api.opgave.GateOpenedEvent;
import nl.opgaveengine.api.opgave.IntakeRecordedEvent;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.opgave.ProcessLinkedEvent;
import nl.opgaveengine.api.opgave.Rol;
import nl.opgaveengine.api.opgave.RolAssignedEvent;
import nl.opgaveengine.api.opgave.Voorscheider;
import nl.opgaveengine.api.opgave.Werkwijze;
import nl.opgaveengine.api.opgave.WerkwijzeChosenEvent;
import nl.opgaveengine.api.pc.PcMomentPlannedEvent;
import nl.opgaveengine.api.pc.PcMomentSoort;
import nl.opgaveengine.api.pc.RapportageStatus;
import nl.opgaveengine.api.pc.VoortgangsrapportageSubmittedEvent;
import nl.opgaveengine.engine.eventstore.EventStoreConfiguration;
import nl.opgaveengine.query.audit.AuditService;
import nl.opgaveengine.query.beheer.ProjectieHerbouwer;
import nl.opgaveengine.query.verantwoording.VerantwoordingRepository;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates events for N opgaven (~100 per opgave) straight into the JDBC event store, rebuilds every projection
 * and times it, measures p95 of an as-of query and of the accountability view, and the lag of the verantwoording
 * projection under a steady load of gate decisions. Arguments: {@code opgaven=1000 rate=50 lagSeconds=20}.
 */
@SpringBootApplication(scanBasePackages = "nl.opgaveengine.query")
@Import(EventStoreConfiguration.class)
public class ViewsBenchmark {

    private static final String[] FASEN = {"initiatief", "definitie", "uitvoering", "nazorg"};

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Map<String, String> options = new java.util.HashMap<>();
        Arrays.stream(args).filter(a -> a.contains("=")).forEach(a -> options.put(a.split("=")[0], a.split("=")[1]));
        int opgaven = Integer.parseInt(options.getOrDefault("opgaven", "1000"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "50"));
        int lagSeconds = Integer.parseInt(options.getOrDefault("lagSeconds", "20"));
        try (ConfigurableApplicationContext context = SpringApplication.run(ViewsBenchmark.class)) {
            new Run(context, opgaven, rate, lagSeconds).run();
        }
        System.exit(0);
    }

    /** One benchmark run. */
    static final class Run {
        final EventStore store;
        final EventProcessingConfiguration processing;
        final ProjectieHerbouwer herbouwer;
        final AuditService audit;
        final VerantwoordingRepository verantwoording;
        final JdbcTemplate jdbc;
        final int opgaven;
        final int rate;
        final int lagSeconds;
        final Random random = new Random(42);
        final Instant t0 = Instant.parse("2024-01-01T08:00:00Z");
        final long[] sequence;

        Run(ConfigurableApplicationContext c, int opgaven, int rate, int lagSeconds) {
            store = c.getBean(EventStore.class);
            processing = c.getBean(EventProcessingConfiguration.class);
            herbouwer = c.getBean(ProjectieHerbouwer.class);
            audit = c.getBean(AuditService.class);
            verantwoording = c.getBean(VerantwoordingRepository.class);
            jdbc = c.getBean(JdbcTemplate.class);
            this.opgaven = opgaven;
            this.rate = rate;
            this.lagSeconds = lagSeconds;
            sequence = new long[opgaven];
        }

        void run() throws Exception {
            processing.eventProcessors().values().forEach(EventProcessor::shutDown);
            long start = System.nanoTime();
            long events = generate();
            double genSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("generated %d events for %d opgaven in %.1f s (%.0f/s)%n", events, opgaven, genSeconds,
                    events / genSeconds);

            start = System.nanoTime();
            herbouwer.herbouw(List.of());
            while (!herbouwer.klaar()) {
                Thread.sleep(200);
            }
            double replaySeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("replay of %d projections: %.1f s (%.0f events/s per projection)%n",
                    herbouwer.projecties().size(), replaySeconds, events / replaySeconds);

            System.out.printf("as-of p95: %.2f ms%n", p95(i -> audit.asOf(id(random.nextInt(opgaven)),
                    t0.plusSeconds(random.nextInt(400) * 3600L))));
            System.out.printf("verantwoording p95: %.2f ms%n", p95(i -> verantwoording.find(id(random.nextInt(opgaven)),
                    null, null)));
            lag();
        }

        String id(int i) {
            return "bench-" + i;
        }

        long generate() {
            long count = 0;
            List<EventMessage<?>> batch = new ArrayList<>();
            for (int year = 2024; year <= 2026; year++) {
                for (String soort : List.of("VOORJAARSNOTA", "NAJAARSNOTA")) {
                    LocalDate peil = LocalDate.of(year, soort.equals("VOORJAARSNOTA") ? 4 : 10, 1);
                    batch.add(GenericEventMessage.asEventMessage(new PcMomentPlannedEvent(year + "-" + soort, year, soort,
                            PcMomentSoort.valueOf(soort), peil, peil.plusDays(14),
                            new Attribution("carla", "CONTROLLER", t0, "kalender"))));
                }
            }
            for (int i = 0; i < opgaven; i++) {
                String id = id(i);
                Instant t = t0.plusSeconds(i * 60L);
                add(batch, i, new OpgaveRegisteredEvent(id, "Opgave " + i, "omschrijving", "thema-" + (i % 20),
                        "gebied-" + (i % 7), "wethouder", by("projectbureau", "PROJECTBUREAU", t)));
                add(batch, i, new IntakeRecordedEvent(id, new Voorscheider.Antwoorden(Voorscheider.Idee.BEKEND,
                        Voorscheider.Netwerk.VOORSPELBAAR, Voorscheider.Besluitvorming.GERICHT, 4, 4, false),
                        new Voorscheider.Advies(Voorscheider.Procestype.MAAKPROCES,
                                Voorscheider.Verplichting.RESULTAATSVERPLICHTING, Voorscheider.Complexiteit.SIMPEL,
                                Werkwijze.PROJECT, List.of("a", "b")), by("projectbureau", "PROJECTBUREAU", t)));
                add(batch, i, new WerkwijzeChosenEvent(id, Werkwijze.PROJECT, Werkwijze.PROJECT, i % 10 == 0,
                        by("projectbureau", "PROJECTBUREAU", t)));
                add(batch, i, new RolAssignedEvent(id, Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder-" + (i % 9), by("pb", "PROJECTBUREAU", t)));
                add(batch, i, new RolAssignedEvent(id, Rol.AMBTELIJK_OPDRACHTGEVER, "directeur-" + (i % 30), by("pb", "PROJECTBUREAU", t)));
                add(batch, i, new RolAssignedEvent(id, Rol.STURINGSPROFESSIONAL, "pl-" + (i % 200), by("pb", "PROJECTBUREAU", t)));
                add(batch, i, new ProcessLinkedEvent(id, "project", 1, 1L, 1000L + i, Attribution.byProcess("start", t)));
                int step = 0;
                while (sequence[i] < 96) {
                    String fase = FASEN[step % 4];
                    Instant at = t.plusSeconds(3600L * (++step));
                    add(batch, i, new FaseStartedEvent(id, fase, fase, step / 4, Attribution.byProcess("fase", at)));
                    add(batch, i, new DocumentAttachedEvent(id, "doc-" + step, "document " + fase, "1." + step,
                            "a".repeat(64), "dms://x", by("pl-" + (i % 200), "STURINGSPROFESSIONAL", at)));
                    add(batch, i, new GateOpenedEvent(id, fase, "Gate " + fase, fase, "document " + fase,
                            Rol.AMBTELIJK_OPDRACHTGEVER, List.of("GO", "NO_GO", "OVERDOEN"), Attribution.byProcess("gate", at)));
                    add(batch, i, new GateDecidedEvent(id, fase, "Gate " + fase, fase, step % 7 == 0 ? "OVERDOEN" : "GO",
                            "doc-" + step, "document " + fase, "1." + step, "a".repeat(64),
                            by("directeur-" + (i % 30), "AMBTELIJK_OPDRACHTGEVER", at)));
                }
                String baat = "baat-" + i;
                batch.add(new GenericDomainEventMessage<>("Baat", baat, 0, new BaatRegisteredEvent(baat, id, "baat", "doel-" + (i % 5),
                        "indicator", "n", BigDecimal.TEN, BigDecimal.ONE, LocalDate.of(2027, 1, 1), "pl-" + (i % 200),
                        List.of(id((i + 1) % opgaven)), by("pb", "PROJECTBUREAU", t))));
                batch.add(new GenericDomainEventMessage<>("Baat", baat, 1, new BaatMetingRecordedEvent(baat, id,
                        MetingSoort.GEREALISEERD, LocalDate.of(2025, 1, 1), BigDecimal.valueOf(5), by("pb", "PROJECTBUREAU", t))));
                String moment = "2025-VOORJAARSNOTA";
                String rapportage = "vgr:" + moment + ":" + id;
                batch.add(new GenericDomainEventMessage<>("Voortgangsrapportage", rapportage, 0,
                        new VoortgangsrapportageSubmittedEvent(rapportage, moment, id, 1, BigDecimal.valueOf(100000),
                                BigDecimal.valueOf(40000), BigDecimal.valueOf(110000), RapportageStatus.GROEN,
                                LocalDate.of(2025, 4, 15), i % 5 == 0, by("pb", "PROJECTBUREAU", t))));
                count += sequence[i] + 3;
                if (batch.size() >= 1000) {
                    store.publish(batch);
                    batch.clear();
                }
            }
            store.publish(batch);
            return count + 6;
        }

        private void add(List<EventMessage<?>> batch, int i, Object event) {
            batch.add(new GenericDomainEventMessage<>("Opgave", id(i), sequence[i]++, event));
        }

        private static Attribution by(String actor, String role, Instant at) {
            return new Attribution(actor, role, at, "reden");
        }

        double p95(java.util.function.IntConsumer query) {
            for (int i = 0; i < 200; i++) {
                query.accept(i);
            }
            long[] times = new long[1000];
            for (int i = 0; i < times.length; i++) {
                long s = System.nanoTime();
                query.accept(i);
                times[i] = System.nanoTime() - s;
            }
            Arrays.sort(times);
            return times[(int) (times.length * 0.95)] / 1e6;
        }

        void lag() throws Exception {
            Map<String, Long> pending = new ConcurrentHashMap<>();
            List<Long> lags = java.util.Collections.synchronizedList(new ArrayList<>());
            ScheduledExecutorService load = Executors.newScheduledThreadPool(1);
            ScheduledExecutorService poll = Executors.newScheduledThreadPool(1);
            long periodMicros = 1_000_000L / rate;
            load.scheduleAtFixedRate(() -> {
                int i = random.nextInt(opgaven);
                synchronized (this) {
                    GenericDomainEventMessage<GateDecidedEvent> m = new GenericDomainEventMessage<>("Opgave", id(i),
                            sequence[i]++, new GateDecidedEvent(id(i), "nazorg", "Gate nazorg", "nazorg", "GO", null, null,
                            null, null, by("directeur", "AMBTELIJK_OPDRACHTGEVER", Instant.now())));
                    pending.put(m.getIdentifier(), System.nanoTime());
                    store.publish(m);
                }
            }, 0, periodMicros, TimeUnit.MICROSECONDS);
            poll.scheduleWithFixedDelay(() -> {
                if (pending.isEmpty()) {
                    return;
                }
                List<String> ids = new ArrayList<>(pending.keySet());
                String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
                long now = System.nanoTime();
                for (String seen : jdbc.queryForList("select event_id from qs_vw_besluit where event_id in (" + in + ")",
                        String.class, ids.toArray())) {
                    Long sent = pending.remove(seen);
                    if (sent != null) {
                        lags.add(now - sent);
                    }
                }
            }, 5, 5, TimeUnit.MILLISECONDS);
            Thread.sleep(Duration.ofSeconds(lagSeconds).toMillis());
            load.shutdown();
            load.awaitTermination(10, TimeUnit.SECONDS);
            // the decisions published last are still measured; "unseen" are those not in the view 10 s after the load
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            poll.shutdown();
            poll.awaitTermination(10, TimeUnit.SECONDS);
            long[] sorted = lags.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                System.out.println("lag: no decisions observed");
                return;
            }
            System.out.printf("lag under %d decisions/s for %d s: %d observed, p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d unseen 10 s after the load)%n",
                    rate, lagSeconds, sorted.length, sorted[sorted.length / 2] / 1e6,
                    sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6, pending.size());
        }
    }
}
