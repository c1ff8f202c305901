package nl.opgaveengine.command.baten;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgaveengine.api.baten.AcceptBaatOverdrachtCommand;
import nl.opgaveengine.api.baten.BaatMetingRecordedEvent;
import nl.opgaveengine.api.baten.BaatOverdrachtAcceptedEvent;
import nl.opgaveengine.api.baten.BaatOverdrachtProposedEvent;
import nl.opgaveengine.api.baten.BaatRegisteredEvent;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.baten.ProposeBaatOverdrachtCommand;
import nl.opgaveengine.api.baten.RecordBaatMetingCommand;
import nl.opgaveengine.api.baten.RegisterBaatCommand;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A baat (benefit) of an opgave: its owner, expected and realised measures, and the handover of its results to a
 * receiver in the line or among the end users, which only that receiver can accept. A baat lives on its own, so it
 * keeps its owner after the opgave closes.
 */
@Aggregate
public class Baat {

    /** Global roles that may act on any baat besides its owner. */
    static final Set<String> BEHEER_ROLLEN = Set.of("PROJECTBUREAU", "CONTROLLER");
    /** The role recorded when the owner acts without a global role. */
    static final String EIGENAAR_ROL = "BAATEIGENAAR";
    /** The role recorded when the receiver accepts a handover. */
    static final String ONTVANGER_ROL = "ONTVANGER";

    @AggregateIdentifier
    private String baatId;
    private String opgaveId;
    private String eigenaar;
    private BaatOverdrachtProposedEvent voorgesteldeOverdracht;

    protected Baat() {
        // for Axon
    }

    @CommandHandler
    public Baat(RegisterBaatCommand command, KnownOpgaven opgaven) {
        opgaven.require(command.opgaveId(), "opgaveId");
        for (String inspanning : command.inspanningen() == null ? List.<String>of() : command.inspanningen()) {
            opgaven.require(inspanning, "inspanningen");
        }
        if (!BEHEER_ROLLEN.contains(String.valueOf(command.attribution().role()))) {
            throw noMandate(command.attribution().actor(), "een baat registreren");
        }
        Attribution who = command.attribution().hasReason() ? command.attribution()
                : command.attribution().withReason("Baat geregistreerd");
        apply(new BaatRegisteredEvent(command.baatId(), command.opgaveId(), command.titel(), command.doel(),
                command.indicator(), command.eenheid(), command.nulmeting(), command.streefwaarde(),
                command.streefdatum(), command.eigenaar(),
                command.inspanningen() == null ? List.of() : List.copyOf(command.inspanningen()), who));
    }

    @CommandHandler
    public void handle(RecordBaatMetingCommand command) {
        Attribution who = actingAsOwnerOrBeheer(command.attribution(), "een meting vastleggen");
        if (!who.hasReason()) {
            who = who.withReason("Meting " + command.soort().name().toLowerCase() + " per " + command.peildatum());
        }
        apply(new BaatMetingRecordedEvent(baatId, opgaveId, command.soort(), command.peildatum(), command.waarde(), who));
    }

    @CommandHandler
    public void handle(ProposeBaatOverdrachtCommand command) {
        Attribution who = actingAsOwnerOrBeheer(command.attribution(), "een overdracht voorstellen");
        if (!who.hasReason()) {
            throw new BusinessRuleException(ErrorCode.REASON_REQUIRED,
                    "Een reden is verplicht: het voorstellen van een overdracht.", Map.of("veld", "reden"));
        }
        if (voorgesteldeOverdracht != null) {
            throw new BusinessRuleException(ErrorCode.OVERDRACHT_ALREADY_PROPOSED, "Er staat al een overdracht aan "
                    + voorgesteldeOverdracht.ontvanger() + " open; die moet eerst worden geaccepteerd.",
                    Map.of("ontvanger", voorgesteldeOverdracht.ontvanger()));
        }
        if (command.ontvanger().equals(eigenaar)) {
            throw new BusinessRuleException(ErrorCode.INVALID_INPUT, command.ontvanger()
                    + " is al eigenaar van deze baat.", Map.of("veld", "ontvanger"));
        }
        apply(new BaatOverdrachtProposedEvent(baatId, opgaveId, eigenaar, command.ontvanger(), command.ontvangerSoort(),
                command.organisatie(), who));
    }

    @CommandHandler
    public void handle(AcceptBaatOverdrachtCommand command) {
        if (voorgesteldeOverdracht == null) {
            throw new BusinessRuleException(ErrorCode.NO_OVERDRACHT_PROPOSED,
                    "Er staat geen overdracht van deze baat open; eigenaar is " + eigenaar + ".",
                    Map.of("eigenaar", eigenaar));
        }
        String actor = command.attribution().actor();
        if (!voorgesteldeOverdracht.ontvanger().equals(actor)) {
            throw new BusinessRuleException(ErrorCode.NO_MANDATE, actor + " mag deze overdracht niet accepteren: alleen "
                    + voorgesteldeOverdracht.ontvanger() + " (de ontvanger) mag dat.",
                    Map.of("vereisteRol", ONTVANGER_ROL, "ontvanger", voorgesteldeOverdracht.ontvanger()));
        }
        Attribution who = command.attribution().withRole(ONTVANGER_ROL);
        if (!who.hasReason()) {
            who = who.withReason("Overdracht geaccepteerd");
        }
        apply(new BaatOverdrachtAcceptedEvent(baatId, opgaveId, eigenaar, actor, voorgesteldeOverdracht.ontvangerSoort(),
                voorgesteldeOverdracht.organisatie(), who));
    }

    private Attribution actingAsOwnerOrBeheer(Attribution attribution, String what) {
        if (BEHEER_ROLLEN.contains(String.valueOf(attribution.role()))) {
            return attribution;
        }
        if (attribution.actor().equals(eigenaar)) {
            return attribution.withRole(EIGENAAR_ROL);
        }
        throw noMandate(attribution.actor(), what);
    }

    private static BusinessRuleException noMandate(String actor, String what) {
        return new BusinessRuleException(ErrorCode.NO_MANDATE, actor + " mag niet " + what
                + ": daarvoor is de eigenaar van de baat of de rol PROJECTBUREAU of CONTROLLER nodig.",
                Map.of("vereisteRol", "BAATEIGENAAR, PROJECTBUREAU of CONTROLLER"));
    }

    @EventSourcingHandler
    void on(BaatRegisteredEvent event) {
        baatId = event.baatId();
        opgaveId = event.opgaveId();
        eigenaar = event.eigenaar();
    }

    @EventSourcingHandler
    void on(BaatOverdrachtProposedEvent event) {
        voorgesteldeOverdracht = event;
    }

    @EventSourcingHandler
    void on(BaatOverdrachtAcceptedEvent event) {
        eigenaar = event.nieuweEigenaar();
        voorgesteldeOverdracht = null;
    }
}
