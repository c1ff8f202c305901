package nl.opgaveengine.app.security;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.opgaveengine.app.Api;
import nl.opgaveengine.app.AppTestBase;
import org.junit.jupiter.api.Test;

/** Sign-in with tokens of the OpenID Connect provider beside the demo users; the actor is always the principal. */
class OidcSignInTest extends AppTestBase {

    @Test
    void aTokenOfTheConfiguredIssuerSignsInWithItsNameAndRoles() {
        String opgaveId = api.post(TestJwtIssuer.bearer("a.jansen", "PROJECTBUREAU"), "/v1/opgaven",
                map("titel", "Via OIDC", "thema", "wonen")).expect(201).text("opgaveId");
        JsonNode events = api.awaitEvents(opgaveId, e -> e.size() >= 1);
        assertThat(events.get(0).path("actor").asText()).isEqualTo("a.jansen");
        assertThat(events.get(0).path("rol").asText()).isEqualTo("PROJECTBUREAU");
    }

    @Test
    void theActorComesFromTheTokenNeverFromTheBody() {
        Api.Answer answer = api.post(TestJwtIssuer.bearer("a.jansen", "PROJECTBUREAU"), "/v1/opgaven",
                map("titel", "Namens een ander", "thema", "wonen", "actor", "wethouder"));
        answer.expect(400);
        assertThat(answer.text("veld")).isEqualTo("actor");
    }

    @Test
    void rolesTheApplicationDoesNotKnowGiveNothing() {
        api.post(TestJwtIssuer.bearer("b.bakker", "ADMIN", "role_superuser"), "/v1/opgaven",
                map("titel", "x", "thema", "y")).expect(403);
        api.post(TestJwtIssuer.bearer("c.claes", "role_projectbureau"), "/v1/opgaven",
                map("titel", "x", "thema", "y")).expect(201);
    }

    @Test
    void expiredForgedOrForeignTokensAre401WithABearerChallenge() {
        for (String token : new String[]{TestJwtIssuer.expired("d", "PROJECTBUREAU"),
                TestJwtIssuer.forged("d", "PROJECTBUREAU"), TestJwtIssuer.otherIssuer("d", "PROJECTBUREAU"),
                "Bearer dit.is.geen-jwt"}) {
            Api.Answer answer = api.get(token, "/v1/opgaven").expect(401);
            assertThat(answer.raw().headers().allValues("WWW-Authenticate")).anySatisfy(
                    v -> assertThat(v).startsWith("Bearer").contains("invalid_token"));
            assertThat(answer.text("detail")).contains("token");
        }
    }

    @Test
    void withoutCredentialsBothChallengesAreOffered() {
        Api.Answer answer = api.get(null, "/v1/opgaven").expect(401);
        assertThat(answer.raw().headers().allValues("WWW-Authenticate"))
                .anySatisfy(v -> assertThat(v).startsWith("Bearer"))
                .anySatisfy(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void demoUsersKeepSigningInWithBasic() {
        api.get(CONTROLLER, "/v1/opgaven").expect(200);
        api.request("controller:fout", "GET", "/v1/opgaven", null, null).expect(401);
    }
}
