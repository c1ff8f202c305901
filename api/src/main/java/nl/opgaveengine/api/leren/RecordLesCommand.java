package nl.opgaveengine.api.leren;

import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.Procesveld;
import nl.opgaveengine.api.opgave.Werkwijze;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a lesson of an opgave: where it was learned ({@code bron} and, for a gate or step, its id), what
 * happened, what was learned and for whom it matters, tagged with werkwijze, theme, veld and GOTIK aspect.
 */
public record RecordLesCommand(@TargetAggregateIdentifier String lesId, String opgaveId, LesBron bron,
                               String bronReferentie, String watGebeurde, String geleerd, String voorWie,
                               Werkwijze werkwijze, String thema, Procesveld veld, GotikAspect gotikAspect,
                               Attribution attribution) {
}
