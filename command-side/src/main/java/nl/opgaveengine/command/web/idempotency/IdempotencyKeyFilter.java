package nl.opgaveengine.command.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.opgaveengine.api.error.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The {@code Idempotency-Key} header on the command API (POST, PUT, PATCH, DELETE with a JSON or empty body).
 * The first request with a key runs in one database transaction that holds the command's events and, when the
 * answer is 2xx, the stored answer: both are committed, or neither. A repeat by the same principal with the same
 * method, path and body gets the stored answer (marked {@code Idempotent-Replayed: true}) and changes nothing; the
 * same key with another request is refused with 422. Refusals (4xx/5xx) are not stored: they changed nothing, so a
 * retry runs again. The answer reaches the client only after the commit, so a 2xx means the command is stored once.
 */
@Component
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyFilter.class);
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final IdempotencyKeyStore store;
    private final TransactionTemplate transactions;
    private final ObjectMapper json = new ObjectMapper();

    public IdempotencyKeyFilter(IdempotencyKeyStore store, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return request.getHeader(HEADER) == null || !METHODS.contains(request.getMethod())
                || !request.getRequestURI().startsWith("/v1/")
                || type != null && type.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            refuse(response, ErrorCode.INVALID_INPUT, "De header Idempotency-Key moet 1 tot 200 zichtbare "
                    + "ASCII-tekens zijn (bijvoorbeeld een UUID).");
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String principal = authentication.getName();
        byte[] body = request.getInputStream().readAllBytes();
        String hash = hash(request, body);

        Optional<IdempotencyKeyStore.StoredAnswer> earlier = store.find(principal, key);
        if (earlier.isPresent()) {
            replayOrRefuse(earlier.get(), hash, key, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            Boolean stored = transactions.execute(tx -> {
                // claims the key: a concurrent request with the same key waits here until this one ends
                store.claim(principal, key, hash);
                try {
                    chain.doFilter(new CachedBodyRequest(request, body), answer);
                } catch (IOException | ServletException e) {
                    throw new IllegalStateException(e);
                }
                int status = answer.getStatus();
                if (status >= 200 && status < 300) {
                    store.complete(principal, key, status, answer.getContentType(), answer.getHeader("Location"),
                            new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
                    return true;
                }
                tx.setRollbackOnly();
                return false;
            });
            LOG.debug("Idempotency-Key {} of {}: answer stored {}", key, principal, stored);
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException claimedMeanwhile) {
            // another request with this key committed first (or still runs): answer as a repeat of that one
            Optional<IdempotencyKeyStore.StoredAnswer> winner = store.find(principal, key);
            if (winner.isPresent()) {
                replayOrRefuse(winner.get(), hash, key, response);
            } else {
                refuse(response, ErrorCode.IDEMPOTENCY_KEY_IN_USE, "Een verzoek met Idempotency-Key '" + key
                        + "' loopt nog; probeer het zo opnieuw met dezelfde sleutel.");
            }
            return;
        } catch (TransactionException notCommitted) {
            LOG.warn("Command with Idempotency-Key {} not committed", key, notCommitted);
            response.reset();
            refuse(response, ErrorCode.CONCURRENT_MODIFICATION, "Het verzoek is niet vastgelegd; er is niets "
                    + "gewijzigd. Probeer het opnieuw met dezelfde Idempotency-Key.");
            return;
        }
        answer.copyBodyToResponse();
    }

    private void replayOrRefuse(IdempotencyKeyStore.StoredAnswer earlier, String hash, String key,
                                HttpServletResponse response) throws IOException {
        if (!earlier.requestHash().equals(hash)) {
            refuse(response, ErrorCode.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + key + "' is al gebruikt voor "
                    + "een ander verzoek (andere methode, pad of body); kies een nieuwe sleutel voor een nieuw verzoek.");
            return;
        }
        response.setStatus(earlier.status());
        response.setHeader(REPLAYED_HEADER, "true");
        if (earlier.contentType() != null) {
            response.setContentType(earlier.contentType());
        }
        if (earlier.location() != null) {
            response.setHeader("Location", earlier.location());
        }
        if (earlier.body() != null) {
            byte[] bytes = earlier.body().getBytes(StandardCharsets.UTF_8);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    private void refuse(HttpServletResponse response, ErrorCode code, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:opgave-engine:probleem:" + code.name().toLowerCase().replace('_', '-'));
        problem.put("title", code.title());
        problem.put("status", code.httpStatus());
        problem.put("detail", detail);
        problem.put("code", code.name());
        problem.put("parameter", HEADER);
        response.setStatus(code.httpStatus());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** SHA-256 over method, path with query and body: what makes two requests "the same request". */
    static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) ' ');
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            if (request.getQueryString() != null) {
                digest.update(("?" + request.getQueryString()).getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) '\n');
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read once (for the hash) and served again to the controller. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // the whole body is in memory already: it is available, and then all of it is read
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (java.io.IOException e) {
                        listener.onError(e);
                    }
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
