package nl.opgaveengine.command.initiatief;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.initiatief.AnswerInitiatiefnemerCommand;
import nl.opgaveengine.api.initiatief.AssessInitiatiefCommand;
import nl.opgaveengine.api.initiatief.Beoordeling;
import nl.opgaveengine.api.initiatief.ConvertInitiatiefCommand;
import nl.opgaveengine.api.initiatief.InitiatiefAssessedEvent;
import nl.opgaveengine.api.initiatief.InitiatiefConvertedEvent;
import nl.opgaveengine.api.initiatief.InitiatiefSubmittedEvent;
import nl.opgaveengine.api.initiatief.InitiatiefnemerAnsweredEvent;
import nl.opgaveengine.api.initiatief.Kader;
import nl.opgaveengine.api.initiatief.KadersPublishedEvent;
import nl.opgaveengine.api.initiatief.Strategie;
import nl.opgaveengine.api.initiatief.SubmitInitiatiefCommand;
import nl.opgaveengine.api.initiatief.Toetsing;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.command.gebied.Gebiedenlijst;
import nl.opgaveengine.command.portfolio.Rollen;
import nl.opgaveengine.command.security.GlobalRole;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An initiative from society: submitted under the published frames, assessed against each of the four frames with
 * a decision and a strategy, answered to the initiator, and — once accepted — turned into an opgave.
 */
@Aggregate
public class Initiatief {

    /** The role recorded for the initiator, who holds no global role. */
    static final String INITIATIEFNEMER_ROL = "INITIATIEFNEMER";

    @AggregateIdentifier
    private String initiatiefId;
    private InitiatiefSubmittedEvent ingediend;
    private Beoordeling beoordeling;
    private Strategie strategie;
    private String opgaveId;

    protected Initiatief() {
        // for Axon
    }

    @CommandHandler
    public Initiatief(SubmitInitiatiefCommand command, GepubliceerdeKaders kaders, Gebiedenlijst gebieden) {
        KadersPublishedEvent huidige = kaders.require();
        gebieden.vereis(command.gebied(), "gebied");
        gebieden.vereis(command.initiatiefnemerGebied(), "initiatiefnemerGebied");
        if (command.initiatiefnemerSoort() == null) {
            throw Rollen.invalid("initiatiefnemerSoort", "De soort initiatiefnemer ontbreekt: BEWONER, BEDRIJF of"
                    + " INSTELLING.");
        }
        Attribution who = command.attribution().withRole(INITIATIEFNEMER_ROL);
        apply(new InitiatiefSubmittedEvent(command.initiatiefId(), command.titel(), command.omschrijving(),
                command.thema(), command.gebied(), who.actor(), command.initiatiefnemerSoort(), command.organisatie(),
                command.gevraagdeOndersteuning(), huidige.versie(),
                who.hasReason() ? who : who.withReason("Initiatief ingediend"), command.initiatiefnemerGebied()));
    }

    @CommandHandler
    public void handle(AssessInitiatiefCommand command, GepubliceerdeKaders kaders) {
        Rollen.require(command.attribution(), "initiatieven beoordelen", GlobalRole.PROJECTBUREAU, GlobalRole.COLLEGE);
        if (beoordeling != null) {
            throw new BusinessRuleException(ErrorCode.INITIATIEF_ALREADY_ASSESSED, "Initiatief '" + ingediend.titel()
                    + "' is al beoordeeld: " + beoordeling + ".", Map.of("beoordeling", beoordeling.name()));
        }
        if (command.beoordeling() == null) {
            throw Rollen.invalid("beoordeling", "De beoordeling ontbreekt: AANVAARD of AFGEWEZEN.");
        }
        Rollen.requireReason(command.attribution(), "de beoordeling van een initiatief");
        List<Toetsing> toetsingen = command.toetsingen() == null ? List.of() : command.toetsingen();
        Set<Kader> getoetst = EnumSet.noneOf(Kader.class);
        for (int i = 0; i < toetsingen.size(); i++) {
            Toetsing t = toetsingen.get(i);
            if (t.kader() == null || !getoetst.add(t.kader())) {
                throw Rollen.invalid("toetsingen[" + i + "].kader", "Elk kader wordt precies één keer getoetst;"
                        + " dubbel of leeg: " + t.kader() + ".");
            }
            if (!t.voldoet() && (t.toelichting() == null || t.toelichting().isBlank())) {
                throw new BusinessRuleException(ErrorCode.REASON_REQUIRED, "Kader " + t.kader()
                        + " wordt niet gehaald: zeg waarom.", Map.of("veld", "toetsingen[" + i + "].toelichting"));
            }
        }
        Set<Kader> ontbrekend = EnumSet.allOf(Kader.class);
        ontbrekend.removeAll(getoetst);
        if (!ontbrekend.isEmpty()) {
            throw Rollen.invalid("toetsingen", "Het initiatief wordt aan alle vier kaders getoetst; ontbrekend: "
                    + ontbrekend + ".");
        }
        Strategie gekozen = null;
        if (command.beoordeling() == Beoordeling.AANVAARD) {
            List<Kader> nietGehaald = toetsingen.stream().filter(t -> !t.voldoet()).map(Toetsing::kader).toList();
            if (!nietGehaald.isEmpty()) {
                throw new BusinessRuleException(ErrorCode.NOT_WITHIN_KADERS, "Een initiatief dat niet binnen de kaders"
                        + " past, kan niet worden aanvaard; niet gehaald: " + nietGehaald + ".",
                        Map.of("veld", "beoordeling", "nietGehaald", nietGehaald.stream().map(Enum::name).toList()));
            }
            if (command.strategie() == null) {
                throw Rollen.invalid("strategie", "Een aanvaard initiatief krijgt een strategie: COOPERATIEF,"
                        + " COPRODUCTIEF of COMPETITIEF.");
            }
            gekozen = command.strategie();
        }
        apply(new InitiatiefAssessedEvent(initiatiefId, kaders.require().versie(), List.copyOf(toetsingen),
                command.beoordeling(), gekozen, command.attribution()));
    }

    @CommandHandler
    public void handle(AnswerInitiatiefnemerCommand command) {
        Rollen.require(command.attribution(), "initiatiefnemers antwoorden", GlobalRole.PROJECTBUREAU,
                GlobalRole.COLLEGE);
        requireAssessed("antwoorden");
        Rollen.requireReason(command.attribution(), "het antwoord aan de initiatiefnemer");
        apply(new InitiatiefnemerAnsweredEvent(initiatiefId, ingediend.initiatiefnemer(), beoordeling,
                command.antwoord(), command.attribution()));
    }

    @CommandHandler
    public void handle(ConvertInitiatiefCommand command) {
        Rollen.require(command.attribution(), "een initiatief omzetten in een opgave", GlobalRole.PROJECTBUREAU);
        requireAssessed("omzetten in een opgave");
        if (beoordeling != Beoordeling.AANVAARD) {
            throw new BusinessRuleException(ErrorCode.INITIATIEF_NOT_ACCEPTED, "Initiatief '" + ingediend.titel()
                    + "' is " + beoordeling + " en wordt geen opgave.", Map.of("beoordeling", beoordeling.name()));
        }
        if (opgaveId != null) {
            throw new BusinessRuleException(ErrorCode.INITIATIEF_ALREADY_CONVERTED, "Initiatief '" + ingediend.titel()
                    + "' is al opgave " + opgaveId + ".", Map.of("opgaveId", opgaveId));
        }
        Attribution who = command.attribution().hasReason() ? command.attribution()
                : command.attribution().withReason("Aanvaard initiatief wordt opgave");
        apply(new InitiatiefConvertedEvent(initiatiefId, command.opgaveId(), ingediend.titel(),
                ingediend.omschrijving(), ingediend.thema(), ingediend.gebied(), ingediend.initiatiefnemer(),
                strategie, who, ingediend.initiatiefnemerGebied()));
    }

    private void requireAssessed(String wat) {
        if (beoordeling == null) {
            throw new BusinessRuleException(ErrorCode.INITIATIEF_NOT_ASSESSED, "Initiatief '" + ingediend.titel()
                    + "' is nog niet beoordeeld; eerst beoordelen, dan " + wat + ".", Map.of("status", "INGEDIEND"));
        }
    }

    @EventSourcingHandler
    void on(InitiatiefSubmittedEvent event) {
        initiatiefId = event.initiatiefId();
        ingediend = event;
    }

    @EventSourcingHandler
    void on(InitiatiefAssessedEvent event) {
        beoordeling = event.beoordeling();
        strategie = event.strategie();
    }

    @EventSourcingHandler
    void on(InitiatiefConvertedEvent event) {
        opgaveId = event.opgaveId();
    }
}
