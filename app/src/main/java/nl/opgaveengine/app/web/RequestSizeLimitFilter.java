package nl.opgaveengine.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies larger than {@code opgave.web.max-json-body} (1 MB) before anything reads them; file uploads
 * (multipart) have their own limit. Bodies without a declared length are cut off at the same size.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    public RequestSizeLimitFilter(@Value("${opgave.web.max-json-body:1MB}") DataSize max) {
        this.maxBytes = max.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        if (!multipart && request.getContentLengthLong() > maxBytes) {
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"urn:opgave-engine:probleem:payload-too-large\",\"status\":413,"
                    + "\"title\":\"Te groot\",\"code\":\"PAYLOAD_TOO_LARGE\",\"detail\":\"De body is groter dan "
                    + DataSize.ofBytes(maxBytes).toKilobytes() + " kB; er is niets opgeslagen.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
