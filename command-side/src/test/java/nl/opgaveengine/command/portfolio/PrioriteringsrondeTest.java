package nl.opgaveengine.command.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.portfolio.Criterium;
import nl.opgaveengine.api.portfolio.DecidePrioriteringCommand;
import nl.opgaveengine.api.portfolio.Keuze;
import nl.opgaveengine.api.portfolio.KeuzeUitkomst;
import nl.opgaveengine.api.portfolio.OpenPrioriteringsrondeCommand;
import nl.opgaveengine.api.portfolio.OpgaveScoredEvent;
import nl.opgaveengine.api.portfolio.PrioriteringDecidedEvent;
import nl.opgaveengine.api.portfolio.PrioriteringsrondeOpenedEvent;
import nl.opgaveengine.api.portfolio.Rangschikking;
import nl.opgaveengine.api.portfolio.Richting;
import nl.opgaveengine.api.portfolio.ScoreOpgaveCommand;
import nl.opgaveengine.command.baten.KnownOpgaven;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a prioritisation round: criteria, scores, the college's decision and the ranking it records. */
class PrioriteringsrondeTest {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final String RONDE = "ronde-2027";
    private static final Attribution PB = new Attribution("anna", "PROJECTBUREAU", T, "Voorbereiding begroting");
    private static final Attribution COLLEGE = new Attribution("burgemeester", "COLLEGE", T, "Collegebesluit 12 maart");
    private static final List<Criterium> CRITERIA = List.of(
            new Criterium("urgentie", "Urgentie", 3, Richting.HOGER_IS_BETER),
            new Criterium("capaciteit", "Benodigde capaciteit", 2, Richting.LAGER_IS_BETER));
    private static final PrioriteringsrondeOpenedEvent OPENED =
            new PrioriteringsrondeOpenedEvent(RONDE, "Begroting 2027", CRITERIA, PB);

    private FixtureConfiguration<Prioriteringsronde> fixture;

    @BeforeEach
    void setUp() {
        EventStore opgaven = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        for (String id : List.of("a", "b", "c")) {
            opgaven.publish(new GenericDomainEventMessage<>("Opgave", id, 0, "registered"));
        }
        fixture = new AggregateTestFixture<>(Prioriteringsronde.class);
        fixture.registerInjectableResource(new KnownOpgaven(opgaven));
    }

    @Test
    void theProjectOfficeOpensARoundWithWeightedCriteria() {
        fixture.givenNoPriorActivity()
                .when(new OpenPrioriteringsrondeCommand(RONDE, "Begroting 2027", CRITERIA, PB))
                .expectEvents(OPENED);
    }

    @Test
    void refusesARoundWithoutCriteriaOrWithABadWeightOrTwiceTheSameCode() {
        fixture.givenNoPriorActivity().when(new OpenPrioriteringsrondeCommand(RONDE, "x", List.of(), PB))
                .expectException(refusal(ErrorCode.INVALID_INPUT, "criteria"));
        fixture.givenNoPriorActivity().when(new OpenPrioriteringsrondeCommand(RONDE, "x",
                        List.of(new Criterium("u", "U", 11, Richting.HOGER_IS_BETER)), PB))
                .expectException(refusal(ErrorCode.INVALID_INPUT, "criteria[0].gewicht"));
        fixture.givenNoPriorActivity().when(new OpenPrioriteringsrondeCommand(RONDE, "x", List.of(
                        new Criterium("u", "U", 1, Richting.HOGER_IS_BETER),
                        new Criterium("u", "U2", 1, Richting.HOGER_IS_BETER)), PB))
                .expectException(refusal(ErrorCode.INVALID_INPUT, "criteria[1].code"));
    }

    @Test
    void onlyTheProjectOfficeOpensARound() {
        fixture.givenNoPriorActivity()
                .when(new OpenPrioriteringsrondeCommand(RONDE, "x", CRITERIA, COLLEGE))
                .expectException(refusal(ErrorCode.NO_MANDATE, null));
    }

    @Test
    void aScoreCountsWeightAndDirection() {
        // urgentie 4 × 3 = 12; capaciteit 2 (little needed) counts as (6 − 2) × 2 = 8
        fixture.given(OPENED)
                .when(new ScoreOpgaveCommand(RONDE, "a", Map.of("urgentie", 4, "capaciteit", 2), PB))
                .expectEvents(new OpgaveScoredEvent(RONDE, "a", Map.of("urgentie", 4, "capaciteit", 2), 20, PB));
    }

    @Test
    void refusesAScoreOutOfRangeMissingACriterionOrForAnUnknownOpgave() {
        fixture.given(OPENED).when(new ScoreOpgaveCommand(RONDE, "a", Map.of("urgentie", 6, "capaciteit", 2), PB))
                .expectException(refusal(ErrorCode.INVALID_INPUT, "scores.urgentie"));
        fixture.given(OPENED).when(new ScoreOpgaveCommand(RONDE, "a", Map.of("urgentie", 3), PB))
                .expectException(refusal(ErrorCode.INVALID_INPUT, "scores.capaciteit"));
        fixture.given(OPENED).when(new ScoreOpgaveCommand(RONDE, "a",
                        Map.of("urgentie", 3, "capaciteit", 3, "politiek", 5), PB))
                .expectException(refusal(ErrorCode.INVALID_INPUT, "scores.politiek"));
        fixture.given(OPENED).when(new ScoreOpgaveCommand(RONDE, "onbekend", Map.of("urgentie", 3, "capaciteit", 3), PB))
                .expectException(refusal(ErrorCode.OPGAVE_NOT_FOUND, "opgaveId"));
    }

    @Test
    void theCollegeDecidesWithAChoiceAndReasonPerOpgaveAndTheRankingFollowsTheScores() {
        fixture.given(OPENED, scored("a", 12), scored("b", 20), scored("c", 12))
                .when(new DecidePrioriteringCommand(RONDE, List.of(
                        new Keuze("a", KeuzeUitkomst.OPPAKKEN, "Wettelijke plicht"),
                        new Keuze("b", KeuzeUitkomst.OPPAKKEN, "Hoogste score"),
                        new Keuze("c", KeuzeUitkomst.NIET_OPPAKKEN, "Geen capaciteit in 2027")), COLLEGE))
                .expectEvents(new PrioriteringDecidedEvent(RONDE, "Begroting 2027", List.of(
                        new Rangschikking("b", 1, 20, KeuzeUitkomst.OPPAKKEN, "Hoogste score"),
                        new Rangschikking("a", 2, 12, KeuzeUitkomst.OPPAKKEN, "Wettelijke plicht"),
                        new Rangschikking("c", 2, 12, KeuzeUitkomst.NIET_OPPAKKEN, "Geen capaciteit in 2027")), COLLEGE));
    }

    @Test
    void onlyTheCollegeDecidesAndItNeedsAReason() {
        fixture.given(OPENED, scored("a", 12))
                .when(new DecidePrioriteringCommand(RONDE, List.of(new Keuze("a", KeuzeUitkomst.OPPAKKEN, "r")), PB))
                .expectException(refusal(ErrorCode.NO_MANDATE, null));
        fixture.given(OPENED, scored("a", 12))
                .when(new DecidePrioriteringCommand(RONDE, List.of(new Keuze("a", KeuzeUitkomst.OPPAKKEN, "r")),
                        COLLEGE.withReason(null)))
                .expectException(refusal(ErrorCode.REASON_REQUIRED, "reden"));
    }

    @Test
    void everyScoredOpgaveNeedsAChoiceWithAReasonAndOnlyScoredOpgavenCanBeChosen() {
        fixture.given(OPENED, scored("a", 12), scored("b", 9))
                .when(new DecidePrioriteringCommand(RONDE, List.of(new Keuze("a", KeuzeUitkomst.OPPAKKEN, "r")), COLLEGE))
                .expectException(refusal(ErrorCode.KEUZE_MISSING, "keuzes"));
        fixture.given(OPENED, scored("a", 12))
                .when(new DecidePrioriteringCommand(RONDE, List.of(new Keuze("a", KeuzeUitkomst.OPPAKKEN, " ")), COLLEGE))
                .expectException(refusal(ErrorCode.REASON_REQUIRED, "keuzes[0].reden"));
        fixture.given(OPENED, scored("a", 12))
                .when(new DecidePrioriteringCommand(RONDE, List.of(new Keuze("a", KeuzeUitkomst.OPPAKKEN, "r"),
                        new Keuze("b", KeuzeUitkomst.OPPAKKEN, "r")), COLLEGE))
                .expectException(refusal(ErrorCode.OPGAVE_NOT_SCORED, "keuzes[1].opgaveId"));
    }

    @Test
    void aDecidedRoundTakesNoScoresOrSecondDecision() {
        PrioriteringDecidedEvent decided = new PrioriteringDecidedEvent(RONDE, "Begroting 2027",
                List.of(new Rangschikking("a", 1, 12, KeuzeUitkomst.OPPAKKEN, "r")), COLLEGE);
        fixture.given(OPENED, scored("a", 12), decided)
                .when(new ScoreOpgaveCommand(RONDE, "b", Map.of("urgentie", 3, "capaciteit", 3), PB))
                .expectException(refusal(ErrorCode.RONDE_DECIDED, null));
        fixture.given(OPENED, scored("a", 12), decided)
                .when(new DecidePrioriteringCommand(RONDE, List.of(new Keuze("a", KeuzeUitkomst.NIET_OPPAKKEN, "r")),
                        COLLEGE))
                .expectException(refusal(ErrorCode.RONDE_DECIDED, null));
    }

    private static OpgaveScoredEvent scored(String opgaveId, int totaal) {
        return new OpgaveScoredEvent(RONDE, opgaveId, Map.of("urgentie", 1, "capaciteit", 1), totaal, PB);
    }

    static Matcher<?> refusal(ErrorCode code, String veld) {
        return Matchers.predicate(e -> e instanceof BusinessRuleException b && b.code() == code
                && (veld == null || veld.equals(b.details().get("veld"))));
    }
}
