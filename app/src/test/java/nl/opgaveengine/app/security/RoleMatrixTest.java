package nl.opgaveengine.app.security;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.opgaveengine.app.Api;
import nl.opgaveengine.app.AppTestBase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The role matrix, request by request: who may do what, who gets 401 or 403 and why (the problem's {@code code}
 * and the role it names). Statuses other than 401/403 show that the request passed the role check and the
 * aggregate answered on its own rules.
 */
class RoleMatrixTest extends AppTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANONIEM = null;
    private static String opgaveId;

    private record Row(String user, String method, String path, Supplier<Object> body, int status, String code,
                       String vereisteRol) {
    }

    private final List<Row> rows = new ArrayList<>();

    private void row(String user, String method, String path, Supplier<Object> body, int status, String code,
                     String vereisteRol) {
        rows.add(new Row(user, method, path, body, status, code, vereisteRol));
    }

    private void row(String user, String method, String path, Supplier<Object> body, int status) {
        row(user, method, path, body, status, null, null);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsWhatTheMatrixSays() {
        if (opgaveId == null) {
            opgaveId = lopendProject("Rollenmatrix");
        }
        String o = "/v1/opgaven/" + opgaveId;
        Supplier<Object> registreer = () -> map("titel", "Matrix", "thema", "klimaat");
        Supplier<Object> intake = () -> map("idee", "BEKEND", "netwerk", "VOORSPELBAAR", "besluitvorming", "GERICHT",
                "voorspelbaarheidPad", 4, "tastbaarheidUitkomst", 4);
        Supplier<Object> rol = () -> map("rol", "LIJNMANAGER", "persoon", "lm-" + UUID.randomUUID(), "reden", "r");
        Supplier<Object> document = () -> map("naam", "notitie", "versie", "1", "contentHash", Api.sha256("n"),
                "referentie", "dms://n");
        Supplier<Object> besluit = () -> map("gate", "initiatief", "uitkomst", "MISSCHIEN", "onderbouwing", "o");
        Supplier<Object> mandaat = () -> map("rol", "BESTUURLIJK_OPDRACHTGEVER", "gemachtigde", "loco",
                "geldigTot", Instant.now().plus(7, ChronoUnit.DAYS).toString(), "reden", "vakantie");
        Supplier<Object> geen = () -> null;
        String controllerEnProjectbureau = TestJwtIssuer.bearer("auditor", "CONTROLLER", "PROJECTBUREAU");

        // registering, intake, werkwijze, roles: the project office
        row(PROJECTBUREAU, "POST", "/v1/opgaven", registreer, 201);
        row(TestJwtIssuer.bearer("pb-oidc", "PROJECTBUREAU"), "POST", "/v1/opgaven", registreer, 201);
        row(CONTROLLER, "POST", "/v1/opgaven", registreer, 403, "READ_ONLY_ROLE", null);
        row(controllerEnProjectbureau, "POST", "/v1/opgaven", registreer, 403, "READ_ONLY_ROLE", null);
        row(PROCESEIGENAAR, "POST", "/v1/opgaven", registreer, 403, "ROLE_REQUIRED", "PROJECTBUREAU");
        row(BEHEERDER, "POST", "/v1/opgaven", registreer, 403, "ROLE_REQUIRED", "PROJECTBUREAU");
        row(WETHOUDER, "POST", "/v1/opgaven", registreer, 403, "ROLE_REQUIRED", "PROJECTBUREAU");
        row(ANONIEM, "POST", "/v1/opgaven", registreer, 401);
        row(PROJECTBUREAU, "PUT", o + "/intake", intake, 409, "WERKWIJZE_ALREADY_CHOSEN", null);
        row(OPDRACHTGEVER, "PUT", o + "/intake", intake, 403, "ROLE_REQUIRED", "PROJECTBUREAU");
        row(CONTROLLER, "PUT", o + "/werkwijze", () -> map("werkwijze", "PROJECT"), 403, "READ_ONLY_ROLE", null);
        row(PROJECTBUREAU, "PUT", o + "/werkwijze", () -> map("werkwijze", "PROJECT"), 409);
        row(PROJECTBUREAU, "POST", o + "/rollen", rol, 201);
        row(WETHOUDER, "POST", o + "/rollen", rol, 403, "ROLE_REQUIRED", "PROJECTBUREAU");
        row(CONTROLLER, "POST", o + "/rollen", rol, 403, "READ_ONLY_ROLE", null);
        row(PROJECTBUREAU, "POST", o + "/rollen/_beeindigen", rol, 409, "ROL_NOT_HELD", null);
        row(PROJECTLEIDER, "POST", o + "/rollen/_beeindigen", rol, 403, "ROLE_REQUIRED", "PROJECTBUREAU");
        row(PROJECTLEIDER, "POST", o + "/rollen/_overdragen", () -> map("rol", "STURINGSPROFESSIONAL",
                "persoon", PROJECTLEIDER, "opvolger", "x", "reden", "r"), 403, "ROLE_REQUIRED", "PROJECTBUREAU");
        // documents, decisions, mandates: whoever holds an opgave role (the aggregate decides), never a controller
        row(PROJECTLEIDER, "POST", o + "/documenten", document, 201);
        row(WETHOUDER, "POST", o + "/documenten", document, 201);
        row(PROCESEIGENAAR, "POST", o + "/documenten", document, 403, "NO_MANDATE", null);
        row(CONTROLLER, "POST", o + "/documenten", document, 403, "READ_ONLY_ROLE", null);
        row(OPDRACHTGEVER, "POST", o + "/besluiten", besluit, 400, "UNKNOWN_OUTCOME", null);
        row(PROJECTLEIDER, "POST", o + "/besluiten", besluit, 403, "NO_MANDATE", "AMBTELIJK_OPDRACHTGEVER");
        row(PROJECTBUREAU, "POST", o + "/besluiten", besluit, 403, "NO_MANDATE", "AMBTELIJK_OPDRACHTGEVER");
        row(CONTROLLER, "POST", o + "/besluiten", besluit, 403, "READ_ONLY_ROLE", null);
        row(ANONIEM, "POST", o + "/besluiten", besluit, 401);
        row(WETHOUDER, "POST", o + "/mandaten", mandaat, 201);
        row(PROJECTLEIDER, "POST", o + "/mandaten", mandaat, 403, "NOT_MANDAATGEVER", "BESTUURLIJK_OPDRACHTGEVER");
        row(CONTROLLER, "POST", o + "/mandaten", mandaat, 403, "READ_ONLY_ROLE", null);
        // process models: the process owner changes them, everyone signed in reads them
        row(PROCESEIGENAAR, "MODEL", "/v1/procesmodellen", geen, 400, "INVALID_MODEL", null);
        row(PROJECTBUREAU, "MODEL", "/v1/procesmodellen", geen, 403, "ROLE_REQUIRED", "PROCESEIGENAAR");
        row(BEHEERDER, "MODEL", "/v1/procesmodellen", geen, 403, "ROLE_REQUIRED", "PROCESEIGENAAR");
        row(CONTROLLER, "MODEL", "/v1/procesmodellen", geen, 403, "READ_ONLY_ROLE", null);
        row(WETHOUDER, "GET", "/v1/procesmodellen", geen, 200);
        // reading: everyone signed in
        for (String user : List.of(PROJECTBUREAU, CONTROLLER, PROCESEIGENAAR, BEHEERDER, WETHOUDER)) {
            row(user, "GET", "/v1/opgaven", geen, 200);
        }
        row(TestJwtIssuer.bearer("lezer"), "GET", o, geen, 200);
        row(CONTROLLER, "GET", o + "/gebeurtenissen", geen, 200);
        row(ANONIEM, "GET", "/v1/opgaven", geen, 401);
        // verifying the event log: controller and administrator; checkpoints on demand: administrator
        row(CONTROLLER, "GET", "/v1/integriteit/verificatie", geen, 200);
        row(BEHEERDER, "GET", "/v1/integriteit/verificatie", geen, 200);
        row(PROJECTBUREAU, "GET", "/v1/integriteit/verificatie", geen, 403, "ROLE_REQUIRED", "BEHEERDER");
        row(PROCESEIGENAAR, "GET", "/v1/integriteit/checkpoints", geen, 403, "ROLE_REQUIRED", "BEHEERDER");
        row(CONTROLLER, "GET", "/v1/integriteit/sleutel", geen, 200);
        row(BEHEERDER, "POST", "/v1/integriteit/checkpoints", geen, 201);
        row(CONTROLLER, "POST", "/v1/integriteit/checkpoints", geen, 403, "READ_ONLY_ROLE", null);
        row(PROJECTBUREAU, "POST", "/v1/integriteit/checkpoints", geen, 403, "ROLE_REQUIRED", "BEHEERDER");
        // operations: administrator; health and the API document: everyone
        row(BEHEERDER, "GET", "/actuator/info", geen, 200);
        row(CONTROLLER, "GET", "/actuator/info", geen, 403, "ROLE_REQUIRED", "BEHEERDER");
        row(ANONIEM, "GET", "/actuator/health", geen, 200);
        row(ANONIEM, "GET", "/v1/openapi.json", geen, 200);

        return rows.stream().map(r -> DynamicTest.dynamicTest(who(r.user()) + " " + r.method() + " " + r.path()
                + " → " + r.status() + (r.code() == null ? "" : " " + r.code()), () -> check(r)));
    }

    private void check(Row r) throws Exception {
        Api.Answer answer;
        if ("MODEL".equals(r.method())) {
            answer = api.postMultipart(r.user(), r.path(), "bestand", "leeg.bpmn",
                    "<definitions/>".getBytes(StandardCharsets.UTF_8));
        } else {
            Object body = r.body().get();
            answer = api.request(r.user(), r.method(), r.path(), body == null ? null : "application/json",
                    body == null ? null : JSON.writeValueAsString(body));
        }
        answer.expect(r.status());
        if (r.code() != null) {
            assertThat(answer.text("code")).isEqualTo(r.code());
        }
        if (r.vereisteRol() != null) {
            assertThat(answer.body().toString()).contains(r.vereisteRol());
        }
        if (r.status() == 401 || r.status() == 403) {
            assertThat(answer.text("detail")).as("says why").isNotBlank();
            assertThat(answer.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/problem+json"));
        }
    }

    private static String who(String user) {
        if (user == null) {
            return "anoniem";
        }
        return user.startsWith("Bearer ") ? "oidc-gebruiker" : user;
    }
}
