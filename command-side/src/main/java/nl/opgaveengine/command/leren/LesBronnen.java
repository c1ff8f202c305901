package nl.opgaveengine.command.leren;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.leren.LesBron;
import nl.opgaveengine.api.opgave.GateDecidedEvent;
import nl.opgaveengine.api.opgave.GateOpenedEvent;
import nl.opgaveengine.api.opgave.ProcesstapExecutedEvent;
import nl.opgaveengine.api.opgave.ProcesstapTakenEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The rule that a lesson of a gate review or a procesregie step names something that happened on that opgave: a gate
 * that opened on it (by its gate id, as the model names it), or a step that was taken on it (by its step id, or by
 * the kind of step: {@code DIVERGEREN}, {@code CONVERGEREN}, {@code CONSOLIDEREN}). Read from the opgave's own events.
 */
@Component
public class LesBronnen {

    private final EventStore eventStore;

    public LesBronnen(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Refuses (422, field {@code bronReferentie}) a gate or step that did not happen on the opgave. */
    public void vereis(String opgaveId, LesBron bron, String referentie) {
        if (bron == LesBron.EVALUATIERAPPORT || referentie == null) {
            return;
        }
        Set<String> bekend = bron == LesBron.GATE_REVIEW ? gates(opgaveId) : stappen(opgaveId);
        String gezocht = referentie.trim();
        boolean gevonden = bekend.contains(gezocht) || (bron == LesBron.PROCESSTAP
                && bekend.contains(gezocht.toUpperCase(Locale.ROOT)));
        if (!gevonden) {
            String wat = bron == LesBron.GATE_REVIEW ? "gate" : "processtap";
            throw new BusinessRuleException(ErrorCode.LES_BRON_UNKNOWN, "Op opgave " + opgaveId + " is geen " + wat
                    + " '" + gezocht + "' geweest; een les uit een " + (bron == LesBron.GATE_REVIEW ? "gate review"
                    : "processtap") + " noemt een " + wat + " die op deze opgave " + (bron == LesBron.GATE_REVIEW
                    ? "is geopend" : "is gezet") + ". Bekend: " + (bekend.isEmpty() ? "geen" : String.join(", ", bekend))
                    + ".", Map.of("veld", "bronReferentie", "regel", "Een les noemt een " + wat + " van deze opgave.",
                    "bekend", List.copyOf(bekend)));
        }
    }

    /** The gate ids that opened (or were decided) on the opgave, in order. */
    Set<String> gates(String opgaveId) {
        Set<String> gates = new LinkedHashSet<>();
        eventStore.readEvents(opgaveId).asStream().forEach(message -> {
            if (message.getPayload() instanceof GateOpenedEvent opened) {
                gates.add(opened.gateId());
            } else if (message.getPayload() instanceof GateDecidedEvent decided) {
                gates.add(decided.gateId());
            }
        });
        return gates;
    }

    /** The step ids taken on the opgave and the kinds of step taken, in order. */
    Set<String> stappen(String opgaveId) {
        Set<String> stappen = new LinkedHashSet<>();
        eventStore.readEvents(opgaveId).asStream().forEach(message -> {
            if (message.getPayload() instanceof ProcesstapTakenEvent taken) {
                add(stappen, taken.stapId(), taken.stap() == null ? null : taken.stap().name());
            } else if (message.getPayload() instanceof ProcesstapExecutedEvent executed) {
                add(stappen, executed.stapId(), executed.stap() == null ? null : executed.stap().name());
            }
        });
        return stappen;
    }

    private static void add(Set<String> into, String id, String soort) {
        if (id != null) {
            into.add(id);
        }
        if (soort != null) {
            into.add(soort);
        }
    }
}
