package nl.opgaveengine.app;

import static nl.opgaveengine.app.Api.map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.opgaveengine.app.security.TestJwtIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, one context shared by every test class: H2 by default,
 * PostgreSQL under the Maven profile {@code postgres}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestJwtIssuer.Configuration.class)
public abstract class AppTestBase {

    protected static final String PROJECTBUREAU = "projectbureau";
    protected static final String WETHOUDER = "wethouder";
    protected static final String OPDRACHTGEVER = "opdrachtgever";
    protected static final String PROJECTLEIDER = "projectleider";
    protected static final String CONTROLLER = "controller";
    protected static final String PROCESEIGENAAR = "proceseigenaar";
    protected static final String BEHEERDER = "beheerder";

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    /**
     * Puts an area on the municipality's list unless it is there already (opgaven, initiatives and players may only
     * name listed areas); the shared application context keeps areas between test classes.
     */
    protected void gebied(String code) {
        int status = api.post(BEHEERDER, "/v1/gebieden", map("code", code, "naam", "Gebied " + code, "soort", "WIJK"))
                .status();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Gebied " + code + " niet vastgelegd: " + status);
        }
    }

    /** Registers a project, does its intake, assigns the sturingsdriehoek and waits for the first gate. */
    protected String lopendProject(String titel) {
        gebied("Oost");
        String opgaveId = api.post(PROJECTBUREAU, "/v1/opgaven", map(
                "titel", titel, "omschrijving", "Wateroverlast beperken", "thema", "klimaat",
                "gebied", "Oost", "initiatiefnemer", "wethouder")).expect(201).text("opgaveId");
        api.put(PROJECTBUREAU, "/v1/opgaven/" + opgaveId + "/intake", map(
                "idee", "BEKEND", "netwerk", "VOORSPELBAAR", "besluitvorming", "GERICHT",
                "voorspelbaarheidPad", 4, "tastbaarheidUitkomst", 4, "tijdsdruk", false)).expect(200);
        assign(opgaveId, "BESTUURLIJK_OPDRACHTGEVER", WETHOUDER);
        assign(opgaveId, "AMBTELIJK_OPDRACHTGEVER", OPDRACHTGEVER);
        assign(opgaveId, "STURINGSPROFESSIONAL", PROJECTLEIDER);
        api.put(PROJECTBUREAU, "/v1/opgaven/" + opgaveId + "/werkwijze", map("werkwijze", "PROJECT")).expect(200);
        api.awaitOpgave(opgaveId, gateOpen("initiatief"));
        return opgaveId;
    }

    protected void assign(String opgaveId, String rol, String persoon) {
        api.post(PROJECTBUREAU, "/v1/opgaven/" + opgaveId + "/rollen",
                map("rol", rol, "persoon", persoon, "reden", "Benoemd door het college")).expect(201);
    }

    protected String attach(String opgaveId, String naam) {
        return api.post(PROJECTLEIDER, "/v1/opgaven/" + opgaveId + "/documenten", map(
                "naam", naam, "versie", "1.0", "contentHash", Api.sha256(naam + opgaveId),
                "referentie", "dms://" + opgaveId + "/" + naam)).expect(201).text("documentId");
    }

    protected Api.Answer decide(String user, String opgaveId, String gate, String uitkomst, String onderbouwing) {
        return api.post(user, "/v1/opgaven/" + opgaveId + "/besluiten",
                map("gate", gate, "uitkomst", uitkomst, "onderbouwing", onderbouwing));
    }

    protected static java.util.function.Predicate<JsonNode> gateOpen(String gate) {
        return detail -> gate.equals(detail.path("openGate").path("gateId").asText());
    }

    protected static java.util.function.Predicate<JsonNode> status(String status) {
        return detail -> status.equals(detail.path("status").asText());
    }
}
