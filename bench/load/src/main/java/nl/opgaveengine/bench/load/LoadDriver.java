package nl.opgaveengine.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs opgaven through the project lifecycle over the REST API (register, intake, three roles, werkwijze, then per
 * gate: attach the document, wait until the gate is open, decide GO) and measures the gate decisions: accepted by the
 * API (latency of the POST, from its scheduled moment) and visible in the opgave detail view (end to end), at a fixed
 * rate ({@code --rate}) or as fast as {@code --concurrency} decisions in flight allow ({@code --rate 0}).
 * Every command carries an {@code Idempotency-Key} and is retried with it after a lost connection, a 5xx, or a 409
 * that says to retry; with {@code --acked FILE} every 2xx command is logged for the crash check.
 */
public final class LoadDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[][] GATES = {
            {"initiatief", "startdocument", "opdrachtgever"},
            {"definitie", "projectplan", "wethouder"},
            {"uitvoering", "uitvoeringsplan", "opdrachtgever"},
            {"nazorg", "overdrachts-en-evaluatierapport", "opdrachtgever"}};

    private final String base;
    private final HttpClient http;
    private final Map<String, String> auth = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<Ready> ready = new LinkedBlockingQueue<>();
    private final ExecutorService prep;
    private final ExecutorService deciders;
    private final ExecutorService watchers;
    private final PrintWriter acked;
    private final boolean keys;
    private volatile boolean running = true;
    /** Seconds a detail request may be held by the API until the detail changes; 0: poll instead (--wait). */
    private int waitSeconds = 10;
    private volatile boolean stopping;
    private final AtomicLong inFlight = new AtomicLong();
    private volatile boolean measuring;

    private final List<Long> apiLatency = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> endToEnd = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> visibleLag = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> projectionBacklog = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong visible = new AtomicLong();
    private final AtomicLong starved = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong commands = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong completedOpgaven = new AtomicLong();
    private final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();

    record Ready(String opgaveId, int gate) {
    }

    record Answer(int status, JsonNode body, String etag) {
    }

    LoadDriver(String base, int prepThreads, String ackedFile, boolean keys, String jwtKey) throws Exception {
        this.base = base;
        this.keys = keys;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .executor(Executors.newFixedThreadPool(8)).build();
        this.prep = Executors.newFixedThreadPool(prepThreads);
        this.deciders = Executors.newFixedThreadPool(256);
        this.watchers = Executors.newFixedThreadPool(128);
        this.acked = ackedFile == null ? null : new PrintWriter(new FileWriter(ackedFile, true), true);
        Map<String, String> roles = Map.of("projectbureau", "PROJECTBUREAU", "beheerder", "BEHEERDER",
                "controller", "CONTROLLER");
        for (String user : List.of("projectbureau", "projectleider", "opdrachtgever", "wethouder", "beheerder", "controller")) {
            auth.put(user, jwtKey == null
                    ? "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))
                    : "Bearer " + token(jwtKey, user, roles.get(user)));
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>(Map.of("base", "http://127.0.0.1:18080", "rate", "150",
                "concurrency", "32", "warmup", "10", "duration", "30", "prepare", "300", "prep-threads", "24",
                "keys", "true", "wait", "10"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (o.containsKey("print-token")) {
            // for the scripts: a bearer token for one user (roles as the demo users have them)
            Map<String, String> roles = Map.of("projectbureau", "PROJECTBUREAU", "beheerder", "BEHEERDER",
                    "controller", "CONTROLLER");
            System.out.println(token(o.get("jwt-key"), o.get("print-token"), roles.get(o.get("print-token"))));
            return;
        }
        LoadDriver driver = new LoadDriver(o.get("base"), Integer.parseInt(o.get("prep-threads")), o.get("acked"),
                Boolean.parseBoolean(o.get("keys")), o.get("jwt-key"));
        // on SIGTERM: start no new command, let the ones in flight finish (and be logged), then exit
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            driver.stopping = true;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
            while (driver.inFlight.get() > 0 && System.nanoTime() < until) {
                LockSupport.parkNanos(50_000_000);
            }
            if (driver.acked != null) {
                driver.acked.flush();
            }
        }));
        driver.waitSeconds = Integer.parseInt(o.get("wait"));
        driver.gebiedOpDeLijst();
        if (o.containsKey("serial")) {
            driver.serial(Integer.parseInt(o.get("serial")), o.get("label"));
            System.exit(0);
        }
        driver.run(Double.parseDouble(o.get("rate")), Integer.parseInt(o.get("concurrency")),
                Integer.parseInt(o.get("warmup")), Integer.parseInt(o.get("duration")), Integer.parseInt(o.get("prepare")),
                o.get("label"));
        System.exit(0);
    }

    void run(double rate, int concurrency, int warmupSeconds, int durationSeconds, int prepare, String label)
            throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < prepare; i++) {
            prep.submit(this::newOpgave);
        }
        // start once a good part of the pool is ready, so the first seconds are not starved
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (ready.size() < Math.min(prepare, Math.max(1, prepare * 3 / 4)) && System.nanoTime() < waitUntil) {
            LockSupport.parkNanos(50_000_000);
        }
        System.err.printf("prepared %d opgaven at an open gate in %.1f s%n", ready.size(),
                (System.nanoTime() - t0) / 1e9);
        Thread lag = new Thread(this::sampleProjections, "lag");
        lag.setDaemon(true);
        lag.start();

        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(durationSeconds);
        long acceptedAtStart = 0;
        long visibleAtStart = 0;
        long commandsAtStart = 0;
        Semaphore inFlight = new Semaphore(rate > 0 ? 10_000 : concurrency);
        long period = rate > 0 ? (long) (1e9 / rate) : 0;
        long next = start;
        while (System.nanoTime() < end) {
            if (!measuring && System.nanoTime() >= measureFrom) {
                acceptedAtStart = accepted.get();
                visibleAtStart = visible.get();
                commandsAtStart = commands.get();
                measuring = true;
            }
            long scheduled;
            if (rate > 0) {
                next += period;
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    LockSupport.parkNanos(sleep);
                }
                scheduled = next;
            } else {
                inFlight.acquire();
                scheduled = System.nanoTime();
            }
            Ready r = rate > 0 ? ready.poll() : ready.poll(100, TimeUnit.MILLISECONDS);
            if (r == null) {
                if (measuring) {
                    starved.incrementAndGet();
                }
                if (rate <= 0) {
                    inFlight.release();
                }
                continue;
            }
            long when = scheduled;
            deciders.submit(() -> {
                try {
                    decide(r, when);
                } finally {
                    if (rate <= 0) {
                        inFlight.release();
                    }
                }
            });
        }
        double seconds = durationSeconds;
        long acceptedN = accepted.get() - acceptedAtStart;
        long visibleN = visible.get() - visibleAtStart;
        long commandsN = commands.get() - commandsAtStart;
        measuring = false;
        running = false;
        report(label == null ? (rate > 0 ? "fixed " + (int) rate + "/s" : "max, " + concurrency + " in flight") : label,
                acceptedN / seconds, visibleN / seconds, commandsN / seconds);
        prep.shutdownNow();
        deciders.shutdownNow();
        watchers.shutdownNow();
    }

    /**
     * The service time of one command without queueing: one client attaches {@code n} documents to one opgave, one
     * after the other (the first fifth is warm-up), and the latency percentiles of the rest are reported.
     */
    void serial(int n, String label) {
        Answer registered = command("projectbureau", "POST", "/v1/opgaven", Map.of("titel", "Serieel " + UUID.randomUUID(),
                "omschrijving", "Servicetijd", "thema", "last", "gebied", "Bench", "initiatiefnemer", "wethouder"));
        String id = registered.body().path("opgaveId").asText();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            command("projectbureau", "POST", "/v1/opgaven/" + id + "/documenten", Map.of("naam", "bijlage-" + i,
                    "versie", "1.0", "contentHash", sha256(id + i), "referentie", "dms://" + id + "/" + i));
            if (i >= n / 5) {
                times.add(System.nanoTime() - t);
            }
        }
        long total = times.stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "RESULT %s: %d sequential commands (Idempotency-Key %s): p50 %s p95 %s p99 %s ms,"
                        + " %.1f commands/s%n", label == null ? "serial" : label, times.size(), keys ? "on" : "off",
                pct(times, 50), pct(times, 95), pct(times, 99), times.size() / (total / 1e9));
    }

    private void report(String label, double acceptedPerSecond, double visiblePerSecond, double commandsPerSecond) {
        System.out.printf(Locale.ROOT, "RESULT %s: decisions accepted %.1f/s, visible in detail %.1f/s, all 2xx commands"
                        + " %.1f/s; decision POST latency ms p50 %s p95 %s p99 %s (n=%d); accepted->visible ms p50 %s"
                        + " p95 %s p99 %s; scheduled->visible ms p50 %s p95 %s p99 %s; projection backlog events p50 %s"
                        + " p99 %s max %s; starved slots %d, retries %d, failures %d, refusals %s, opgaven done %d%n",
                label, acceptedPerSecond, visiblePerSecond, commandsPerSecond,
                pct(apiLatency, 50), pct(apiLatency, 95), pct(apiLatency, 99), apiLatency.size(),
                pct(visibleLag, 50), pct(visibleLag, 95), pct(visibleLag, 99),
                pct(endToEnd, 50), pct(endToEnd, 95), pct(endToEnd, 99),
                pctRaw(projectionBacklog, 50), pctRaw(projectionBacklog, 99), pctRaw(projectionBacklog, 100),
                starved.get(), retries.get(), failures.get(), refusals, completedOpgaven.get());
    }

    private static String pct(List<Long> nanos, int p) {
        List<Long> copy;
        synchronized (nanos) {
            copy = new ArrayList<>(nanos);
        }
        if (copy.isEmpty()) {
            return "-";
        }
        Collections.sort(copy);
        long v = copy.get(Math.min(copy.size() - 1, (int) Math.ceil(p / 100.0 * copy.size()) - 1));
        return String.format(Locale.ROOT, "%.1f", v / 1e6);
    }

    private static String pctRaw(List<Long> values, int p) {
        List<Long> copy;
        synchronized (values) {
            copy = new ArrayList<>(values);
        }
        if (copy.isEmpty()) {
            return "-";
        }
        Collections.sort(copy);
        return String.valueOf(copy.get(Math.max(0, Math.min(copy.size() - 1, (int) Math.ceil(p / 100.0 * copy.size()) - 1))));
    }

    private void newOpgave() {
        try {
            String title = "Last " + UUID.randomUUID();
            Answer registered = command("projectbureau", "POST", "/v1/opgaven", Map.of("titel", title,
                    "omschrijving", "Belastingproef", "thema", "last", "gebied", "Bench", "initiatiefnemer", "wethouder"));
            if (registered == null) {
                return;
            }
            String id = registered.body().path("opgaveId").asText();
            command("projectbureau", "PUT", "/v1/opgaven/" + id + "/intake", Map.of("idee", "BEKEND",
                    "netwerk", "VOORSPELBAAR", "besluitvorming", "GERICHT", "voorspelbaarheidPad", 4,
                    "tastbaarheidUitkomst", 4, "tijdsdruk", false));
            for (String[] r : new String[][] {{"BESTUURLIJK_OPDRACHTGEVER", "wethouder"},
                    {"AMBTELIJK_OPDRACHTGEVER", "opdrachtgever"}, {"STURINGSPROFESSIONAL", "projectleider"}}) {
                command("projectbureau", "POST", "/v1/opgaven/" + id + "/rollen",
                        Map.of("rol", r[0], "persoon", r[1], "reden", "Benoemd"));
            }
            command("projectbureau", "PUT", "/v1/opgaven/" + id + "/werkwijze", Map.of("werkwijze", "PROJECT"));
            toGate(id, 0);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            System.err.println("opgave setup failed: " + e);
        }
    }

    /** Attaches the gate's document and waits until the gate is open, then offers it for a decision. */
    private void toGate(String id, int gate) {
        String doc = GATES[gate][1];
        command("projectleider", "POST", "/v1/opgaven/" + id + "/documenten", Map.of("naam", doc, "versie", "1.0",
                "contentHash", sha256(id + doc), "referentie", "dms://" + id + "/" + doc));
        // generous: after a crash the model's next step waits for the job timeout (60 s) plus the restart
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        if (awaitDetail("projectleider", id, deadline, 50,
                detail -> GATES[gate][0].equals(detail.path("openGate").path("gateId").asText()))) {
            ready.add(new Ready(id, gate));
            return;
        }
        if (running) {
            failures.incrementAndGet();
            System.err.println("gate " + GATES[gate][0] + " of " + id + " did not open within 300 s");
        }
    }

    private void decide(Ready r, long scheduled) {
        String path = "/v1/opgaven/" + r.opgaveId() + "/besluiten";
        Answer answer = command(GATES[r.gate()][2], "POST", path,
                Map.of("gate", GATES[r.gate()][0], "uitkomst", "GO", "onderbouwing", "Akkoord, belastingproef"));
        long acceptedAt = System.nanoTime();
        if (answer == null) {
            return;
        }
        accepted.incrementAndGet();
        boolean measured = measuring;
        if (measured) {
            apiLatency.add(acceptedAt - scheduled);
        }
        watchers.submit(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            if (!awaitDetail("controller", r.opgaveId(), deadline, 10, detail -> decisions(detail) > r.gate())) {
                return;
            }
            long visibleAt = System.nanoTime();
            visible.incrementAndGet();
            if (measured) {
                endToEnd.add(visibleAt - scheduled);
                visibleLag.add(visibleAt - acceptedAt);
            }
            if (r.gate() + 1 < GATES.length) {
                prep.submit(() -> toGate(r.opgaveId(), r.gate() + 1));
            } else {
                completedOpgaven.incrementAndGet();
                prep.submit(this::newOpgave);
            }
        });
    }

    /**
     * Waits until the opgave's detail satisfies the condition: with {@code waitSeconds} > 0 by conditional requests
     * that the API holds until the detail changes ({@code If-None-Match} + {@code Prefer: wait=n}), otherwise by
     * polling every {@code pollMillis}. False when the deadline passes or the driver stops.
     */
    private boolean awaitDetail(String user, String opgaveId, long deadline, long pollMillis,
                                java.util.function.Predicate<JsonNode> condition) {
        String path = "/v1/opgaven/" + opgaveId;
        String etag = null;
        while (running && System.nanoTime() < deadline) {
            Answer detail = waitSeconds > 0 && etag != null
                    ? send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(waitSeconds + 20L))
                        .header("Authorization", auth.get(user)).header("If-None-Match", etag)
                        .header("Prefer", "wait=" + waitSeconds).GET().build())
                    : get(user, path);
            if (detail != null && detail.status() == 200) {
                if (condition.test(detail.body())) {
                    return true;
                }
                etag = detail.etag();
            } else if (detail != null && detail.status() == 304) {
                continue;
            } else {
                etag = null;
            }
            if (waitSeconds == 0 || etag == null) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(detail == null || detail.status() != 200
                        ? Math.max(pollMillis, 200) : pollMillis));
            }
        }
        return false;
    }

    private static int decisions(JsonNode detail) {
        int n = 0;
        for (JsonNode b : detail.path("besluiten")) {
            if ("GATE_BESLOTEN".equals(b.path("soort").asText())) {
                n++;
            }
        }
        return n;
    }

    private void sampleProjections() {
        while (running) {
            Answer status = get("beheerder", "/v1/beheer/projecties");
            if (status != null && measuring) {
                long worst = 0;
                for (JsonNode p : status.body().path("projecties")) {
                    // left out while unknown (a segment not yet claimed after a start): not counted as 0
                    if (p.path("achterstand").isNumber()) {
                        worst = Math.max(worst, p.path("achterstand").asLong());
                    }
                }
                projectionBacklog.add(worst);
            }
            LockSupport.parkNanos(500_000_000);
        }
    }

    /**
     * A command with a fresh Idempotency-Key, retried with the same key after a lost connection, a 5xx or a 409 that
     * invites a retry (a job worker's command on the same opgave went first, or the same key is still running);
     * null when refused otherwise or when it does not get through within two minutes.
     */
    private Answer command(String user, String method, String path, Object body) {
        if (stopping) {
            return null;
        }
        inFlight.incrementAndGet();
        try {
            return attempt(user, method, path, body);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /**
     * Puts the area the load's opgaven name ("Bench") on the list of areas; an opgave naming an area not on it is
     * refused. Already there (409) is fine; neither answer counts as a command of the run.
     */
    void gebiedOpDeLijst() {
        send(HttpRequest.newBuilder(URI.create(base + "/v1/gebieden")).timeout(Duration.ofSeconds(30))
                .header("Authorization", auth.get("beheerder")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"code\":\"Bench\",\"naam\":\"Belastingproef\",\"soort\":\"WIJK\"}")).build());
    }

    private Answer attempt(String user, String method, String path, Object body) {
        String key = UUID.randomUUID().toString();
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        long backoff = 20_000_000;
        while (System.nanoTime() < deadline) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", auth.get(user)).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text));
            if (keys) {
                request.header("Idempotency-Key", key);
            }
            Answer answer = send(request.build());
            if (answer != null && answer.status() / 100 == 2) {
                commands.incrementAndGet();
                if (acked != null) {
                    synchronized (acked) {
                        acked.println(key + "\t" + user + "\t" + method + "\t" + path + "\t" + answer.status() + "\t"
                                + answer.body());
                    }
                }
                return answer;
            }
            String code = answer == null ? "connection" : answer.body().path("code").asText(String.valueOf(answer.status()));
            boolean retry = answer == null || answer.status() >= 500 || (keys && answer.status() == 409
                    && ("CONCURRENT_MODIFICATION".equals(code) || "IDEMPOTENCY_KEY_IN_USE".equals(code)));
            if (!retry) {
                refusals.computeIfAbsent(method + " " + path.replaceAll("/v1/opgaven/[^/]+", "/v1/opgaven/{id}")
                        + " " + code, k -> new AtomicLong()).incrementAndGet();
                failures.incrementAndGet();
                return null;
            }
            if (Thread.currentThread().isInterrupted()) {
                // the run is over (pools shut down): do not spin on an interrupted thread
                failures.incrementAndGet();
                return null;
            }
            retries.incrementAndGet();
            LockSupport.parkNanos(backoff);
            backoff = Math.min(backoff * 2, 1_000_000_000);
        }
        failures.incrementAndGet();
        return null;
    }

    private Answer get(String user, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", auth.get(user)).GET().build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body() == null || response.body().isBlank()
                    ? JSON.nullNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body, response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** An RS256 token for the user, signed with the PKCS#8 PEM key whose public half the app was given. */
    private static String token(String pemFile, String user, String role) throws Exception {
        String pem = java.nio.file.Files.readString(java.nio.file.Path.of(pemFile))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        java.security.PrivateKey key = java.security.KeyFactory.getInstance("RSA")
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = System.currentTimeMillis() / 1000;
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(JSON.writeValueAsBytes(Map.of("sub", user, "preferred_username", user,
                "roles", role == null ? List.of() : List.of(role), "iat", now, "exp", now + 6 * 3600)));
        java.security.Signature signature = java.security.Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update((header + "." + claims).getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + "." + b64.encodeToString(signature.sign());
    }

    private static String sha256(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
