package nl.opgaveengine.api.portfolio;

import java.util.Map;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Scores an opgave on every criterion of the round (1 to 5); a later score of the same opgave replaces it. */
public record ScoreOpgaveCommand(@TargetAggregateIdentifier String rondeId, String opgaveId,
                                 Map<String, Integer> scores, Attribution attribution) {
}
