package nl.opgaveengine.query.views;

import nl.opgaveengine.api.baten.BaatMetingRecordedEvent;
import nl.opgaveengine.api.baten.BaatOverdrachtAcceptedEvent;
import nl.opgaveengine.api.baten.BaatOverdrachtProposedEvent;
import nl.opgaveengine.api.baten.BaatRegisteredEvent;
import nl.opgaveengine.api.baten.MetingSoort;
import nl.opgaveengine.api.baten.OntvangerSoort;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.FaseStartedEvent;
import nl.opgaveengine.api.opgave.OpgaveStatus;
import nl.opgaveengine.api.pc.PcMomentPlannedEvent;
import nl.opgaveengine.api.pc.PcMomentSoort;
import nl.opgaveengine.api.pc.RapportageStatus;
import nl.opgaveengine.api.pc.VoortgangsrapportageSubmittedEvent;
import nl.opgaveengine.engine.event.ProcessDefinitionDeployedEvent;
import nl.opgaveengine.query.OpgaveHistory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A programme and a project that serves it, with a redo, an override of the advice, a baat handed over to the line,
 * two P&C moments (one past its deadline, one far ahead) and reports, one of them late; plus an unknown event.
 */
final class ViewsScenario {

    static final Instant T0 = OpgaveHistory.T0;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String thema = "thema-" + suffix;
    final OpgaveHistory project = OpgaveHistory.projectAtSecondGate("opg-p-" + suffix, thema, "Noord");
    final OpgaveHistory programma = OpgaveHistory.of("opg-g-" + suffix).registered("Programma water", thema, "Zuid");
    final String baatId = "baat-" + suffix;
    final String verlopenMoment = "2025-voorjaarsnota-" + suffix;
    final String toekomstMoment = "2099-begroting-" + suffix;
    final long definitionKey = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1;
    final List<EventMessage<?>> other = new ArrayList<>();
    private final List<EventMessage<?>> baat = new ArrayList<>();
    private final List<EventMessage<?>> rapportages = new ArrayList<>();

    ViewsScenario() {
        Instant t = T0.plusSeconds(100_000);
        // the project redoes its definition phase after an OVERDOEN decision, and closes
        project.gateDecided("gate_definitie", "Go/no-go definitie", "fase_definitie", "OVERDOEN", "Projectplan", "1",
                "sha256:ccc");
        project.add(new FaseStartedEvent(project.opgaveId(), "fase_definitie", "Definitie", 1,
                Attribution.byProcess("Fase gestart", t)));
        project.closed(OpgaveStatus.AFGEROND);

        baat(new BaatRegisteredEvent(baatId, programma.opgaveId(), "Minder wateroverlast", "Klimaatbestendige stad",
                "meldingen wateroverlast per jaar", "meldingen", new BigDecimal("120"), new BigDecimal("60"),
                LocalDate.parse("2027-12-31"), "piet", List.of(project.opgaveId()),
                new Attribution("anna", "PROJECTBUREAU", t.plusSeconds(10), "Batenprofiel vastgesteld")));
        baat(new BaatMetingRecordedEvent(baatId, programma.opgaveId(), MetingSoort.VERWACHT, LocalDate.parse("2026-12-31"),
                new BigDecimal("90"), new Attribution("piet", "BAATEIGENAAR", t.plusSeconds(20), "Prognose")));
        baat(new BaatMetingRecordedEvent(baatId, programma.opgaveId(), MetingSoort.GEREALISEERD,
                LocalDate.parse("2026-06-30"), new BigDecimal("95"),
                new Attribution("piet", "BAATEIGENAAR", t.plusSeconds(30), "Meting voorjaar")));
        baat(new BaatOverdrachtProposedEvent(baatId, programma.opgaveId(), "piet", "lijnmanager-lisa",
                OntvangerSoort.LIJNORGANISATIE, "Stadsbeheer",
                new Attribution("anna", "PROJECTBUREAU", t.plusSeconds(40), "Resultaat naar de lijn")));
        baat(new BaatOverdrachtAcceptedEvent(baatId, programma.opgaveId(), "piet", "lijnmanager-lisa",
                OntvangerSoort.LIJNORGANISATIE, "Stadsbeheer",
                new Attribution("lijnmanager-lisa", "ONTVANGER", t.plusSeconds(50), "Borging in beheerplan")));

        other.add(GenericEventMessage.asEventMessage(new PcMomentPlannedEvent(verlopenMoment, 2025, "Voorjaarsnota " + suffix,
                PcMomentSoort.VOORJAARSNOTA, LocalDate.parse("2025-03-03"), LocalDate.parse("2025-03-10"),
                new Attribution("carla", "CONTROLLER", T0, "P&C-kalender 2025"))));
        other.add(GenericEventMessage.asEventMessage(new PcMomentPlannedEvent(toekomstMoment, 2099, "Begroting " + suffix,
                PcMomentSoort.BEGROTING, LocalDate.parse("2099-09-01"), LocalDate.parse("2099-09-15"),
                new Attribution("carla", "CONTROLLER", T0, "P&C-kalender 2099"))));
        rapport(verlopenMoment, project.opgaveId(), 1, "100000", "40000", "110000", RapportageStatus.ORANJE, true,
                t.plusSeconds(60));
        rapport(verlopenMoment, project.opgaveId(), 2, "100000", "45000", "105000", RapportageStatus.GROEN, true,
                t.plusSeconds(70));
        other.add(GenericEventMessage.asEventMessage(new ProcessDefinitionDeployedEvent(definitionKey, "project-" + suffix,
                "Project", 1, "project.bpmn", "sha256-of-xml", "<definitions id='x'/>", 7L, T0, "proceseigenaar")));
        other.add(GenericEventMessage.asEventMessage(new SomethingNew(project.opgaveId())));
    }

    /** Every message, per aggregate in order. */
    List<EventMessage<?>> all() {
        List<EventMessage<?>> all = new ArrayList<>(other.subList(0, 2));
        all.addAll(project.messages());
        all.addAll(programma.messages());
        all.addAll(baat);
        all.addAll(rapportages);
        all.addAll(other.subList(2, other.size()));
        return all;
    }

    /** Every id of this scenario, to pick its rows out of shared tables. */
    List<String> ids() {
        return List.of(project.opgaveId(), programma.opgaveId(), baatId, verlopenMoment, toekomstMoment,
                String.valueOf(definitionKey));
    }

    private void baat(Object event) {
        baat.add(new GenericDomainEventMessage<>("Baat", baatId, baat.size(), event, MetaData.with("correlationId", "b")));
    }

    private void rapport(String moment, String opgaveId, int versie, String begroot, String besteed, String prognose,
                         RapportageStatus status, boolean laat, Instant at) {
        String id = "vgr:" + moment + ":" + opgaveId;
        rapportages.add(new GenericDomainEventMessage<>("Voortgangsrapportage", id, versie - 1,
                new VoortgangsrapportageSubmittedEvent(id, moment, opgaveId, versie, new BigDecimal(begroot),
                        new BigDecimal(besteed), new BigDecimal(prognose), status, LocalDate.parse("2025-03-10"), laat,
                        new Attribution("anna", "PROJECTBUREAU", at, "Toelichting versie " + versie))));
    }

    /** An event type no projection knows. */
    record SomethingNew(String opgaveId) {
    }
}
