package nl.opgaveengine.app.security;

import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hands a browser client its CSRF token (also set as the cookie {@code XSRF-TOKEN}); it sends the token back in
 * the header {@code X-XSRF-TOKEN} with every write. API clients without a browser need none.
 */
@RestController
public class CsrfTokenController {

    @GetMapping("/v1/csrf")
    public Map<String, String> token(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }
}
