package nl.opgaveengine.command.din;

import java.time.Instant;
import java.util.List;
import nl.opgaveengine.api.din.AddDoelCommand;
import nl.opgaveengine.api.din.AddInspanningCommand;
import nl.opgaveengine.api.din.DoelAddedEvent;
import nl.opgaveengine.api.din.DoelMovedEvent;
import nl.opgaveengine.api.din.InspanningAddedEvent;
import nl.opgaveengine.api.din.InspanningLinkedEvent;
import nl.opgaveengine.api.din.InspanningOpgaveLinkedEvent;
import nl.opgaveengine.api.din.InspanningUnlinkedEvent;
import nl.opgaveengine.api.din.LinkInspanningCommand;
import nl.opgaveengine.api.din.MoveDoelCommand;
import nl.opgaveengine.api.din.RecordVoortgangCommand;
import nl.opgaveengine.api.din.RemoveDoelCommand;
import nl.opgaveengine.api.din.UnlinkInspanningCommand;
import nl.opgaveengine.api.din.VoortgangRecordedEvent;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a programme's DIN: every effort serves a goal, the goal tree has no cycle. */
class DinTest {

    private static final String OPGAVE = "programma-1";
    private static final String DIN = "din:" + OPGAVE;
    private static final Attribution BY = new Attribution("programmamanager", null,
            Instant.parse("2026-03-01T09:00:00Z"), "programmaplan");

    private FixtureConfiguration<Din> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Din.class);
    }

    private static Object[] netwerk() {
        return new Object[]{
                new DoelAddedEvent(DIN, OPGAVE, "klimaat", "Minder wateroverlast", null, BY),
                new DoelAddedEvent(DIN, OPGAVE, "groen", "Meer groen in Oost", "klimaat", BY),
                new DoelAddedEvent(DIN, OPGAVE, "hitte", "Minder hittestress", "klimaat", BY),
                new InspanningAddedEvent(DIN, OPGAVE, "daken", "Groene daken aanleggen", List.of("groen"), BY)};
    }

    private static Matcher<?> refusedWith(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof BusinessRuleException b && b.code() == code);
    }

    @Test
    void startsTheNetworkWithItsFirstGoal() {
        fixture.givenNoPriorActivity()
                .when(new AddDoelCommand(DIN, OPGAVE, "klimaat", "Minder wateroverlast", null, BY))
                .expectEvents(new DoelAddedEvent(DIN, OPGAVE, "klimaat", "Minder wateroverlast", null, BY));
    }

    @Test
    void addsAnEffortThatIsAnOpgaveOfItsOwn() {
        fixture.given(netwerk())
                .when(new AddInspanningCommand(DIN, OPGAVE, "wadi", "Wadi's graven", List.of("groen", "hitte"), "sub-9", BY))
                .expectEvents(new InspanningAddedEvent(DIN, OPGAVE, "wadi", "Wadi's graven", List.of("groen", "hitte"), BY),
                        new InspanningOpgaveLinkedEvent(DIN, OPGAVE, "wadi", "sub-9", BY));
    }

    @Test
    void refusesAnEffortWithoutGoal() {
        fixture.given(netwerk())
                .when(new AddInspanningCommand(DIN, OPGAVE, "wadi", "Wadi's graven", List.of(), null, BY))
                .expectException(refusedWith(ErrorCode.DIN_INSPANNING_ZONDER_DOEL));
    }

    @Test
    void refusesAnEffortForAnUnknownGoal() {
        fixture.given(netwerk())
                .when(new AddInspanningCommand(DIN, OPGAVE, "wadi", "Wadi's graven", List.of("bestaat-niet"), null, BY))
                .expectException(refusedWith(ErrorCode.DIN_ELEMENT_NOT_FOUND));
    }

    @Test
    void refusesUnlinkingAnEffortFromItsOnlyGoal() {
        fixture.given(netwerk())
                .when(new UnlinkInspanningCommand(DIN, "daken", "groen", BY))
                .expectException(refusedWith(ErrorCode.DIN_INSPANNING_ZONDER_DOEL));
    }

    @Test
    void unlinksAnEffortThatStillServesAnotherGoal() {
        fixture.given(netwerk())
                .andGiven(new InspanningLinkedEvent(DIN, OPGAVE, "daken", "hitte", BY))
                .when(new UnlinkInspanningCommand(DIN, "daken", "groen", BY))
                .expectEvents(new InspanningUnlinkedEvent(DIN, OPGAVE, "daken", "groen", BY));
    }

    @Test
    void refusesRemovingTheOnlyGoalOfAnEffort() {
        fixture.given(netwerk())
                .when(new RemoveDoelCommand(DIN, "groen", BY))
                .expectException(refusedWith(ErrorCode.DIN_INSPANNING_ZONDER_DOEL));
    }

    @Test
    void refusesRemovingAGoalWithSubgoals() {
        fixture.given(netwerk())
                .when(new RemoveDoelCommand(DIN, "klimaat", BY))
                .expectException(refusedWith(ErrorCode.DIN_DOEL_HEEFT_SUBDOELEN));
    }

    @Test
    void refusesMovingAGoalUnderItsOwnSubgoal() {
        fixture.given(netwerk())
                .when(new MoveDoelCommand(DIN, "klimaat", "groen", BY))
                .expectException(refusedWith(ErrorCode.DIN_CYCLE));
    }

    @Test
    void refusesMovingAGoalUnderItself() {
        fixture.given(netwerk())
                .when(new MoveDoelCommand(DIN, "groen", "groen", BY))
                .expectException(refusedWith(ErrorCode.DIN_CYCLE));
    }

    @Test
    void movesAGoalUnderAnotherBranch() {
        fixture.given(netwerk())
                .when(new MoveDoelCommand(DIN, "hitte", "groen", BY))
                .expectEvents(new DoelMovedEvent(DIN, OPGAVE, "hitte", "groen", BY));
    }

    @Test
    void linksAnEffortToAnotherGoalOnce() {
        fixture.given(netwerk())
                .andGiven(new InspanningLinkedEvent(DIN, OPGAVE, "daken", "hitte", BY))
                .when(new LinkInspanningCommand(DIN, "daken", "hitte", BY))
                .expectNoEvents();
    }

    @Test
    void recordsProgressAsAPercentage() {
        fixture.given(netwerk())
                .when(new RecordVoortgangCommand(DIN, "daken", 40, BY))
                .expectEvents(new VoortgangRecordedEvent(DIN, OPGAVE, "daken", 40, BY));
        fixture.given(netwerk())
                .when(new RecordVoortgangCommand(DIN, "daken", 140, BY))
                .expectException(refusedWith(ErrorCode.INVALID_INPUT));
    }
}
