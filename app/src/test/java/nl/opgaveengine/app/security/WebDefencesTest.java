package nl.opgaveengine.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import nl.opgaveengine.app.Api;
import nl.opgaveengine.app.AppTestBase;
import org.junit.jupiter.api.Test;

/** Standard security headers on every answer, CSRF for browser writes, and no stack traces in any answer. */
class WebDefencesTest extends AppTestBase {

    private static final String REGISTREER = "{\"titel\":\"Csrf\",\"thema\":\"veiligheid\"}";

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (Api.Answer answer : new Api.Answer[]{api.get(CONTROLLER, "/v1/opgaven"), api.get(null, "/v1/opgaven"),
                api.post(CONTROLLER, "/v1/opgaven", REGISTREER)}) {
            HttpHeaders h = answer.raw().headers();
            assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(h.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(h.firstValue("Content-Security-Policy")).hasValueSatisfying(
                    v -> assertThat(v).contains("default-src 'none'").contains("frame-ancestors 'none'"));
            assertThat(h.firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(h.firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            assertThat(h.firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
            assertThat(h.firstValue("Permissions-Policy")).isPresent();
            assertThat(h.firstValue("Set-Cookie")).as("stateless: no session cookie").isEmpty();
        }
    }

    @Test
    void aBrowserWriteFromAnotherSiteIsRefusedEvenWithCachedBasicCredentials() {
        Api.Answer crossSite = api.request(PROJECTBUREAU, "POST", "/v1/opgaven", "application/json", REGISTREER,
                "Sec-Fetch-Site", "cross-site").expect(403);
        assertThat(crossSite.text("code")).isEqualTo("CSRF_REJECTED");
        Api.Answer foreignOrigin = api.request(PROJECTBUREAU, "POST", "/v1/opgaven", "application/json", REGISTREER,
                "Origin", "https://kwaadwillend.example").expect(403);
        assertThat(foreignOrigin.text("code")).isEqualTo("CSRF_REJECTED");
    }

    @Test
    void aBrowserClientGetsItsTokenAndWritesWithIt() {
        Api.Answer token = api.get(PROJECTBUREAU, "/v1/csrf").expect(200);
        String value = token.text("token");
        assertThat(token.raw().headers().firstValue("Set-Cookie")).hasValueSatisfying(
                c -> assertThat(c).startsWith("XSRF-TOKEN=" + value));
        api.request(PROJECTBUREAU, "POST", "/v1/opgaven", "application/json", REGISTREER, "Sec-Fetch-Site",
                "cross-site", "Cookie", "XSRF-TOKEN=" + value, "X-XSRF-TOKEN", value).expect(201);
        api.request(PROJECTBUREAU, "POST", "/v1/opgaven", "application/json", REGISTREER, "Sec-Fetch-Site",
                "cross-site", "Cookie", "XSRF-TOKEN=" + value, "X-XSRF-TOKEN", "geraden").expect(403);
    }

    @Test
    void aBrowserWriteWithTheCsrfTokenOrFromTheSameOriginPasses() {
        api.request(PROJECTBUREAU, "POST", "/v1/opgaven", "application/json", REGISTREER,
                "Sec-Fetch-Site", "same-site", "Cookie", "XSRF-TOKEN=token-123", "X-XSRF-TOKEN", "token-123")
                .expect(201);
        api.request(PROJECTBUREAU, "POST", "/v1/opgaven", "application/json", REGISTREER,
                "Sec-Fetch-Site", "same-origin", "Origin", "http://localhost:" + port).expect(201);
        api.request(PROJECTBUREAU, "POST", "/v1/opgaven", "application/json", REGISTREER).expect(201);
    }

    @Test
    void noAnswerShowsAStackTraceOrExceptionName() {
        Api.Answer[] answers = {
                api.get(CONTROLLER, "/v1/bestaat-niet"),
                api.request(CONTROLLER, "DELETE", "/v1/opgaven", null, null),
                api.request(PROJECTBUREAU, "POST", "/v1/opgaven", "text/plain", "titel=x"),
                api.request(PROJECTBUREAU, "POST", "/v1/opgaven", "application/json", "{\"titel\": [1,2"),
                api.get(CONTROLLER, "/v1/procesmodellen/geen-getal"),
                api.request(PROJECTBUREAU, "PUT", "/v1/opgaven/x/intake", "application/json", "null")};
        for (Api.Answer answer : answers) {
            assertThat(answer.status()).as(answer.raw().uri().toString()).isBetween(400, 499);
            String body = answer.raw().body();
            assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace")
                    .doesNotContain("org.springframework").doesNotContain("java.");
        }
    }
}
