package nl.opgaveengine.query;

import nl.opgaveengine.query.audit.Gebeurtenis;
import nl.opgaveengine.query.audit.GebeurtenissenRepository;
import nl.opgaveengine.query.opgave.OpgaveDetail;
import nl.opgaveengine.query.opgave.OpgaveDetailRepository;
import nl.opgaveengine.query.portfolio.PortfolioFilter;
import nl.opgaveengine.query.portfolio.PortfolioRegel;
import nl.opgaveengine.query.portfolio.PortfolioRepository;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static nl.opgaveengine.query.OpgaveHistory.newOpgaveId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every projection runs in its own tracking processor and rebuilds the same view after a token reset. */
@QuerySideTest
class ProjectionReplayTest {

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    OpgaveDetailRepository details;

    @Autowired
    PortfolioRepository portfolio;

    @Autowired
    GebeurtenissenRepository gebeurtenissen;

    @Test
    void eachProjectionHasItsOwnTrackingProcessor() {
        assertThat(QueryProcessorsConfiguration.PROCESSING_GROUPS)
                .containsExactly("opgave-detail", "portfolio", "gebeurtenissen", "verantwoording", "batenregister",
                        "pc-rapportage", "procesmodellen")
                .allSatisfy(group -> assertThat(processing.eventProcessor(group, TrackingEventProcessor.class))
                        .hasValueSatisfying(processor -> assertThat(processor.supportsReset()).isTrue()));
    }

    @Test
    void resettingTheTokensRebuildsTheSameViews() {
        String thema = "thema-" + UUID.randomUUID();
        OpgaveHistory history = OpgaveHistory.projectAtSecondGate(newOpgaveId(), thema, "Noord");
        eventStore.publish(history.messages());
        await().atMost(Duration.ofSeconds(20)).until(() -> views(history, thema).complete(history));
        Views before = views(history, thema);

        for (String group : QueryProcessorsConfiguration.PROCESSING_GROUPS) {
            TrackingEventProcessor processor =
                    processing.eventProcessor(group, TrackingEventProcessor.class).orElseThrow();
            processor.shutDown();
            processor.resetTokens();
        }
        assertThat(views(history, thema)).isEqualTo(new Views(Optional.empty(), List.of(), List.of()));
        processing.eventProcessors().values().forEach(EventProcessor::start);

        await().atMost(Duration.ofSeconds(60)).until(() -> views(history, thema).equals(before));
    }

    private Views views(OpgaveHistory history, String thema) {
        return new Views(details.find(history.opgaveId()),
                // overdue reports count P&C moments of every test (and, on PostgreSQL, of earlier runs whose rows
                // outlive the in-memory event store), so they are left out of this comparison
                portfolio.find(new PortfolioFilter(thema, null, null, null), 1, 20).regels().stream()
                        .map(r -> new PortfolioRegel(r.id(), r.titel(), r.thema(), r.gebied(), r.werkwijze(), r.status(),
                                r.fase(), r.openGate(), r.sturingsdriehoek(), r.geregistreerdOp(), r.achterstalligeGates(),
                                0, r.budget(), r.koppelingen()))
                        .toList(),
                gebeurtenissen.findByOpgave(history.opgaveId()));
    }

    record Views(Optional<OpgaveDetail> detail, List<PortfolioRegel> portfolio, List<Gebeurtenis> gebeurtenissen) {

        boolean complete(OpgaveHistory history) {
            return detail.map(d -> d.openGate() != null && "gate_definitie".equals(d.openGate().gateId())).orElse(false)
                    && portfolio.size() == 1 && portfolio.get(0).openGate() != null
                    && gebeurtenissen.size() == history.messages().size();
        }
    }
}
