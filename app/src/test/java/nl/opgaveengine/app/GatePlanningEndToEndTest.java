package nl.opgaveengine.app;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** A gate's due date comes from the model's termijn; the project office moves it with a reason, accounted for. */
class GatePlanningEndToEndTest extends AppTestBase {

    @Test
    void theGateIsDueFourWeeksAfterOpeningAndTheProjectOfficeMovesItWithAReason() {
        String opgaveId = lopendProject("Groene schoolpleinen");
        JsonNode gate = api.awaitOpgave(opgaveId, gateOpen("initiatief")).path("openGate");
        Instant geopend = Instant.parse(gate.path("geopendOp").asText());
        Instant uiterlijk = Instant.parse(gate.path("uiterlijkOp").asText());
        assertThat(Duration.between(geopend, uiterlijk)).as("project.bpmn: termijn P4W")
                .isCloseTo(Duration.ofDays(28), Duration.ofSeconds(1));

        JsonNode regel = portfolioRegel(opgaveId);
        assertThat(Instant.parse(regel.path("openGate").path("uiterlijkOp").asText())).isEqualTo(uiterlijk);
        assertThat(regel.path("achterstalligeGates").asInt()).isZero();

        String pad = "/v1/opgaven/" + opgaveId + "/gates/initiatief/planning";
        Instant verzet = uiterlijk.plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(api.put(PROJECTBUREAU, pad, map("uiterlijkOp", verzet.toString())).expect(400).text("veld"))
                .isEqualTo("reden");
        assertThat(api.put(PROJECTBUREAU, pad, map("uiterlijkOp", geopend.minusSeconds(86400).toString(),
                "reden", "x")).expect(400).text("veld")).isEqualTo("uiterlijkOp");
        assertThat(api.put(PROJECTBUREAU, "/v1/opgaven/" + opgaveId + "/gates/definitie/planning",
                map("uiterlijkOp", verzet.toString(), "reden", "x")).expect(409).text("code")).isEqualTo("GATE_NOT_OPEN");
        api.put(CONTROLLER, pad, map("uiterlijkOp", verzet.toString(), "reden", "x")).expect(403);
        api.put(PROJECTLEIDER, pad, map("uiterlijkOp", verzet.toString(), "reden", "x")).expect(403);

        api.put(PROJECTBUREAU, pad, map("uiterlijkOp", verzet.toString(), "reden", "Raadscommissie schuift twee weken op"))
                .expect(200);
        JsonNode moved = api.awaitOpgave(opgaveId, d -> verzet.toString().equals(
                Instant.parse(d.path("openGate").path("uiterlijkOp").asText()).toString()));
        assertThat(moved.path("openGate").path("gateId").asText()).isEqualTo("initiatief");

        JsonNode verantwoording = awaitVerantwoording(opgaveId);
        JsonNode afwijking = null;
        for (JsonNode a : verantwoording.path("afwijkingen")) {
            if ("GATE_VERZET".equals(a.path("soort").asText())) {
                afwijking = a;
            }
        }
        assertThat(afwijking).as("the moved gate is a deviation: %s", verantwoording).isNotNull();
        assertThat(afwijking.path("verantwoording").asText()).isEqualTo("Raadscommissie schuift twee weken op");
        assertThat(afwijking.path("door").asText()).isEqualTo(PROJECTBUREAU);
        assertThat(Instant.parse(portfolioRegel(opgaveId).path("openGate").path("uiterlijkOp").asText()))
                .isCloseTo(verzet, within(0, ChronoUnit.SECONDS));
    }

    private JsonNode portfolioRegel(String opgaveId) {
        JsonNode[] found = new JsonNode[1];
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (JsonNode r : api.get(CONTROLLER, "/v1/opgaven?thema=klimaat&paginaGrootte=100").expect(200)
                    .body().path("opgaven")) {
                if (opgaveId.equals(r.path("id").asText()) && !r.path("openGate").isMissingNode()
                        && !r.path("openGate").path("uiterlijkOp").isNull()) {
                    found[0] = r;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private JsonNode awaitVerantwoording(String opgaveId) {
        JsonNode[] found = new JsonNode[1];
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            found[0] = api.get(CONTROLLER, "/v1/opgaven/" + opgaveId + "/verantwoording").expect(200).body();
            return found[0].path("afwijkingen").toString().contains("GATE_VERZET");
        });
        return found[0];
    }
}
