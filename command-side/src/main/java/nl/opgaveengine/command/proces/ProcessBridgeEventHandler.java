package nl.opgaveengine.command.proces;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.GateDecidedEvent;
import nl.opgaveengine.api.opgave.LinkProcessCommand;
import nl.opgaveengine.api.opgave.ProcessLinkedEvent;
import nl.opgaveengine.api.opgave.ProcesstapTakenEvent;
import nl.opgaveengine.api.opgave.SprintEndedEvent;
import nl.opgaveengine.api.opgave.WerkwijzeChosenEvent;
import nl.opgaveengine.api.opgave.WerkwijzeSwitchedEvent;
import nl.opgaveengine.bpmn.LifecycleProtocol;
import nl.opgaveengine.bpmn.ProcesregieProcess;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns domain facts into process steps: a chosen werkwijze starts its model (a switch cancels the old one first), a
 * gate decision is published as the message the waiting model routes on, a procesregie step is activated. Never replayed: these are side effects.
 * With the embedded engine the step commits together with this processor's token. A handler that fails is not
 * skipped: the processor rolls back and handles the event again, with a growing pause (see
 * {@link ProcessBridgeConfiguration}), so no step is lost.
 */
@Component
@ProcessingGroup(ProcessBridgeEventHandler.PROCESSING_GROUP)
public class ProcessBridgeEventHandler {

    public static final String PROCESSING_GROUP = "process-bridge";

    private static final Logger LOG = LoggerFactory.getLogger(ProcessBridgeEventHandler.class);

    private final ProcessBridge bridge;
    private final WerkwijzeModellen modellen;
    private final CommandGateway commandGateway;
    private final Clock clock;
    private final PcKalender kalender;
    private final EventStore eventStore;

    public ProcessBridgeEventHandler(ProcessBridge bridge, WerkwijzeModellen modellen, CommandGateway commandGateway,
                                     Clock clock, PcKalender kalender, EventStore eventStore) {
        this.kalender = kalender;
        this.eventStore = eventStore;
        this.bridge = bridge;
        this.modellen = modellen;
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    /**
     * Starts the chosen werkwijze's model and links its instance to the opgave. One choice starts one instance, also
     * when the choice is handled again (after a crash, or a failure that rolled the processor back): the instance's
     * correlation key is made from the choice's event id, and a choice whose key the opgave has already linked starts
     * nothing.
     */
    @EventHandler
    @DisallowReplay
    public void on(WerkwijzeChosenEvent event, EventMessage<?> message) {
        modellen.modelFor(event.werkwijze()).ifPresent(processId -> {
            // each instance gets its own correlation key, so a decision meant for one instance (buffered
            // for its time to live) never reaches the next model of the same opgave
            String procesSleutel = event.opgaveId() + "/" + message.getIdentifier();
            if (linked(event.opgaveId(), procesSleutel)) {
                LOG.info("Werkwijze {} van opgave {} is al gestart en gekoppeld ({}): niets opnieuw gestart",
                        event.werkwijze(), event.opgaveId(), procesSleutel);
                return;
            }
            Map<String, Object> variables = startVariables(event, processId);
            variables.put(LifecycleProtocol.VAR_PROCES_SLEUTEL, procesSleutel);
            ProcessBridge.StartedProcess started = bridge.start(processId, variables);
            try {
                commandGateway.sendAndWait(new LinkProcessCommand(event.opgaveId(), started.bpmnProcessId(),
                        started.version(), started.processDefinitionKey(), started.processInstanceKey(),
                        Attribution.byProcess("Werkwijze " + event.werkwijze() + " gestart op procesmodel "
                                + started.bpmnProcessId() + " versie " + started.version(), clock.instant()),
                        procesSleutel));
            } catch (RuntimeException notLinked) {
                // the event is handled again (the processor retries it): an instance that no opgave knows of
                // must not keep running beside the one the retry starts
                if (!bridge.joinsCallerTransaction()) {
                    bridge.cancel(started.processInstanceKey());
                }
                throw notLinked;
            }
        });
    }

    /** True when the opgave's history links an instance started for this choice (read in this processor's transaction). */
    private boolean linked(String opgaveId, String procesSleutel) {
        return eventStore.readEvents(opgaveId).asStream()
                .map(EventMessage::getPayload)
                .anyMatch(payload -> payload instanceof ProcessLinkedEvent link && procesSleutel.equals(link.procesSleutel()));
    }

    /** The old werkwijze's instance stops; its history stays in the event store. The new model starts on the chosen event. */
    @EventHandler
    @DisallowReplay
    void on(WerkwijzeSwitchedEvent event) {
        if (event.oudeProcessInstanceKey() != null) {
            bridge.cancel(event.oudeProcessInstanceKey());
        }
    }

    /** A reported procesregie step: the model runs its step task in the ad-hoc sub-process. */
    @EventHandler
    @DisallowReplay
    void on(ProcesstapTakenEvent event) {
        bridge.activateAdHocElement(event.processInstanceKey(), ProcesregieProcess.AD_HOC_SUB_PROCESS_WYBEREN,
                ProcesregieProcess.stapTask(event.stap().modelNaam()));
    }

    /** The team ended the sprint early: the running sprint's message catch event ends it. */
    @EventHandler
    @DisallowReplay
    void on(SprintEndedEvent event, EventMessage<?> message) {
        bridge.publish(LifecycleProtocol.MESSAGE_SPRINT_AFGEROND, event.opgaveId(), Map.of(), message.getIdentifier());
    }

    private Map<String, Object> startVariables(WerkwijzeChosenEvent event, String processId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(LifecycleProtocol.VAR_OPGAVE_ID, event.opgaveId());
        variables.put(LifecycleProtocol.VAR_VOLGEND_PC_MOMENT,
                kalender.volgende(clock.instant()).map(g -> g.moment().toString()).orElse(null));
        if (ProcesregieProcess.PROCESS_ID.equals(processId)) {
            // the procesregisseur takes every step through the API: none starts by itself
            variables.put(ProcesregieProcess.VAR_STAPPEN, List.of());
            variables.put(ProcesregieProcess.VAR_AANPAK_GEKOZEN, false);
        }
        return variables;
    }

    @EventHandler
    @DisallowReplay
    void on(GateDecidedEvent event, EventMessage<?> message) {
        String correlationKey = event.correlatieSleutel() != null ? event.correlatieSleutel() : event.opgaveId();
        bridge.publish(LifecycleProtocol.MESSAGE_GATE_BESLUIT, correlationKey, Map.of(
                LifecycleProtocol.VAR_UITKOMST, event.uitkomst(),
                LifecycleProtocol.VAR_GATE, event.gateId()), message.getIdentifier());
    }
}
