package nl.opgaveengine.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.opgaveengine.api.error.ErrorCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** A refused request answers 403 as problem details that name the role it needs, or why it was refused. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            ProblemResponses.write(response, ErrorCode.CSRF_REJECTED, "Een wijziging vanuit een browser van een"
                    + " andere site (of zonder CSRF-token in een browsersessie) is geweigerd; stuur het token uit de"
                    + " cookie XSRF-TOKEN mee in de header X-XSRF-TOKEN.", Map.of());
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        for (AccessRules.Rule rule : AccessRules.rules()) {
            if (rule.matcher().matches(request)) {
                AccessRules.Refusal refusal = AccessRules.refusal(rule, request.getMethod(), authentication);
                if (refusal != null) {
                    Map<String, Object> extra = new LinkedHashMap<>();
                    if (refusal.vereisteRollen() != null) {
                        extra.put("vereisteRol", refusal.vereisteRollen().get(0));
                        extra.put("vereisteRollen", refusal.vereisteRollen());
                    }
                    ProblemResponses.write(response, "READ_ONLY".equals(refusal.kind())
                            ? ErrorCode.READ_ONLY_ROLE : ErrorCode.ROLE_REQUIRED, refusal.detail(), extra);
                    return;
                }
                break;
            }
        }
        ProblemResponses.write(response, ErrorCode.ROLE_REQUIRED, "Deze handeling is niet toegestaan voor "
                + (authentication == null ? "deze gebruiker" : authentication.getName()) + ".", Map.of());
    }
}
