package nl.opgaveengine.api.opgave;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The procesregisseur takes a step: what it was, its outcome, the players involved and the field it worked on. */
public record TakeProcesstapCommand(@TargetAggregateIdentifier String opgaveId, String stapId, Processtap stap, String omschrijving,
                                    String uitkomst, List<String> spelers, Procesveld veld, Attribution attribution) {
}
