package nl.opgaveengine.command.din;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgaveengine.api.din.AddDoelCommand;
import nl.opgaveengine.api.din.AddInspanningCommand;
import nl.opgaveengine.api.din.DinId;
import nl.opgaveengine.api.din.DoelAddedEvent;
import nl.opgaveengine.api.din.DoelMovedEvent;
import nl.opgaveengine.api.din.DoelRemovedEvent;
import nl.opgaveengine.api.din.InspanningAddedEvent;
import nl.opgaveengine.api.din.InspanningLinkedEvent;
import nl.opgaveengine.api.din.InspanningOpgaveLinkedEvent;
import nl.opgaveengine.api.din.InspanningUnlinkedEvent;
import nl.opgaveengine.api.din.LinkInspanningCommand;
import nl.opgaveengine.api.din.LinkInspanningOpgaveCommand;
import nl.opgaveengine.api.din.MoveDoelCommand;
import nl.opgaveengine.api.din.RecordVoortgangCommand;
import nl.opgaveengine.api.din.RemoveDoelCommand;
import nl.opgaveengine.api.din.UnlinkInspanningCommand;
import nl.opgaveengine.api.din.VoortgangRecordedEvent;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The doelen-inspanningen-netwerk of one programme ({@code din:<opgaveId>}): goals in a tree, efforts serving one or
 * more goals. Every effort serves at least one goal and the goal tree has no cycle; progress rolls up from efforts
 * to goals.
 */
@Aggregate
public class Din {

    @AggregateIdentifier
    private String dinId;
    private String opgaveId;
    /** Goal id to its parent goal id (null at the top). */
    private final Map<String, String> doelen = new LinkedHashMap<>();
    /** Effort id to the goals it serves. */
    private final Map<String, Set<String>> inspanningen = new HashMap<>();

    protected Din() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AddDoelCommand command) {
        requireReason(command.attribution(), "een doel toevoegen");
        String id = opgaveId != null ? opgaveId : command.opgaveId();
        if (doelen.containsKey(command.doelId()) || inspanningen.containsKey(command.doelId())) {
            throw exists(command.doelId());
        }
        if (command.bovenliggendDoelId() != null) {
            requireDoel(command.bovenliggendDoelId(), "bovenliggendDoelId");
        }
        apply(new DoelAddedEvent(DinId.of(id), id, command.doelId(), command.naam(), command.bovenliggendDoelId(),
                command.attribution()));
    }

    @CommandHandler
    public void handle(MoveDoelCommand command) {
        requireReason(command.attribution(), "een doel verplaatsen");
        requireDoel(command.doelId(), "doelId");
        String parent = command.bovenliggendDoelId();
        if (parent != null) {
            requireDoel(parent, "bovenliggendDoelId");
            for (String up = parent; up != null; up = doelen.get(up)) {
                if (up.equals(command.doelId())) {
                    throw new BusinessRuleException(ErrorCode.DIN_CYCLE, "Doel '" + command.doelId()
                            + "' kan niet onder '" + parent + "' hangen: dat is " + (parent.equals(command.doelId())
                            ? "het doel zelf" : "een van zijn eigen subdoelen") + "; het netwerk zou een kring krijgen.",
                            Map.of("regel", "geen kring in de doelenboom", "doelId", command.doelId(),
                                    "bovenliggendDoelId", parent));
                }
            }
        }
        apply(new DoelMovedEvent(dinId, opgaveId, command.doelId(), parent, command.attribution()));
    }

    @CommandHandler
    public void handle(RemoveDoelCommand command) {
        requireReason(command.attribution(), "een doel verwijderen");
        requireDoel(command.doelId(), "doelId");
        List<String> subdoelen = doelen.entrySet().stream().filter(e -> command.doelId().equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        if (!subdoelen.isEmpty()) {
            throw new BusinessRuleException(ErrorCode.DIN_DOEL_HEEFT_SUBDOELEN, "Doel '" + command.doelId()
                    + "' heeft subdoelen " + subdoelen + "; verplaats of verwijder die eerst.",
                    Map.of("regel", "een doel met subdoelen blijft staan", "subdoelen", subdoelen));
        }
        List<String> wees = inspanningen.entrySet().stream()
                .filter(e -> e.getValue().size() == 1 && e.getValue().contains(command.doelId()))
                .map(Map.Entry::getKey).sorted().toList();
        if (!wees.isEmpty()) {
            throw zonderDoel(wees, "doel '" + command.doelId() + "' verwijderen");
        }
        apply(new DoelRemovedEvent(dinId, opgaveId, command.doelId(), command.attribution()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AddInspanningCommand command) {
        requireReason(command.attribution(), "een inspanning toevoegen");
        if (dinId == null) {
            throw zonderDoel(List.of(command.inspanningId()), "een inspanning toevoegen aan een DIN zonder doelen");
        }
        if (inspanningen.containsKey(command.inspanningId()) || doelen.containsKey(command.inspanningId())) {
            throw exists(command.inspanningId());
        }
        List<String> doelIds = command.doelIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.doelIds()));
        if (doelIds.isEmpty()) {
            throw zonderDoel(List.of(command.inspanningId()), "een inspanning toevoegen zonder doel");
        }
        doelIds.forEach(d -> requireDoel(d, "doelIds"));
        apply(new InspanningAddedEvent(dinId, opgaveId, command.inspanningId(), command.naam(), doelIds,
                command.attribution()));
        if (command.subopgaveId() != null && !command.subopgaveId().isBlank()) {
            apply(new InspanningOpgaveLinkedEvent(dinId, opgaveId, command.inspanningId(), command.subopgaveId(),
                    command.attribution()));
        }
    }

    @CommandHandler
    public void handle(LinkInspanningCommand command) {
        requireReason(command.attribution(), "een inspanning aan een doel koppelen");
        Set<String> doelenVan = requireInspanning(command.inspanningId());
        requireDoel(command.doelId(), "doelId");
        if (!doelenVan.contains(command.doelId())) {
            apply(new InspanningLinkedEvent(dinId, opgaveId, command.inspanningId(), command.doelId(),
                    command.attribution()));
        }
    }

    @CommandHandler
    public void handle(UnlinkInspanningCommand command) {
        requireReason(command.attribution(), "een inspanning van een doel ontkoppelen");
        Set<String> doelenVan = requireInspanning(command.inspanningId());
        if (!doelenVan.contains(command.doelId())) {
            throw new BusinessRuleException(ErrorCode.DIN_ELEMENT_NOT_FOUND, "Inspanning '" + command.inspanningId()
                    + "' dient doel '" + command.doelId() + "' niet; zij dient " + sorted(doelenVan) + ".",
                    Map.of("veld", "doelId", "doelen", sorted(doelenVan)));
        }
        if (doelenVan.size() == 1) {
            throw zonderDoel(List.of(command.inspanningId()), "inspanning '" + command.inspanningId()
                    + "' ontkoppelen van haar enige doel '" + command.doelId() + "'");
        }
        apply(new InspanningUnlinkedEvent(dinId, opgaveId, command.inspanningId(), command.doelId(),
                command.attribution()));
    }

    @CommandHandler
    public void handle(LinkInspanningOpgaveCommand command) {
        requireReason(command.attribution(), "een inspanning aan een opgave koppelen");
        requireInspanning(command.inspanningId());
        apply(new InspanningOpgaveLinkedEvent(dinId, opgaveId, command.inspanningId(), command.subopgaveId(),
                command.attribution()));
    }

    @CommandHandler
    public void handle(RecordVoortgangCommand command) {
        requireInspanning(command.inspanningId());
        if (command.voortgang() < 0 || command.voortgang() > 100) {
            throw new BusinessRuleException(ErrorCode.INVALID_INPUT, "Voortgang is een percentage van 0 tot en met 100,"
                    + " niet " + command.voortgang() + ".", Map.of("veld", "voortgang"));
        }
        Attribution by = command.attribution().hasReason() ? command.attribution()
                : command.attribution().withReason("Voortgang bijgewerkt");
        apply(new VoortgangRecordedEvent(dinId, opgaveId, command.inspanningId(), command.voortgang(), by));
    }

    private void requireDoel(String doelId, String veld) {
        if (doelId == null || !doelen.containsKey(doelId)) {
            throw new BusinessRuleException(ErrorCode.DIN_ELEMENT_NOT_FOUND, "Doel '" + doelId
                    + "' bestaat niet in dit netwerk; bekende doelen: " + sorted(doelen.keySet()) + ".",
                    Map.of("veld", veld, "doelId", String.valueOf(doelId)));
        }
    }

    private Set<String> requireInspanning(String inspanningId) {
        Set<String> doelenVan = inspanningen.get(inspanningId);
        if (doelenVan == null) {
            throw new BusinessRuleException(ErrorCode.DIN_ELEMENT_NOT_FOUND, "Inspanning '" + inspanningId
                    + "' bestaat niet in dit netwerk.", Map.of("inspanningId", String.valueOf(inspanningId)));
        }
        return doelenVan;
    }

    private static BusinessRuleException zonderDoel(List<String> inspanningIds, String what) {
        return new BusinessRuleException(ErrorCode.DIN_INSPANNING_ZONDER_DOEL, "Dat kan niet (" + what
                + "): elke inspanning dient minstens één doel, en dan bleven " + inspanningIds + " zonder doel.",
                Map.of("regel", "elke inspanning dient minstens één doel", "inspanningen", inspanningIds));
    }

    private static BusinessRuleException exists(String id) {
        return new BusinessRuleException(ErrorCode.DIN_ELEMENT_EXISTS, "Er is al een doel of inspanning met id '"
                + id + "'.", Map.of("id", id));
    }

    private static void requireReason(Attribution attribution, String what) {
        if (!attribution.hasReason()) {
            throw new BusinessRuleException(ErrorCode.REASON_REQUIRED, "Een reden is verplicht: " + what + ".",
                    Map.of("veld", "reden"));
        }
    }

    private static List<String> sorted(Set<String> ids) {
        return new ArrayList<>(ids).stream().sorted().toList();
    }

    @EventSourcingHandler
    void on(DoelAddedEvent event) {
        dinId = event.dinId();
        opgaveId = event.opgaveId();
        doelen.put(event.doelId(), event.bovenliggendDoelId());
    }

    @EventSourcingHandler
    void on(DoelMovedEvent event) {
        doelen.put(event.doelId(), event.bovenliggendDoelId());
    }

    @EventSourcingHandler
    void on(DoelRemovedEvent event) {
        doelen.remove(event.doelId());
        inspanningen.values().forEach(d -> d.remove(event.doelId()));
    }

    @EventSourcingHandler
    void on(InspanningAddedEvent event) {
        inspanningen.put(event.inspanningId(), new LinkedHashSet<>(event.doelIds()));
    }

    @EventSourcingHandler
    void on(InspanningLinkedEvent event) {
        inspanningen.get(event.inspanningId()).add(event.doelId());
    }

    @EventSourcingHandler
    void on(InspanningUnlinkedEvent event) {
        inspanningen.get(event.inspanningId()).remove(event.doelId());
    }
}
