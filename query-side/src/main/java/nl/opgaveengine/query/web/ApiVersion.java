package nl.opgaveengine.query.web;

import org.springframework.http.ResponseEntity;

/** The version of the query API, sent in the {@code API-Version} header of every response (NL API Design Rules). */
public final class ApiVersion {

    public static final String HEADER = "API-Version";
    public static final String VALUE = "1.0.0";

    private ApiVersion() {
    }

    /** A 200 response with the body and the API-Version header. */
    public static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().header(HEADER, VALUE).body(body);
    }
}
