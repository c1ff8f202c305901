package nl.opgaveengine.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.opgaveengine.api.error.ErrorCode;
import org.springframework.http.MediaType;

/** Writes refusals of the security filters as RFC 9457 problem details, like the controllers do. */
final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail, Map<String, Object> extra)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("status", status);
        body.put("title", title);
        body.put("detail", detail);
        body.putAll(extra);
        response.setStatus(status);
        response.setHeader("API-Version", "1.0.0");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), body);
    }

    static void write(HttpServletResponse response, ErrorCode code, String detail, Map<String, Object> extra)
            throws IOException {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("code", code.name());
        all.putAll(extra);
        write(response, code.httpStatus(), code.title(), detail, all);
    }
}
