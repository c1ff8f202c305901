package nl.opgaveengine.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which writes need a CSRF token: those a browser may send with ambient credentials (a session cookie, or HTTP
 * Basic credentials it cached) on behalf of another site. A write needs the token when it arrives with a session,
 * when the browser marks it as coming from another site ({@code Sec-Fetch-Site}), or when its {@code Origin} is not
 * this server. API clients (curl, services with a bearer token) send none of these and need no token.
 */
class BrowserWriteRequestMatcher implements RequestMatcher {

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!AccessRules.isWrite(request.getMethod())) {
            return false;
        }
        if (request.getRequestedSessionId() != null) {
            return true;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !"same-origin".equalsIgnoreCase(site) && !"none".equalsIgnoreCase(site)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameOrigin(origin, request);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() != -1 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
            return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port
                    && request.getScheme().equalsIgnoreCase(uri.getScheme());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
