package nl.opgaveengine.api.leren;

import java.util.List;

/**
 * The lessons offered at the intake of an opgave: lessons of other opgaven with the same theme, area or werkwijze.
 * The command side answers an intake with them; the query side (the lessons register) provides them.
 */
public interface LessenAanbod {

    /**
     * The lessons of other opgaven than {@code opgaveId} that share its theme, area or werkwijze (each may be null),
     * newest first, at most {@code max}.
     */
    List<AangebodenLes> aangeboden(String opgaveId, String thema, String gebied, String werkwijze, int max);

    /**
     * One offered lesson, summarised: what was learned and for whom, on which opgave, what it has in common with this
     * opgave ({@code thema}, {@code gebied}, {@code werkwijze}), whether it was read for this opgave, and its link.
     */
    record AangebodenLes(String lesId, String opgaveId, String opgaveTitel, String geleerd, String voorWie,
                         List<String> gelijkOp, boolean gelezen, String href) {
    }
}
