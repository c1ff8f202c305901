package nl.opgaveengine.command.gebied;

import java.util.Map;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.gebied.GebiedKeys;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The rule that an area named anywhere (an opgave's, an initiative's, a player's) is on the municipality's list of
 * areas: answered from the event store, so a registered area is known at once, case-insensitively by its code.
 */
@Component
public class Gebiedenlijst {

    /** The rule's name in problem details. */
    public static final String REGEL = "Een gebied staat op de lijst van gebieden (POST /v1/gebieden) voordat het"
            + " wordt genoemd.";

    private final EventStore eventStore;

    public Gebiedenlijst(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public boolean bevat(String code) {
        return code != null && !code.isBlank() && eventStore.lastSequenceNumberFor(GebiedKeys.of(code)).isPresent();
    }

    /** Refuses (422, naming {@code veld}) an area that is not on the list; no area at all is allowed. */
    public void vereis(String code, String veld) {
        if (code == null || code.isBlank() || bevat(code)) {
            return;
        }
        throw new BusinessRuleException(ErrorCode.GEBIED_NOT_ON_LIST, "Gebied " + code.trim()
                + " staat niet op de lijst van gebieden. " + REGEL, Map.of("veld", veld, "gebied", code.trim(),
                "regel", REGEL));
    }
}
