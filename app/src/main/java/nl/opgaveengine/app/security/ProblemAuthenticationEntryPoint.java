package nl.opgaveengine.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** A missing or wrong sign-in answers 401 as problem details, with a challenge per enabled sign-in method. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final boolean basic;
    private final boolean bearer;

    ProblemAuthenticationEntryPoint(boolean basic, boolean bearer) {
        this.basic = basic;
        this.bearer = bearer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean badToken = e instanceof OAuth2AuthenticationException;
        if (bearer) {
            response.addHeader("WWW-Authenticate", badToken
                    ? "Bearer realm=\"Opgave Engine\", error=\"invalid_token\"" : "Bearer realm=\"Opgave Engine\"");
        }
        // the web interface signs in with its own page: no Basic challenge, so the browser shows no dialog of its own
        boolean fromWebInterface = "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
        if (basic && !badToken && !fromWebInterface) {
            response.addHeader("WWW-Authenticate", "Basic realm=\"Opgave Engine\"");
        }
        String detail;
        if (badToken) {
            detail = "Het token is ongeldig, verlopen of niet van de geconfigureerde uitgever; meld je opnieuw aan.";
        } else if (basic && bearer) {
            detail = "Meld je aan met een token van de identity provider (Bearer) of met gebruikersnaam en wachtwoord"
                    + " (HTTP Basic).";
        } else if (bearer) {
            detail = "Meld je aan met een token van de identity provider (Bearer).";
        } else {
            detail = "Meld je aan met gebruikersnaam en wachtwoord (HTTP Basic).";
        }
        ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Niet aangemeld", detail, Map.of());
    }
}
