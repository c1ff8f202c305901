package nl.opgaveengine.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.opgaveengine.app.Api;
import nl.opgaveengine.app.AppTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Property-based fuzzing of the command API: for random users, paths and bodies (random fields of random types,
 * unknown fields, huge and hostile strings), no answer is a 5xx, and a refused command stores no event. The seed
 * is printed and can be replayed with {@code -Dfuzz.seed=...}; {@code -Dfuzz.tries=...} sets the number of tries.
 */
class CommandApiFuzzTest extends AppTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIELDS = {"titel", "omschrijving", "thema", "gebied", "initiatiefnemer", "idee",
            "netwerk", "besluitvorming", "voorspelbaarheidPad", "tastbaarheidUitkomst", "tijdsdruk", "werkwijze",
            "reden", "rol", "persoon", "opvolger", "naam", "versie", "contentHash", "referentie", "gate", "uitkomst",
            "onderbouwing", "documentId", "gemachtigde", "geldigVan", "geldigTot", "actor", "attribution", "status"};
    private static final Object[] VALUES = {"BEKEND", "ONBEKEND", "VOORSPELBAAR", "GERICHT", "PROJECT", "WATERVAL",
            "AMBTELIJK_OPDRACHTGEVER", "BESTUURLIJK_OPDRACHTGEVER", "LIJNMANAGER", "GO", "NO_GO", "MISSCHIEN",
            "initiatief", "definitie", "notitie", "projectleider", "wethouder", "loco", "", " ", "null", 0, -1, 3, 6,
            Integer.MAX_VALUE, Long.MIN_VALUE, 1.5e308, true, false, null, "2026-01-01T00:00:00Z", "gisteren",
            "a".repeat(64), "sha256:" + "b".repeat(64), "<script>alert(1)</script>", "'; DROP TABLE domain_event_entry;--",
            "../../etc/passwd", "\u0000\u202e\uD83D\uDE00", "x".repeat(5000), List.of(), List.of(1, "a"), Map.of(),
            Map.of("actor", "iemand")};
    private static final String[] USERS = {PROJECTBUREAU, PROJECTLEIDER, WETHOUDER, CONTROLLER, PROCESEIGENAAR,
            BEHEERDER, null, "onbekend"};
    private static final String[][] ENDPOINTS = {{"POST", ""}, {"PUT", "/{id}/intake"}, {"PUT", "/{id}/werkwijze"},
            {"POST", "/{id}/rollen"}, {"POST", "/{id}/rollen/_beeindigen"}, {"POST", "/{id}/rollen/_overdragen"},
            {"POST", "/{id}/documenten"}, {"POST", "/{id}/besluiten"}, {"POST", "/{id}/mandaten"},
            {"POST", "/{id}/mandaten/{id2}/_intrekken"}, {"DELETE", "/{id}"}, {"PATCH", "/{id}/besluiten"}};

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noRandomCommandGivesA5xxAndARefusedOneStoresNoEvent() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int tries = Integer.getInteger("fuzz.tries", 250);
        System.out.println("CommandApiFuzzTest seed=" + seed + " tries=" + tries);
        Random random = new Random(seed);
        String target = lopendProject("Fuzzdoel");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < tries && failures.isEmpty(); i++) {
            String[] endpoint = ENDPOINTS[random.nextInt(ENDPOINTS.length)];
            String id = pick(random, target, target, target, "bestaat-niet", "..%2F..%2Fetc", "x".repeat(300), "%00");
            String path = "/v1/opgaven" + endpoint[1].replace("{id}", id).replace("{id2}", pick(random, "m-1", "x"));
            String user = USERS[random.nextInt(USERS.length)];
            if ("onbekend".equals(user)) {
                user = TestJwtIssuer.bearer("fuzz-" + random.nextInt(3), pick(random, "PROJECTBUREAU", "CONTROLLER", "X"));
            }
            String body = body(random);
            String contentType = pick(random, "application/json", "application/json", "application/json",
                    "text/plain", "application/xml", null);
            long eventsBefore = events(target);
            long registeredBefore = registered();
            Api.Answer answer = api.request(user, endpoint[0], path, contentType, body);
            String attempt = endpoint[0] + " " + path + " as " + user + " (" + contentType + "): " + body;
            if (answer.status() >= 500) {
                failures.add("5xx for " + attempt + " → " + answer.raw().body());
            } else if (answer.status() >= 400) {
                if (events(target) != eventsBefore || registered() != registeredBefore) {
                    failures.add("refused (" + answer.status() + ") but stored an event: " + attempt);
                }
                if (answer.raw().body().contains("Exception")) {
                    failures.add("exception name in the answer: " + attempt + " → " + answer.raw().body());
                }
            }
        }
        assertThat(failures).as("seed %d", seed).isEmpty();
    }

    private long events(String aggregate) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregate);
    }

    private long registered() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like ?", Long.class,
                "%OpgaveRegisteredEvent");
    }

    private static String body(Random random) throws Exception {
        int shape = random.nextInt(10);
        if (shape == 0) {
            return pick(random, "", "null", "[]", "{", "{\"titel\":", "\"tekst\"", "12", "{}}", "[".repeat(3000));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        int fields = random.nextInt(8);
        for (int i = 0; i < fields; i++) {
            body.put(FIELDS[random.nextInt(FIELDS.length)], VALUES[random.nextInt(VALUES.length)]);
        }
        return JSON.writeValueAsString(body);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
