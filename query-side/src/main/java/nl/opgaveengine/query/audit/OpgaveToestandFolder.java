package nl.opgaveengine.query.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the stored events of one opgave (the audit projection's rows, never the event store) into its state at a
 * moment. Works on the JSON payloads by field name, so it reads old revisions too and skips types it does not know.
 */
final class OpgaveToestandFolder {

    private OpgaveToestandFolder() {
    }

    static OpgaveToestand fold(String opgaveId, Instant peilmoment, List<Gebeurtenis> events) {
        String titel = null, thema = null, gebied = null, status = null, werkwijze = null, geadviseerd = null;
        OpgaveToestand.Procesmodel procesmodel = null;
        OpgaveToestand.Fase fase = null;
        OpgaveToestand.OpenGate gate = null;
        Map<String, OpgaveToestand.Rolhouder> rollen = new LinkedHashMap<>();
        List<OpgaveToestand.Document> documenten = new ArrayList<>();
        List<OpgaveToestand.Besluit> besluiten = new ArrayList<>();
        Map<String, OpgaveToestand.Baat> baten = new LinkedHashMap<>();
        Gebeurtenis last = null;
        int count = 0;
        for (Gebeurtenis e : events) {
            if (e.tijdstip() != null && e.tijdstip().isAfter(peilmoment)) {
                continue;
            }
            count++;
            last = e;
            JsonNode p = e.payload();
            switch (e.type()) {
                case "OpgaveRegisteredEvent" -> {
                    titel = text(p, "titel");
                    thema = text(p, "thema");
                    gebied = text(p, "gebied");
                    status = "GEREGISTREERD";
                }
                case "IntakeRecordedEvent" -> {
                    status = "INTAKE_GEDAAN";
                    geadviseerd = text(p.path("advies"), "werkwijze");
                    besluiten.add(besluit(e, "intake", geadviseerd, null, null));
                }
                case "WerkwijzeChosenEvent" -> {
                    status = "LOPEND";
                    werkwijze = text(p, "werkwijze");
                    besluiten.add(besluit(e, "werkwijze", werkwijze, null, null));
                }
                case "RolAssignedEvent" -> {
                    rollen.put(text(p, "rol") + "/" + text(p, "persoon"),
                            new OpgaveToestand.Rolhouder(text(p, "rol"), text(p, "persoon"), e.tijdstip()));
                    besluiten.add(besluit(e, text(p, "rol"), text(p, "persoon"), null, null));
                }
                case "RolEndedEvent" -> {
                    rollen.remove(text(p, "rol") + "/" + text(p, "persoon"));
                    besluiten.add(besluit(e, text(p, "rol"), text(p, "persoon"), null, null));
                }
                case "DocumentAttachedEvent" -> documenten.add(new OpgaveToestand.Document(text(p, "documentId"),
                        text(p, "naam"), text(p, "versie"), text(p, "contentHash"), e.tijdstip()));
                case "ProcessLinkedEvent" -> procesmodel = new OpgaveToestand.Procesmodel(text(p, "bpmnProcessId"),
                        p.hasNonNull("versie") ? p.get("versie").asInt() : null,
                        p.hasNonNull("processDefinitionKey") ? p.get("processDefinitionKey").asLong() : null);
                case "ProcessMigratedEvent" -> procesmodel = new OpgaveToestand.Procesmodel(text(p, "bpmnProcessId"),
                        p.hasNonNull("naarVersie") ? p.get("naarVersie").asInt() : null,
                        p.hasNonNull("processDefinitionKey") ? p.get("processDefinitionKey").asLong() : null);
                case "FaseStartedEvent" -> fase = new OpgaveToestand.Fase(text(p, "fase"), text(p, "faseNaam"),
                        p.hasNonNull("herhaling") ? p.get("herhaling").asInt() : null);
                case "GateOpenedEvent" -> {
                    List<String> uitkomsten = new ArrayList<>();
                    p.path("uitkomsten").forEach(u -> uitkomsten.add(u.asText()));
                    gate = new OpgaveToestand.OpenGate(text(p, "gateId"), text(p, "gateNaam"),
                            text(p, "vereistDocument"), text(p, "beslisser"), uitkomsten);
                }
                case "GateDecidedEvent" -> {
                    if (gate != null && gate.gateId() != null && gate.gateId().equals(text(p, "gateId"))) {
                        gate = null;
                    }
                    besluiten.add(besluit(e, text(p, "gateNaam") == null ? text(p, "gateId") : text(p, "gateNaam"),
                            text(p, "uitkomst"), text(p, "documentVersie"), text(p, "documentHash")));
                }
                case "OpgaveClosedEvent" -> {
                    status = text(p, "resultaat");
                    gate = null;
                    besluiten.add(besluit(e, "opgave", status, null, null));
                }
                case "BaatRegisteredEvent" -> baten.put(text(p, "baatId"),
                        new OpgaveToestand.Baat(text(p, "baatId"), text(p, "titel"), text(p, "eigenaar")));
                case "BaatOverdrachtAcceptedEvent" -> {
                    OpgaveToestand.Baat baat = baten.get(text(p, "baatId"));
                    if (baat != null) {
                        baten.put(baat.baatId(), new OpgaveToestand.Baat(baat.baatId(), baat.titel(),
                                text(p, "nieuweEigenaar")));
                    }
                    besluiten.add(besluit(e, "baatoverdracht", text(p, "nieuweEigenaar"), null, null));
                }
                default -> {
                    // other and future event types do not change this state
                }
            }
        }
        return new OpgaveToestand(opgaveId, peilmoment, titel, thema, gebied, status, werkwijze, geadviseerd,
                procesmodel, fase, gate, List.copyOf(rollen.values()), documenten, besluiten,
                List.copyOf(baten.values()), count, last == null ? null
                : new OpgaveToestand.LaatsteGebeurtenis(last.id(), last.type(), last.tijdstip()));
    }

    private static OpgaveToestand.Besluit besluit(Gebeurtenis e, String onderwerp, String uitkomst, String versie,
                                                 String hash) {
        return new OpgaveToestand.Besluit(e.type(), onderwerp, uitkomst, e.actor(), e.rol(), e.tijdstip(), e.reden(),
                versie, hash);
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
