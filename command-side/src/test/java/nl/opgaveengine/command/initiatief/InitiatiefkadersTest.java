package nl.opgaveengine.command.initiatief;

import java.time.Instant;
import java.util.List;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.initiatief.InitiatiefnemerSoort;
import nl.opgaveengine.api.initiatief.KadersPublishedEvent;
import nl.opgaveengine.api.initiatief.PublishKadersCommand;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The college publishes the frames in numbered versions, with a reason. */
class InitiatiefkadersTest {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final Attribution COLLEGE = new Attribution("burgemeester", "COLLEGE", T, "Raadsbesluit kaders");

    private FixtureConfiguration<Initiatiefkaders> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Initiatiefkaders.class);
    }

    @Test
    void eachPublicationIsTheNextVersion() {
        KadersPublishedEvent eerste = new KadersPublishedEvent("initiatiefkaders", 1, List.of("groen"),
                List.of(InitiatiefnemerSoort.BEWONER), List.of(), List.of(), COLLEGE);
        fixture.givenNoPriorActivity()
                .when(new PublishKadersCommand("initiatiefkaders", List.of("groen"),
                        List.of(InitiatiefnemerSoort.BEWONER), null, null, COLLEGE))
                .expectEvents(eerste);
        fixture.given(eerste)
                .when(new PublishKadersCommand("initiatiefkaders", List.of("groen", "zorg"),
                        List.of(InitiatiefnemerSoort.BEWONER, InitiatiefnemerSoort.INSTELLING), List.of("Begroting"),
                        List.of("Subsidie"), COLLEGE))
                .expectEvents(new KadersPublishedEvent("initiatiefkaders", 2, List.of("groen", "zorg"),
                        List.of(InitiatiefnemerSoort.BEWONER, InitiatiefnemerSoort.INSTELLING), List.of("Begroting"),
                        List.of("Subsidie"), COLLEGE));
    }

    @Test
    void onlyTheCollegePublishesWithAReasonAndAtLeastOneThemeAndInitiator() {
        fixture.givenNoPriorActivity()
                .when(new PublishKadersCommand("initiatiefkaders", List.of("groen"), List.of(InitiatiefnemerSoort.BEWONER),
                        null, null, new Attribution("anna", "PROJECTBUREAU", T, "r")))
                .expectException(Matchers.predicate(e -> e instanceof BusinessRuleException b
                        && b.code() == ErrorCode.NO_MANDATE));
        fixture.givenNoPriorActivity()
                .when(new PublishKadersCommand("initiatiefkaders", List.of(), List.of(InitiatiefnemerSoort.BEWONER),
                        null, null, COLLEGE))
                .expectException(Matchers.predicate(e -> e instanceof BusinessRuleException b
                        && "inhoud".equals(b.details().get("veld"))));
        fixture.givenNoPriorActivity()
                .when(new PublishKadersCommand("initiatiefkaders", List.of("groen"), List.of(InitiatiefnemerSoort.BEWONER),
                        null, null, COLLEGE.withReason(null)))
                .expectException(Matchers.predicate(e -> e instanceof BusinessRuleException b
                        && b.code() == ErrorCode.REASON_REQUIRED));
    }
}
