package nl.opgaveengine.command.portfolio;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.portfolio.Criterium;
import nl.opgaveengine.api.portfolio.DecidePrioriteringCommand;
import nl.opgaveengine.api.portfolio.Keuze;
import nl.opgaveengine.api.portfolio.OpenPrioriteringsrondeCommand;
import nl.opgaveengine.api.portfolio.OpgaveScoredEvent;
import nl.opgaveengine.api.portfolio.PrioriteringDecidedEvent;
import nl.opgaveengine.api.portfolio.PrioriteringsrondeOpenedEvent;
import nl.opgaveengine.api.portfolio.Rangschikking;
import nl.opgaveengine.api.portfolio.ScoreOpgaveCommand;
import nl.opgaveengine.command.baten.KnownOpgaven;
import nl.opgaveengine.command.security.GlobalRole;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A prioritisation round: the project office scores opgaven on the round's weighted criteria; the college decides
 * what is and is not worked on, with a reason per opgave. The ranking follows from the scores; the decision closes
 * the round, so a later round is a new round and both stay visible.
 */
@Aggregate
public class Prioriteringsronde {

    static final int MAX_GEWICHT = 10;

    @AggregateIdentifier
    private String rondeId;
    private String naam;
    private List<Criterium> criteria;
    private final Map<String, Integer> totalen = new LinkedHashMap<>();
    private boolean besloten;

    protected Prioriteringsronde() {
        // for Axon
    }

    @CommandHandler
    public Prioriteringsronde(OpenPrioriteringsrondeCommand command) {
        Rollen.require(command.attribution(), "een prioriteringsronde openen", GlobalRole.PROJECTBUREAU);
        List<Criterium> criteria = command.criteria() == null ? List.of() : command.criteria();
        if (criteria.isEmpty()) {
            throw Rollen.invalid("criteria", "Een ronde heeft ten minste één criterium.");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterium c = criteria.get(i);
            if (!codes.add(c.code())) {
                throw Rollen.invalid("criteria[" + i + "].code", "Criterium '" + c.code() + "' komt twee keer voor.");
            }
            if (c.gewicht() < 1 || c.gewicht() > MAX_GEWICHT) {
                throw Rollen.invalid("criteria[" + i + "].gewicht", "Het gewicht van '" + c.code()
                        + "' is " + c.gewicht() + "; toegestaan is 1 tot en met " + MAX_GEWICHT + ".");
            }
            if (c.richting() == null) {
                throw Rollen.invalid("criteria[" + i + "].richting", "De richting van '" + c.code()
                        + "' ontbreekt: HOGER_IS_BETER of LAGER_IS_BETER.");
            }
        }
        Attribution who = command.attribution().hasReason() ? command.attribution()
                : command.attribution().withReason("Prioriteringsronde geopend");
        apply(new PrioriteringsrondeOpenedEvent(command.rondeId(), command.naam(), List.copyOf(criteria), who));
    }

    @CommandHandler
    public void handle(ScoreOpgaveCommand command, KnownOpgaven opgaven) {
        Rollen.require(command.attribution(), "opgaven scoren", GlobalRole.PROJECTBUREAU);
        requireOpen();
        opgaven.require(command.opgaveId(), "opgaveId");
        Map<String, Integer> scores = command.scores() == null ? Map.of() : command.scores();
        int totaal = 0;
        for (Criterium c : criteria) {
            Integer score = scores.get(c.code());
            if (score == null) {
                throw Rollen.invalid("scores." + c.code(), "De score op criterium '" + c.code() + "' ontbreekt.");
            }
            if (score < Criterium.MIN_SCORE || score > Criterium.MAX_SCORE) {
                throw Rollen.invalid("scores." + c.code(), "De score op '" + c.code() + "' is " + score
                        + "; toegestaan is " + Criterium.MIN_SCORE + " tot en met " + Criterium.MAX_SCORE + ".");
            }
            totaal += c.bijdrage(score);
        }
        for (String code : new TreeSet<>(scores.keySet())) {
            if (criteria.stream().noneMatch(c -> c.code().equals(code))) {
                throw Rollen.invalid("scores." + code, "Criterium '" + code + "' hoort niet bij deze ronde.");
            }
        }
        Attribution who = command.attribution().hasReason() ? command.attribution()
                : command.attribution().withReason("Gescoord in " + naam);
        apply(new OpgaveScoredEvent(rondeId, command.opgaveId(), Map.copyOf(scores), totaal, who));
    }

    @CommandHandler
    public void handle(DecidePrioriteringCommand command) {
        Rollen.require(command.attribution(), "een prioriteringsronde besluiten", GlobalRole.COLLEGE);
        requireOpen();
        Rollen.requireReason(command.attribution(), "het collegebesluit over de prioriteiten");
        if (totalen.isEmpty()) {
            throw new BusinessRuleException(ErrorCode.OPGAVE_NOT_SCORED, "In ronde '" + naam
                    + "' is nog geen opgave gescoord.", Map.of("veld", "keuzes"));
        }
        Map<String, Keuze> perOpgave = new LinkedHashMap<>();
        List<Keuze> keuzes = command.keuzes() == null ? List.of() : command.keuzes();
        for (int i = 0; i < keuzes.size(); i++) {
            Keuze keuze = keuzes.get(i);
            if (!totalen.containsKey(keuze.opgaveId())) {
                throw new BusinessRuleException(ErrorCode.OPGAVE_NOT_SCORED, "Opgave " + keuze.opgaveId()
                        + " is niet gescoord in ronde '" + naam + "'.", Map.of("veld", "keuzes[" + i + "].opgaveId"));
            }
            if (keuze.uitkomst() == null) {
                throw Rollen.invalid("keuzes[" + i + "].uitkomst", "De keuze voor opgave " + keuze.opgaveId()
                        + " ontbreekt: OPPAKKEN of NIET_OPPAKKEN.");
            }
            if (keuze.reden() == null || keuze.reden().isBlank()) {
                throw new BusinessRuleException(ErrorCode.REASON_REQUIRED, "De keuze voor opgave " + keuze.opgaveId()
                        + " heeft een reden nodig.", Map.of("veld", "keuzes[" + i + "].reden"));
            }
            if (perOpgave.put(keuze.opgaveId(), keuze) != null) {
                throw Rollen.invalid("keuzes[" + i + "].opgaveId", "Opgave " + keuze.opgaveId()
                        + " heeft twee keuzes.");
            }
        }
        List<String> zonderKeuze = totalen.keySet().stream().filter(id -> !perOpgave.containsKey(id)).toList();
        if (!zonderKeuze.isEmpty()) {
            throw new BusinessRuleException(ErrorCode.KEUZE_MISSING, "Voor elke gescoorde opgave is een keuze nodig;"
                    + " zonder keuze: " + String.join(", ", zonderKeuze) + ".",
                    Map.of("veld", "keuzes", "opgavenZonderKeuze", zonderKeuze));
        }
        apply(new PrioriteringDecidedEvent(rondeId, naam, rangschikking(perOpgave), command.attribution()));
    }

    /** Ranks by total, highest first; equal totals share a rank (1, 2, 2, 4). */
    private List<Rangschikking> rangschikking(Map<String, Keuze> keuzes) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(totalen.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<Rangschikking> result = new ArrayList<>();
        int rang = 0;
        Integer vorige = null;
        for (int i = 0; i < sorted.size(); i++) {
            Map.Entry<String, Integer> e = sorted.get(i);
            if (!e.getValue().equals(vorige)) {
                rang = i + 1;
                vorige = e.getValue();
            }
            Keuze keuze = keuzes.get(e.getKey());
            result.add(new Rangschikking(e.getKey(), rang, e.getValue(), keuze.uitkomst(), keuze.reden().trim()));
        }
        return List.copyOf(result);
    }

    private void requireOpen() {
        if (besloten) {
            throw new BusinessRuleException(ErrorCode.RONDE_DECIDED, "Ronde '" + naam + "' is al besloten; open een"
                    + " nieuwe ronde om de prioriteiten te herzien.", Map.of("rondeId", rondeId, "status", "BESLOTEN"));
        }
    }

    @EventSourcingHandler
    void on(PrioriteringsrondeOpenedEvent event) {
        rondeId = event.rondeId();
        naam = event.naam();
        criteria = event.criteria();
    }

    @EventSourcingHandler
    void on(OpgaveScoredEvent event) {
        totalen.put(event.opgaveId(), event.totaal());
    }

    @EventSourcingHandler
    void on(PrioriteringDecidedEvent event) {
        besloten = true;
    }
}
