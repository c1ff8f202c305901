package nl.opgaveengine.command.proces;

import java.time.Clock;
import java.util.Map;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.GateDecidedEvent;
import nl.opgaveengine.api.opgave.LinkProcessCommand;
import nl.opgaveengine.api.opgave.WerkwijzeChosenEvent;
import nl.opgaveengine.bpmn.LifecycleProtocol;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Turns domain facts into process steps: a chosen werkwijze starts its model, a gate decision is
 * published as the message the waiting model routes on. Never replayed: these are side effects.
 * With the embedded engine the step commits together with this processor's token.
 */
@Component
@ProcessingGroup(ProcessBridgeEventHandler.PROCESSING_GROUP)
public class ProcessBridgeEventHandler {

    public static final String PROCESSING_GROUP = "process-bridge";

    private final ProcessBridge bridge;
    private final WerkwijzeModellen modellen;
    private final CommandGateway commandGateway;
    private final Clock clock;

    public ProcessBridgeEventHandler(ProcessBridge bridge, WerkwijzeModellen modellen, CommandGateway commandGateway,
                                     Clock clock) {
        this.bridge = bridge;
        this.modellen = modellen;
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @EventHandler
    @DisallowReplay
    void on(WerkwijzeChosenEvent event) {
        modellen.modelFor(event.werkwijze()).ifPresent(processId -> {
            ProcessBridge.StartedProcess started =
                    bridge.start(processId, Map.of(LifecycleProtocol.VAR_OPGAVE_ID, event.opgaveId()));
            commandGateway.sendAndWait(new LinkProcessCommand(event.opgaveId(), started.bpmnProcessId(),
                    started.version(), started.processDefinitionKey(), started.processInstanceKey(),
                    Attribution.byProcess("Werkwijze " + event.werkwijze() + " gestart op procesmodel "
                            + started.bpmnProcessId() + " versie " + started.version(), clock.instant())));
        });
    }

    @EventHandler
    @DisallowReplay
    void on(GateDecidedEvent event) {
        bridge.publish(LifecycleProtocol.MESSAGE_GATE_BESLUIT, event.opgaveId(), Map.of(
                LifecycleProtocol.VAR_UITKOMST, event.uitkomst(),
                LifecycleProtocol.VAR_GATE, event.gateId()));
    }
}
