package nl.opgaveengine.app.werkwijzen;

import static nl.opgaveengine.app.Api.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;
import nl.opgaveengine.app.AppTestBase;

/** Helpers to take an opgave of any werkwijze from intake to its end through the REST API. */
abstract class WerkwijzenTestBase extends AppTestBase {

    /** Registers an opgave, does its intake, assigns the sturingsdriehoek and chooses the werkwijze (with a reason). */
    protected String lopend(String titel, String werkwijze) {
        gebied("Oost");
        String opgaveId = api.post(PROJECTBUREAU, "/v1/opgaven", map(
                "titel", titel, "omschrijving", "Werkwijze " + werkwijze, "thema", "klimaat",
                "gebied", "Oost", "initiatiefnemer", "wethouder")).expect(201).text("opgaveId");
        api.put(PROJECTBUREAU, "/v1/opgaven/" + opgaveId + "/intake", map(
                "idee", "ONBEKEND", "netwerk", "ONVOORSPELBAAR", "besluitvorming", "ONGERICHT",
                "voorspelbaarheidPad", 2, "tastbaarheidUitkomst", 2, "tijdsdruk", false)).expect(200);
        assign(opgaveId, "BESTUURLIJK_OPDRACHTGEVER", WETHOUDER);
        assign(opgaveId, "AMBTELIJK_OPDRACHTGEVER", OPDRACHTGEVER);
        assign(opgaveId, "STURINGSPROFESSIONAL", PROJECTLEIDER);
        api.put(PROJECTBUREAU, "/v1/opgaven/" + opgaveId + "/werkwijze",
                map("werkwijze", werkwijze, "reden", "Past bij deze opgave")).expect(200);
        return opgaveId;
    }

    /** Waits for the gate, attaches its document, decides it, and returns the decision's answer. */
    protected JsonNode gate(String opgaveId, String gate, String document, String user, String uitkomst) {
        api.awaitOpgave(opgaveId, gateOpen(gate));
        attach(opgaveId, document);
        return decide(user, opgaveId, gate, uitkomst, document + ": " + uitkomst).expect(201).body();
    }

    protected static Predicate<JsonNode> fase(String fase) {
        return detail -> fase.equals(detail.path("fase").path("id").asText());
    }

    protected static Predicate<JsonNode> hasEvent(String type) {
        return events -> {
            for (JsonNode e : events) {
                if (type.equals(e.path("type").asText())) {
                    return true;
                }
            }
            return false;
        };
    }

    protected static long count(JsonNode events, String type) {
        long n = 0;
        for (JsonNode e : events) {
            if (type.equals(e.path("type").asText())) {
                n++;
            }
        }
        return n;
    }
}
