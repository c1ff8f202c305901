package nl.opgaveengine.command.pc;

import java.util.Map;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.pc.SubmitVoortgangsrapportageCommand;
import nl.opgaveengine.command.baten.KnownOpgaven;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Submits a voortgangsrapportage: the moment must exist (it gives the deadline), the opgave too, a reason is required. */
@Component
public class VoortgangsrapportageCommandHandler {

    private final Repository<PcMoment> momenten;
    private final Repository<Voortgangsrapportage> rapportages;
    private final KnownOpgaven opgaven;

    public VoortgangsrapportageCommandHandler(@Qualifier("pcMomentRepository") Repository<PcMoment> momenten,
            @Qualifier("voortgangsrapportageRepository") Repository<Voortgangsrapportage> rapportages,
            KnownOpgaven opgaven) {
        this.momenten = momenten;
        this.rapportages = rapportages;
        this.opgaven = opgaven;
    }

    @CommandHandler
    public void handle(SubmitVoortgangsrapportageCommand command) throws Exception {
        if (!command.attribution().hasReason()) {
            throw new BusinessRuleException(ErrorCode.REASON_REQUIRED,
                    "Een voortgangsrapportage vraagt een toelichting.", Map.of("veld", "toelichting"));
        }
        opgaven.require(command.opgaveId(), "opgaveId");
        java.time.LocalDate deadline;
        try {
            deadline = momenten.load(command.momentId()).invoke(PcMoment::deadline);
        } catch (AggregateNotFoundException e) {
            throw new BusinessRuleException(ErrorCode.PC_MOMENT_NOT_FOUND, "P&C-moment " + command.momentId()
                    + " staat niet op de kalender.", Map.of("momentId", command.momentId()));
        }
        rapportages.loadOrCreate(command.rapportageId(), Voortgangsrapportage::new)
                .execute(rapportage -> rapportage.submit(command, deadline));
    }
}
