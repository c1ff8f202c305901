package nl.opgaveengine.query.opgave.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import nl.opgaveengine.query.opgave.OpgaveDetail;
import nl.opgaveengine.query.opgave.OpgaveDetailRepository;
import nl.opgaveengine.query.opgave.OpgaveWijzigingen;
import nl.opgaveengine.query.web.ApiVersion;
import nl.opgaveengine.query.web.OpgaveNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves {@code GET /v1/opgaven/{opgaveId}}: the detail of one opgave, with an ETag of its content.
 *
 * <p>{@code If-None-Match} with that ETag answers 304 when nothing changed. Adding {@code Prefer: wait=n} (RFC 7240,
 * at most {@value #MAX_WAIT_SECONDS} seconds) holds the answer until the view changes or the time is up: a client
 * waiting for a gate to open, or for its own decision to show, gets one answer per change instead of polling.
 */
@RestController
public class OpgaveDetailController {

    static final int MAX_WAIT_SECONDS = 30;
    private static final Pattern WAIT = Pattern.compile("(?:^|[,;\\s])wait=(\\d{1,9})(?:$|[,;\\s])");

    private final OpgaveDetailRepository repository;
    private final OpgaveWijzigingen wijzigingen;
    private final ObjectMapper json;
    /**
     * Re-reads the view for waiting requests, off the projection's thread that signalled the change, and ends the
     * waits that saw no change.
     */
    private final ScheduledExecutorService herlezen = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "opgave-detail-wachten");
        thread.setDaemon(true);
        return thread;
    });

    public OpgaveDetailController(OpgaveDetailRepository repository, OpgaveWijzigingen wijzigingen, ObjectMapper json) {
        this.repository = repository;
        this.wijzigingen = wijzigingen;
        this.json = json;
    }

    @PreDestroy
    void stop() {
        herlezen.shutdownNow();
    }

    @GetMapping("/v1/opgaven/{opgaveId}")
    public ResponseEntity<OpgaveDetail> detail(@PathVariable String opgaveId) {
        return answer(read(opgaveId), 0);
    }

    /**
     * The same detail for a client that holds an ETag and may wait ({@code If-None-Match} and {@code Prefer: wait=n}):
     * answered at the first change of the view, or with 304 when the wait ends without one. Without a wait, or when
     * the client's ETag is no longer current, it answers at once.
     */
    @GetMapping(path = "/v1/opgaven/{opgaveId}", headers = {"If-None-Match", "Prefer"})
    public DeferredResult<ResponseEntity<OpgaveDetail>> detailNaWijziging(
            @PathVariable String opgaveId,
            @RequestHeader(name = "If-None-Match") String ifNoneMatch,
            @RequestHeader(name = "Prefer") String prefer) {
        int waitSeconds = Math.min(MAX_WAIT_SECONDS, requestedWait(prefer));
        DeferredResult<ResponseEntity<OpgaveDetail>> result =
                new DeferredResult<>(TimeUnit.SECONDS.toMillis(waitSeconds + 10L));
        if (waitSeconds == 0) {
            result.setResult(answer(read(opgaveId), 0));
        } else {
            new Wachtend(opgaveId, ifNoneMatch, waitSeconds, result).start();
        }
        return result;
    }

    /** One request waiting for a change of one opgave's detail, answered exactly once. */
    private final class Wachtend {
        private final String opgaveId;
        private final String ifNoneMatch;
        private final int waitSeconds;
        private final DeferredResult<ResponseEntity<OpgaveDetail>> result;
        private final AtomicBoolean beantwoord = new AtomicBoolean();
        private volatile OpgaveWijzigingen.Wachter wachter;
        private volatile ScheduledFuture<?> verloop;

        Wachtend(String opgaveId, String ifNoneMatch, int waitSeconds,
                 DeferredResult<ResponseEntity<OpgaveDetail>> result) {
            this.opgaveId = opgaveId;
            this.ifNoneMatch = ifNoneMatch;
            this.waitSeconds = waitSeconds;
            this.result = result;
        }

        /** Registers first, then reads: a change in between fires the wait and the view is read again. */
        void start() {
            result.onCompletion(this::opruimen);
            wachter = wijzigingen.wacht(opgaveId, this::gewijzigd);
            Versie current;
            try {
                current = read(opgaveId);
            } catch (RuntimeException e) {
                opruimen();
                throw e;
            }
            if (!current.matches(ifNoneMatch)) {
                beantwoord(current, 0);
                return;
            }
            verloop = herlezen.schedule(this::verlopen, waitSeconds, TimeUnit.SECONDS);
            if (beantwoord.get()) {
                verloop.cancel(false);
            }
        }

        /** Runs on the projection's thread after its commit: hands the re-read on. */
        private void gewijzigd() {
            herlezen.execute(() -> {
                if (beantwoord.get()) {
                    return;
                }
                try {
                    wachter = wijzigingen.wacht(opgaveId, this::gewijzigd);
                    Versie now = read(opgaveId);
                    if (!now.matches(ifNoneMatch)) {
                        beantwoord(now, waitSeconds);
                    }
                } catch (RuntimeException e) {
                    fout(e);
                }
            });
        }

        private void verlopen() {
            try {
                beantwoord(read(opgaveId), waitSeconds);
            } catch (RuntimeException e) {
                fout(e);
            }
        }

        private void beantwoord(Versie versie, int waited) {
            if (beantwoord.compareAndSet(false, true)) {
                opruimen();
                result.setResult(answer(versie, waited));
            }
        }

        private void fout(RuntimeException e) {
            if (beantwoord.compareAndSet(false, true)) {
                opruimen();
                result.setErrorResult(e);
            }
        }

        private void opruimen() {
            beantwoord.set(true);
            wijzigingen.stop(opgaveId, wachter);
            ScheduledFuture<?> v = verloop;
            if (v != null) {
                v.cancel(false);
            }
        }
    }

    /** 200 with the ETag; Spring answers 304 instead when the request's If-None-Match holds that ETag. */
    private ResponseEntity<OpgaveDetail> answer(Versie versie, int waitedSeconds) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.ok().header(ApiVersion.HEADER, ApiVersion.VALUE)
                .eTag(versie.etag());
        if (waitedSeconds > 0) {
            builder.header("Preference-Applied", "wait=" + waitedSeconds);
        }
        return builder.body(versie.detail());
    }

    private Versie read(String opgaveId) {
        OpgaveDetail detail = repository.find(opgaveId).orElseThrow(() -> new OpgaveNotFoundException(opgaveId));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(detail));
            return new Versie(detail, "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot compute the ETag of opgave " + opgaveId, e);
        }
    }

    /** The seconds of a {@code wait=n} preference, 0 when there is none. */
    static int requestedWait(String prefer) {
        if (prefer == null) {
            return 0;
        }
        Matcher matcher = WAIT.matcher(prefer.toLowerCase(Locale.ROOT));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private record Versie(OpgaveDetail detail, String etag) {

        /** True when one of the client's entity tags is this content's (weak comparison, RFC 9110 8.8.3.2). */
        boolean matches(String ifNoneMatch) {
            String mine = etag.substring(2);
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.trim();
                if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(mine)) {
                    return true;
                }
            }
            return false;
        }
    }
}
