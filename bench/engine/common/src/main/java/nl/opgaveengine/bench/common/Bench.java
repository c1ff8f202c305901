package nl.opgaveengine.bench.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The load loop shared by every engine: {@code threads} threads each run one process instance from start to end,
 * again and again, for the warm-up and then for the measurement window. An instance counts when it started and
 * ended inside the window; its latency is start → end as seen by the thread that drove it.
 * <p>
 * Around the window the database's own counters ({@code pg_stat_database}) are read, so every figure also says how
 * many transactions and row writes one instance cost.
 */
public final class Bench {

    /** Runs one process instance from start to end; {@code thread} is 0 … threads-1. */
    @FunctionalInterface
    public interface Scenario {
        void runOne(int thread) throws Exception;
    }

    /** Command line: --out DIR --jdbc URL --warmup S --measure S --threads 1,4 --models a,b --variants x,y. */
    public record Options(Path out, String jdbcUrl, String database, int warmupSeconds, int measureSeconds,
                          List<Integer> threads, List<String> models, List<String> variants, String history) {

        public static Options parse(String[] args) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                map.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            String database = map.getOrDefault("db", "bench");
            return new Options(Path.of(map.getOrDefault("out", "results/manual")),
                    map.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/" + database),
                    database,
                    Integer.parseInt(map.getOrDefault("warmup", "10")),
                    Integer.parseInt(map.getOrDefault("measure", "20")),
                    Arrays.stream(map.getOrDefault("threads", "1,4").split(",")).map(String::trim)
                            .map(Integer::parseInt).toList(),
                    List.of(map.getOrDefault("models", "one-task,project").split(",")),
                    List.of(map.getOrDefault("variants", "").split(",")).stream().filter(s -> !s.isBlank()).toList(),
                    map.getOrDefault("history", ""));
        }
    }

    public record Result(String engine, String variant, String model, String history, int threads,
                         int warmupSeconds, int measureSeconds, long instances, double throughput, double p50Ms,
                         double p99Ms, double meanMs, double maxMs, long errors, String firstError,
                         double commitsPerInstance, double rowsInsertedPerInstance, double rowsUpdatedPerInstance,
                         double rowsDeletedPerInstance, Instant startedAt) {
    }

    private Bench() {
    }

    public static Result run(Options options, String engine, String variant, String model, String history,
                             int threads, Scenario scenario) throws Exception {
        Duration warmup = Duration.ofSeconds(options.warmupSeconds());
        Duration measure = Duration.ofSeconds(options.measureSeconds());
        System.out.printf(Locale.ROOT, "[%s] %s/%s/%s threads=%d: warm-up %ds, measure %ds%n", Instant.now(), engine,
                variant, model, threads, warmup.toSeconds(), measure.toSeconds());
        long begin = System.nanoTime();
        long windowStart = begin + warmup.toNanos();
        long windowEnd = windowStart + measure.toNanos();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[threads];
        CountDownLatch done = new CountDownLatch(threads);
        AtomicReference<long[]> dbBefore = new AtomicReference<>();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            perThread.add(new long[1 << 16]);
        }
        for (int t = 0; t < threads; t++) {
            final int thread = t;
            workers[t] = new Thread(() -> {
                long[] latencies = perThread.get(thread);
                try {
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= windowEnd) {
                            break;
                        }
                        try {
                            scenario.runOne(thread);
                        } catch (Exception | AssertionError e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e.toString());
                            continue;
                        }
                        long end = System.nanoTime();
                        if (start >= windowStart && end <= windowEnd) {
                            if (counts[thread] == latencies.length) {
                                latencies = Arrays.copyOf(latencies, latencies.length * 2);
                                perThread.set(thread, latencies);
                            }
                            latencies[counts[thread]++] = end - start;
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-" + t);
        }
        for (Thread worker : workers) {
            worker.start();
        }
        // read the database counters at the start and the end of the window
        sleepUntil(windowStart);
        dbBefore.set(dbCounters(options));
        sleepUntil(windowEnd);
        done.await();
        Thread.sleep(1100); // PostgreSQL flushes its statistics at most once a second
        long[] dbAfter = dbCounters(options);

        int total = 0;
        for (int c : counts) {
            total += c;
        }
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        double mean = total == 0 ? 0 : Arrays.stream(all).average().orElse(0) / 1e6;
        double[] db = new double[4];
        for (int i = 0; i < 4; i++) {
            long[] before = dbBefore.get();
            db[i] = total == 0 || before == null || dbAfter == null ? Double.NaN
                    : (double) (dbAfter[i] - before[i]) / total;
        }
        Result result = new Result(engine, variant, model, history, threads, options.warmupSeconds(),
                options.measureSeconds(), total, total / (double) measure.toSeconds(), percentile(all, 0.50),
                percentile(all, 0.99), mean, total == 0 ? 0 : all[total - 1] / 1e6, errors.get(), firstError.get(),
                db[0], db[1], db[2], db[3], Instant.now());
        write(options, result, all);
        System.out.printf(Locale.ROOT, "    -> %d instances, %.1f/s, p50 %.2f ms, p99 %.2f ms, errors %d%s%n", total,
                result.throughput(), result.p50Ms(), result.p99Ms(), result.errors(),
                result.firstError() == null ? "" : " (first: " + result.firstError() + ")");
        return result;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    /** xact_commit, tup_inserted, tup_updated, tup_deleted of the benchmark database. */
    private static long[] dbCounters(Options options) {
        try (Connection connection = DriverManager.getConnection(options.jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("select pg_stat_clear_snapshot()");
            try (ResultSet rs = statement.executeQuery("select xact_commit, tup_inserted, tup_updated, tup_deleted "
                    + "from pg_stat_database where datname = current_database()")) {
                rs.next();
                return new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
            }
        } catch (Exception e) {
            System.out.println("    (database counters not read: " + e + ")");
            return null;
        }
    }

    private static final String CSV_HEADER = "engine,variant,model,history,threads,warmup_s,measure_s,instances,"
            + "throughput_per_s,p50_ms,p99_ms,mean_ms,max_ms,errors,commits_per_instance,rows_inserted_per_instance,"
            + "rows_updated_per_instance,rows_deleted_per_instance,finished_at";

    private static synchronized void write(Options options, Result r, long[] sortedLatencies) {
        try {
            Files.createDirectories(options.out());
            Path csv = options.out().resolve("results.csv");
            if (!Files.exists(csv)) {
                Files.writeString(csv, CSV_HEADER + "\n", StandardCharsets.UTF_8);
            }
            String line = String.format(Locale.ROOT, "%s,%s,%s,%s,%d,%d,%d,%d,%.2f,%.3f,%.3f,%.3f,%.3f,%d,%.2f,%.2f,%.2f,%.2f,%s%n",
                    r.engine(), r.variant(), r.model(), r.history(), r.threads(), r.warmupSeconds(),
                    r.measureSeconds(), r.instances(), r.throughput(), r.p50Ms(), r.p99Ms(), r.meanMs(), r.maxMs(),
                    r.errors(), r.commitsPerInstance(), r.rowsInsertedPerInstance(), r.rowsUpdatedPerInstance(),
                    r.rowsDeletedPerInstance(), r.startedAt());
            Files.writeString(csv, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            String name = r.engine() + "_" + r.variant() + "_" + r.model() + "_t" + r.threads();
            StringBuilder json = new StringBuilder("{");
            json.append(String.format(Locale.ROOT, "\"engine\":\"%s\",\"variant\":\"%s\",\"model\":\"%s\","
                            + "\"history\":\"%s\",\"threads\":%d,\"warmupSeconds\":%d,\"measureSeconds\":%d,"
                            + "\"instances\":%d,\"throughputPerSecond\":%.3f,\"p50Ms\":%.3f,\"p99Ms\":%.3f,"
                            + "\"meanMs\":%.3f,\"maxMs\":%.3f,\"errors\":%d,\"firstError\":%s,"
                            + "\"commitsPerInstance\":%.3f,\"rowsInsertedPerInstance\":%.3f,"
                            + "\"rowsUpdatedPerInstance\":%.3f,\"rowsDeletedPerInstance\":%.3f,\"finishedAt\":\"%s\","
                            + "\"latencyPercentilesMs\":{",
                    r.engine(), r.variant(), r.model(), r.history(), r.threads(), r.warmupSeconds(),
                    r.measureSeconds(), r.instances(), r.throughput(), r.p50Ms(), r.p99Ms(), r.meanMs(), r.maxMs(),
                    r.errors(), r.firstError() == null ? "null" : quote(r.firstError()),
                    nan(r.commitsPerInstance()), nan(r.rowsInsertedPerInstance()), nan(r.rowsUpdatedPerInstance()),
                    nan(r.rowsDeletedPerInstance()), r.startedAt()));
            double[] ps = {0.5, 0.75, 0.9, 0.95, 0.99, 0.999};
            for (int i = 0; i < ps.length; i++) {
                json.append(String.format(Locale.ROOT, "%s\"p%s\":%.3f", i == 0 ? "" : ",",
                        String.valueOf(ps[i] * 100).replaceAll("\\.0$", ""), percentile(sortedLatencies, ps[i])));
            }
            json.append("}}\n");
            Files.writeString(options.out().resolve(name + ".json"), json.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double nan(double v) {
        return Double.isNaN(v) ? -1 : v;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
}
