package nl.opgaveengine.api.pc;

import java.math.BigDecimal;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Submits (or resubmits) the progress report of one opgave for one P&C moment: budget planned, spent and forecast,
 * status; the attribution's reason is the explanation. The id is {@link #idFor(String, String)}.
 */
public record SubmitVoortgangsrapportageCommand(@TargetAggregateIdentifier String rapportageId, String momentId,
                                                String opgaveId, BigDecimal begroot, BigDecimal besteed,
                                                BigDecimal prognose, RapportageStatus status, Attribution attribution) {

    /** One report per opgave per moment: its aggregate id. */
    public static String idFor(String momentId, String opgaveId) {
        return "vgr:" + momentId + ":" + opgaveId;
    }
}
