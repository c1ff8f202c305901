package nl.opgaveengine.app.security;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.opgaveengine.app.Api;
import nl.opgaveengine.app.AppTestBase;
import org.junit.jupiter.api.Test;

/**
 * Delegation and succession end to end: the alderman delegates the decision mandate to a named stand-in, who
 * decides the gate (the event records both names); after an election the successor inherits the open decision.
 */
class MandaatEndToEndTest extends AppTestBase {

    private static final String LOCO = TestJwtIssuer.bearer("loco-wethouder");
    private static final String OPVOLGER = TestJwtIssuer.bearer("nieuwe-wethouder");

    private String projectAtGateDefinitie(String titel) {
        String opgaveId = lopendProject(titel);
        attach(opgaveId, "startdocument");
        decide(OPDRACHTGEVER, opgaveId, "initiatief", "GO", "Startdocument akkoord").expect(201);
        api.awaitOpgave(opgaveId, gateOpen("definitie"));
        attach(opgaveId, "projectplan");
        return opgaveId;
    }

    private Api.Answer delegate(String user, String opgaveId, String gemachtigde) {
        return api.post(user, "/v1/opgaven/" + opgaveId + "/mandaten", map("rol", "BESTUURLIJK_OPDRACHTGEVER",
                "gemachtigde", gemachtigde, "geldigTot", Instant.now().plus(14, ChronoUnit.DAYS).toString(),
                "reden", "Reces: de loco-wethouder beslist"));
    }

    @Test
    void aDecisionUnderDelegationRecordsBothNames() {
        String opgaveId = projectAtGateDefinitie("Mandaat Oost");
        decide(LOCO, opgaveId, "definitie", "GO", "Zonder mandaat").expect(403);
        String mandaatId = delegate(WETHOUDER, opgaveId, "loco-wethouder").expect(201).text("mandaatId");

        decide(LOCO, opgaveId, "definitie", "GO", "Projectplan akkoord namens de wethouder").expect(201);
        JsonNode events = api.awaitEvents(opgaveId, e -> e.toString().contains("namens de wethouder"));
        JsonNode decision = null;
        for (JsonNode e : events) {
            if ("GateDecidedEvent".equals(e.path("type").asText()) && "definitie".equals(e.path("payload").path("gateId").asText())) {
                decision = e;
            }
        }
        assertThat(decision).isNotNull();
        assertThat(decision.path("actor").asText()).isEqualTo("loco-wethouder");
        assertThat(decision.path("rol").asText()).isEqualTo("BESTUURLIJK_OPDRACHTGEVER");
        JsonNode namens = decision.path("payload").path("attribution").path("namens");
        assertThat(namens.path("mandaatgever").asText()).isEqualTo(WETHOUDER);
        assertThat(namens.path("mandaatId").asText()).isEqualTo(mandaatId);
        assertThat(events.toString()).contains("MandaatDelegatedEvent");
    }

    @Test
    void aRevokedMandateNoLongerDecides() {
        String opgaveId = projectAtGateDefinitie("Mandaat ingetrokken");
        String mandaatId = delegate(WETHOUDER, opgaveId, "loco-wethouder").expect(201).text("mandaatId");
        api.post(LOCO, "/v1/opgaven/" + opgaveId + "/mandaten/" + mandaatId + "/_intrekken", map("reden", "nee"))
                .expect(403);
        api.post(WETHOUDER, "/v1/opgaven/" + opgaveId + "/mandaten/" + mandaatId + "/_intrekken",
                map("reden", "Terug van reces")).expect(200);
        Api.Answer refused = decide(LOCO, opgaveId, "definitie", "GO", "Toch").expect(403);
        assertThat(refused.text("code")).isEqualTo("NO_MANDATE");
    }

    @Test
    void endingTheRoleHandsTheOpenDecisionToTheSuccessor() {
        String opgaveId = projectAtGateDefinitie("Verkiezingen");
        delegate(WETHOUDER, opgaveId, "loco-wethouder").expect(201);

        api.post(PROJECTBUREAU, "/v1/opgaven/" + opgaveId + "/rollen/_overdragen", map(
                "rol", "BESTUURLIJK_OPDRACHTGEVER", "persoon", WETHOUDER, "opvolger", "nieuwe-wethouder",
                "reden", "Nieuw college na de verkiezingen")).expect(200);

        assertThat(decide(WETHOUDER, opgaveId, "definitie", "GO", "Nog snel").expect(403).text("code"))
                .isEqualTo("NO_MANDATE");
        decide(LOCO, opgaveId, "definitie", "GO", "Mandaat vervallen").expect(403);
        decide(OPVOLGER, opgaveId, "definitie", "GO", "Het nieuwe college gaat door").expect(201);
        api.awaitOpgave(opgaveId, gateOpen("uitvoering"));

        JsonNode events = api.awaitEvents(opgaveId, e -> e.toString().contains("RolHandedOverEvent"));
        JsonNode handover = null;
        for (JsonNode e : events) {
            if ("RolHandedOverEvent".equals(e.path("type").asText())) {
                handover = e;
            }
        }
        assertThat(handover).isNotNull();
        assertThat(handover.path("payload").path("opvolger").asText()).isEqualTo("nieuwe-wethouder");
        assertThat(handover.path("payload").path("openGates").toString()).contains("definitie");
        assertThat(handover.path("actor").asText()).isEqualTo(PROJECTBUREAU);
        assertThat(events.toString()).contains("MandaatRevokedEvent");
    }
}
