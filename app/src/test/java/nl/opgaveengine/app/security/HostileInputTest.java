package nl.opgaveengine.app.security;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.opgaveengine.app.Api;
import nl.opgaveengine.app.AppTestBase;
import org.junit.jupiter.api.Test;

/** Hostile and malformed input: each is refused with a clear 4xx and stores nothing. */
class HostileInputTest extends AppTestBase {

    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private int deployedModels() {
        return api.get(PROCESEIGENAAR, "/v1/procesmodellen").expect(200).body().path("procesmodellen").size();
    }

    private Api.Answer upload(String name, byte[] content) {
        return api.postMultipart(PROCESEIGENAAR, "/v1/procesmodellen", "bestand", name, content);
    }

    private static String model(String doctype, String name) {
        return "<?xml version=\"1.0\"?>\n" + doctype + "\n<bpmn:definitions xmlns:bpmn=\"" + BPMN_NS
                + "\" id=\"d\" targetNamespace=\"t\"><bpmn:process id=\"aanval\" name=\"" + name + "\""
                + " isExecutable=\"true\"><bpmn:startEvent id=\"s\"/><bpmn:sequenceFlow id=\"f\" sourceRef=\"s\""
                + " targetRef=\"e\"/><bpmn:endEvent id=\"e\"/></bpmn:process></bpmn:definitions>";
    }

    @Test
    void externalEntitiesInABpmnUploadAreRefused() {
        int before = deployedModels();
        String[] attacks = {
                model("<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;"),
                model("<!DOCTYPE d SYSTEM \"http://127.0.0.1:1/evil.dtd\">", "x"),
                model("<!DOCTYPE d [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/p.dtd\"> %p;]>", "x")};
        for (String attack : attacks) {
            Api.Answer answer = upload("xxe.bpmn", attack.getBytes(StandardCharsets.UTF_8)).expect(400);
            assertThat(answer.text("code")).isEqualTo("INVALID_MODEL");
            assertThat(answer.text("detail")).contains("DOCTYPE");
            assertThat(answer.raw().body()).doesNotContain("root:");
        }
        assertThat(deployedModels()).isEqualTo(before);
    }

    @Test
    void billionLaughsIsRefusedAtOnce() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        dtd.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        int before = deployedModels();
        long started = System.nanoTime();
        Api.Answer answer = upload("lol.bpmn", model(dtd.toString(), "&lol9;").getBytes(StandardCharsets.UTF_8))
                .expect(400);
        assertThat(answer.text("code")).isEqualTo("INVALID_MODEL");
        assertThat(System.nanoTime() - started).as("refused without expanding").isLessThan(5_000_000_000L);
        assertThat(deployedModels()).isEqualTo(before);
    }

    @Test
    void aFileOverTenMegabytesIsRefusedNamingTheLimit() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) ' ');
        big[0] = '<';
        Api.Answer answer = upload("groot.bpmn", big).expect(413);
        assertThat(answer.text("code")).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(answer.text("detail")).contains("10 MB");
    }

    @Test
    void notXmlAndXmlThatIsNotBpmnAreRefused() {
        int before = deployedModels();
        assertThat(upload("kapot.bpmn", "PK\u0003\u0004 zip?".getBytes(StandardCharsets.UTF_8)).expect(400)
                .text("code")).isEqualTo("INVALID_MODEL");
        assertThat(upload("half.bpmn", "<bpmn:definitions xmlns:bpmn=\"x\"><open>".getBytes(StandardCharsets.UTF_8))
                .expect(400).text("code")).isEqualTo("INVALID_MODEL");
        assertThat(upload("html.bpmn", "<html><body>hallo</body></html>".getBytes(StandardCharsets.UTF_8))
                .expect(400).text("code")).isEqualTo("INVALID_MODEL");
        assertThat(upload("leeg.bpmn", new byte[0]).expect(400).text("code")).isEqualTo("INVALID_MODEL");
        assertThat(deployedModels()).isEqualTo(before);
    }

    @Test
    void jsonOfTheWrongTypeIsRefusedNamingTheField() {
        String opgaveId = lopendProject("Verkeerde typen");
        String intake = "/v1/opgaven/" + opgaveId + "/intake";
        assertThat(api.put(PROJECTBUREAU, intake, "{\"idee\":\"BEKEND\",\"netwerk\":\"VOORSPELBAAR\","
                + "\"besluitvorming\":\"GERICHT\",\"voorspelbaarheidPad\":\"vier\",\"tastbaarheidUitkomst\":4}")
                .expect(400).text("veld")).isEqualTo("voorspelbaarheidPad");
        assertThat(api.post(PROJECTBUREAU, "/v1/opgaven", "{\"titel\":{\"a\":1},\"thema\":\"x\"}").expect(400)
                .text("veld")).isEqualTo("titel");
        assertThat(api.post(PROJECTBUREAU, "/v1/opgaven", "[\"titel\",\"thema\"]").expect(400).text("code"))
                .isEqualTo("INVALID_INPUT");
        assertThat(api.post(OPDRACHTGEVER, "/v1/opgaven/" + opgaveId + "/besluiten",
                "{\"gate\":\"initiatief\",\"uitkomst\":true,\"onderbouwing\":1}").status()).isBetween(400, 499);
        api.post(PROJECTBUREAU, "/v1/opgaven", "{\"titel\":\"x\",\"thema\":\"y\"").expect(400);
        api.post(PROJECTBUREAU, "/v1/opgaven", "[".repeat(5000) + "]".repeat(5000)).expect(400);
    }

    @Test
    void hugeStringsAndBodiesAreRefused() {
        Api.Answer longTitle = api.post(PROJECTBUREAU, "/v1/opgaven", map("titel", "x".repeat(5000), "thema", "y"))
                .expect(400);
        assertThat(longTitle.body().path("fouten").toString()).contains("titel");
        Api.Answer huge = api.post(PROJECTBUREAU, "/v1/opgaven", map("titel", "t", "thema", "y",
                "omschrijving", "x".repeat(2 * 1024 * 1024))).expect(413);
        assertThat(huge.text("code")).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void unknownAndMissingFieldsAreRefusedNamingThem() {
        assertThat(api.post(PROJECTBUREAU, "/v1/opgaven", map("titel", "x", "thema", "y", "status", "AFGEROND"))
                .expect(400).text("veld")).isEqualTo("status");
        Api.Answer missing = api.post(PROJECTBUREAU, "/v1/opgaven", map()).expect(400);
        assertThat(missing.body().path("fouten").toString()).contains("titel").contains("thema");
        api.post(PROJECTBUREAU, "/v1/opgaven", "").expect(400);
        api.post(PROJECTBUREAU, "/v1/opgaven", "null").expect(400);
    }
}
