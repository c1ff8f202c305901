package nl.opgaveengine.query.opgave;

import nl.opgaveengine.api.opgave.OpgaveEvent;
import nl.opgaveengine.api.opgave.OpgaveStatus;
import nl.opgaveengine.query.OpgaveHistory;
import nl.opgaveengine.query.ProjectionDriver;
import nl.opgaveengine.query.QuerySideTest;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static nl.opgaveengine.query.OpgaveHistory.newOpgaveId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@QuerySideTest
class OpgaveDetailProjectionTest {

    @Autowired
    OpgaveDetailProjection projection;

    @Autowired
    OpgaveDetailRepository repository;

    ProjectionDriver driver;
    OpgaveHistory history;

    @BeforeEach
    void feedAProjectAtItsSecondGate() {
        driver = new ProjectionDriver(projection);
        history = OpgaveHistory.projectAtSecondGate(newOpgaveId(), "klimaat", "Noord");
        driver.handle(history.messages());
    }

    @Test
    void showsTheOpgaveWithStatusWerkwijzeIntakeProcessFaseAndOpenGate() {
        OpgaveDetail detail = repository.find(history.opgaveId()).orElseThrow();

        assertThat(detail.titel()).isEqualTo("Klimaatadaptatie Noord");
        assertThat(detail.omschrijving()).isEqualTo("Omschrijving van Klimaatadaptatie Noord");
        assertThat(detail.thema()).isEqualTo("klimaat");
        assertThat(detail.gebied()).isEqualTo("Noord");
        assertThat(detail.initiatiefnemer()).isEqualTo("wethouder Jansen");
        assertThat(detail.status()).isEqualTo("LOPEND");
        assertThat(detail.werkwijze()).isEqualTo(new OpgaveDetail.WerkwijzeKeuze("PROJECT", "PROCESREGIE", true));
        assertThat(detail.intake().antwoorden().idee()).isEqualTo("ONBEKEND");
        assertThat(detail.intake().antwoorden().voorspelbaarheidPad()).isEqualTo(2);
        assertThat(detail.intake().advies()).isEqualTo(new OpgaveDetail.Advies("ZOEKPROCES", "INSPANNINGSVERPLICHTING",
                "COMPLEX", "PROCESREGIE", List.of("Idee is onbekend", "Netwerk is onvoorspelbaar")));
        assertThat(detail.procesmodel()).isEqualTo(new OpgaveDetail.Procesmodel("opgave_project", 2,
                2251799813685249L, 2251799813685300L));
        assertThat(detail.fase()).isEqualTo(new OpgaveDetail.Fase("fase_definitie", "Definitie", 0));
        assertThat(detail.openGate().gateId()).isEqualTo("gate_definitie");
        assertThat(detail.openGate().gateNaam()).isEqualTo("Go/no-go definitie");
        assertThat(detail.openGate().fase()).isEqualTo("fase_definitie");
        assertThat(detail.openGate().vereistDocument()).isEqualTo("Projectplan");
        assertThat(detail.openGate().beslisser()).isEqualTo("BESTUURLIJK_OPDRACHTGEVER");
        assertThat(detail.openGate().uitkomsten()).containsExactly("GO", "NO_GO", "BIJSTELLEN");
        assertThat(detail.geregistreerdOp()).isEqualTo(OpgaveHistory.T0.plusSeconds(3600));
        assertThat(detail.bijgewerktOp()).isEqualTo(((OpgaveEvent) history.last().getPayload()).attribution().at());
    }

    @Test
    void keepsCurrentRoleHoldersAndTheHistoryWithWhoAndWhy() {
        OpgaveDetail.Rollen rollen = repository.find(history.opgaveId()).orElseThrow().rollen();

        assertThat(rollen.huidig()).extracting(OpgaveDetail.Roltoewijzing::rol, OpgaveDetail.Roltoewijzing::persoon)
                .containsExactly(tuple("BESTUURLIJK_OPDRACHTGEVER", "wethouder Jansen"),
                        tuple("AMBTELIJK_OPDRACHTGEVER", "directeur De Vries"),
                        tuple("STURINGSPROFESSIONAL", "klaas"));
        OpgaveDetail.Roltoewijzing piet = rollen.historie().stream()
                .filter(r -> r.persoon().equals("piet")).findFirst().orElseThrow();
        assertThat(piet.tot()).isAfter(piet.van());
        assertThat(piet.toegewezen()).isEqualTo(new OpgaveDetail.Handeling("bert", "PORTFOLIOMANAGER",
                "Benoemd als STURINGSPROFESSIONAL"));
        assertThat(piet.beeindigd()).isEqualTo(new OpgaveDetail.Handeling("bert", "PORTFOLIOMANAGER",
                "Vertrekt naar andere opgave"));
        assertThat(rollen.historie()).hasSize(4);
    }

    @Test
    void keepsEveryDocumentVersion() {
        assertThat(repository.find(history.opgaveId()).orElseThrow().documenten())
                .extracting(OpgaveDetail.Document::naam, OpgaveDetail.Document::versie, OpgaveDetail.Document::contentHash)
                .containsExactly(tuple("Startdocument", "1", "sha256:aaa"), tuple("Startdocument", "2", "sha256:bbb"));
    }

    @Test
    void showsTheTimelineOfDecisionsWithTheDocumentAGateWasDecidedOn() {
        var besluiten = repository.find(history.opgaveId()).orElseThrow().besluiten();

        assertThat(besluiten).extracting(OpgaveDetail.Besluit::soort).containsExactly(
                "INTAKE", "WERKWIJZE_GEKOZEN", "ROL_TOEGEWEZEN", "ROL_TOEGEWEZEN", "ROL_TOEGEWEZEN",
                "GATE_BESLOTEN", "ROL_BEEINDIGD", "ROL_TOEGEWEZEN");
        OpgaveDetail.Besluit gate = besluiten.get(5);
        assertThat(gate.onderwerp()).isEqualTo("Go/no-go initiatief");
        assertThat(gate.uitkomst()).isEqualTo("GO");
        assertThat(gate.door()).isEqualTo("wethouder Jansen");
        assertThat(gate.inRol()).isEqualTo("BESTUURLIJK_OPDRACHTGEVER");
        assertThat(gate.reden()).isEqualTo("Startdocument is akkoord");
        assertThat(gate.document()).isEqualTo(new OpgaveDetail.BesluitDocument("doc-startdocument", "Startdocument", "2", "sha256:bbb"));
        assertThat(besluiten.get(1).uitkomst()).isEqualTo("PROJECT");
        assertThat(besluiten.get(1).reden()).isEqualTo("Bestuurlijke deadline vraagt een project");
    }

    @Test
    void closingTakesTheResultAndClosesTheOpenGate() {
        driver.handle(history.closed(OpgaveStatus.GESTOPT).last());

        OpgaveDetail detail = repository.find(history.opgaveId()).orElseThrow();
        assertThat(detail.status()).isEqualTo("GESTOPT");
        assertThat(detail.openGate()).isNull();
        assertThat(detail.besluiten()).last().extracting(OpgaveDetail.Besluit::soort, OpgaveDetail.Besluit::uitkomst)
                .containsExactly("OPGAVE_AFGESLOTEN", "GESTOPT");
    }

    @Test
    void redeliveredEventsChangeNothing() {
        OpgaveDetail before = repository.find(history.opgaveId()).orElseThrow();

        driver.handle(history.messages());

        assertThat(repository.find(history.opgaveId())).contains(before);
    }

    @Test
    void replayAfterResetGivesTheSameView() {
        OpgaveDetail before = repository.find(history.opgaveId()).orElseThrow();

        driver.reset();
        assertThat(repository.find(history.opgaveId())).isEmpty();
        driver.handle(history.messages());

        assertThat(repository.find(history.opgaveId())).contains(before);
    }

    @Test
    void ignoresEventsItDoesNotKnow() {
        OpgaveDetail before = repository.find(history.opgaveId()).orElseThrow();

        driver.handle(GenericEventMessage.asEventMessage(new SomethingElseHappened(history.opgaveId())));

        assertThat(repository.find(history.opgaveId())).contains(before);
    }

    @Test
    void knowsNothingOfAnUnknownOpgave() {
        assertThat(repository.find("opg-unknown")).isEmpty();
    }

    record SomethingElseHappened(String opgaveId) {
    }
}
