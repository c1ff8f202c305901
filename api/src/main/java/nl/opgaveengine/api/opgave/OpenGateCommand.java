package nl.opgaveengine.api.opgave;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens the gate after a phase, with what the model says about it, including when it must be decided (or null). */
public record OpenGateCommand(@TargetAggregateIdentifier String opgaveId, String gateId, String gateNaam, String vereistDocument, Rol beslisser, List<String> uitkomsten, Attribution attribution, String correlatieSleutel, Instant uiterlijkOp) {

    public OpenGateCommand(String opgaveId, String gateId, String gateNaam, String vereistDocument, Rol beslisser,
                           List<String> uitkomsten, Attribution attribution) {
        this(opgaveId, gateId, gateNaam, vereistDocument, beslisser, uitkomsten, attribution, null, null);
    }
}
