package nl.opgaveengine.api.opgave;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a sub-opgave of a parent with the werkwijze its parent's decision chose, and with the parent's role
 * holders ({@code rollen}; empty: none) so that its first gates have someone to decide them.
 */
public record RegisterSubopgaveCommand(@TargetAggregateIdentifier String opgaveId, String parentOpgaveId, String titel,
                                       String omschrijving, String thema, String gebied, Werkwijze werkwijze,
                                       Attribution attribution, java.util.Map<Rol, List<String>> rollen) {

    public RegisterSubopgaveCommand(String opgaveId, String parentOpgaveId, String titel, String omschrijving,
                                    String thema, String gebied, Werkwijze werkwijze, Attribution attribution) {
        this(opgaveId, parentOpgaveId, titel, omschrijving, thema, gebied, werkwijze, attribution, java.util.Map.of());
    }
}
