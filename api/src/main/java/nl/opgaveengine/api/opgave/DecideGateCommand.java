package nl.opgaveengine.api.opgave;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Decides the open gate: the outcome must be one the model offers, the rationale is the attribution's reason. An outcome
 * that names a werkwijze (procesregie's vervolgaanpak) starts the given sub-opgaven with it.
 */
public record DecideGateCommand(@TargetAggregateIdentifier String opgaveId, String gateId, String uitkomst, String documentId,
                                Attribution attribution, List<Subopgave> subopgaven) {

    /** A decision that starts no sub-opgaven. */
    public DecideGateCommand(String opgaveId, String gateId, String uitkomst, String documentId, Attribution attribution) {
        this(opgaveId, gateId, uitkomst, documentId, attribution, List.of());
    }
}
