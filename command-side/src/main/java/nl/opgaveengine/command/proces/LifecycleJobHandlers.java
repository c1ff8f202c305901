package nl.opgaveengine.command.proces;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.function.Function;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.CloseOpgaveCommand;
import nl.opgaveengine.api.opgave.ExecuteProcesstapCommand;
import nl.opgaveengine.api.opgave.Processtap;
import nl.opgaveengine.api.opgave.RequestVoortgangsrapportageCommand;
import nl.opgaveengine.api.opgave.OpenGateCommand;
import nl.opgaveengine.api.opgave.OpgaveStatus;
import nl.opgaveengine.api.opgave.Rol;
import nl.opgaveengine.api.opgave.StartFaseCommand;
import nl.opgaveengine.bpmn.LifecycleProtocol;
import nl.opgaveengine.bpmn.ProcesregieProcess;
import nl.opgaveengine.engine.ActivatedJob;
import nl.opgaveengine.engine.JobHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job workers of the lifecycle models: thin glue that reads the task headers and sends one
 * command to the opgave. The facts about phases and gates come from the model, not from Java.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(PcKalender.class)
public class LifecycleJobHandlers {

    @Bean
    JobHandler faseStartenJobHandler(CommandGateway commands, Clock clock) {
        return handler(LifecycleProtocol.JOB_FASE_STARTEN, job -> commands.sendAndWait(new StartFaseCommand(
                opgaveId(job), header(job, LifecycleProtocol.HEADER_FASE),
                job.customHeaders().getOrDefault(LifecycleProtocol.HEADER_FASE_NAAM, header(job, LifecycleProtocol.HEADER_FASE)),
                attribution(job, clock))));
    }

    @Bean
    JobHandler gateOpenenJobHandler(CommandGateway commands, Clock clock) {
        return resultHandler(LifecycleProtocol.JOB_GATE_OPENEN, job -> {
            List<String> uitkomsten = Arrays.stream(header(job, LifecycleProtocol.HEADER_UITKOMSTEN).split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            // one key per opening of this gate: a decision, or a duplicate delivery of it, reaches only this gate
            Object procesSleutel = job.variables().get(LifecycleProtocol.VAR_PROCES_SLEUTEL);
            String gateSleutel = (procesSleutel != null ? procesSleutel : opgaveId(job)) + "/" + job.elementInstanceKey();
            Attribution opening = attribution(job, clock);
            String termijn = job.customHeaders().get(LifecycleProtocol.HEADER_TERMIJN);
            Instant uiterlijkOp = termijn == null || termijn.isBlank() ? null
                    : Termijn.after(opening.at(), termijn, job.elementId());
            commands.sendAndWait(new OpenGateCommand(opgaveId(job), header(job, LifecycleProtocol.HEADER_GATE),
                    job.customHeaders().getOrDefault(LifecycleProtocol.HEADER_GATE_NAAM, header(job, LifecycleProtocol.HEADER_GATE)),
                    job.customHeaders().get(LifecycleProtocol.HEADER_DOCUMENT),
                    Rol.valueOf(header(job, LifecycleProtocol.HEADER_BESLISSER)), uitkomsten, opening,
                    gateSleutel, uiterlijkOp));
            return Map.of(LifecycleProtocol.VAR_GATE_SLEUTEL, gateSleutel);
        });
    }

    @Bean
    JobHandler opgaveAfsluitenJobHandler(CommandGateway commands, Clock clock) {
        return handler(LifecycleProtocol.JOB_OPGAVE_AFSLUITEN, job -> commands.sendAndWait(new CloseOpgaveCommand(
                opgaveId(job), OpgaveStatus.valueOf(header(job, LifecycleProtocol.HEADER_RESULTAAT)),
                attribution(job, clock))));
    }

    /**
     * The P&C timer fired: the opgave records a voortgangsrapportage as due at that moment; the job completes with the
     * next moment of the calendar (null: none, the P&C branch ends).
     */
    @Bean
    JobHandler voortgangsrapportageVragenJobHandler(CommandGateway commands, Clock clock, PcKalender kalender) {
        return resultHandler(LifecycleProtocol.JOB_VOORTGANGSRAPPORTAGE_VRAGEN, job -> {
            Object value = job.variables().get(LifecycleProtocol.VAR_VOLGEND_PC_MOMENT);
            Instant moment = value == null ? clock.instant() : OffsetDateTime.parse(value.toString()).toInstant();
            commands.sendAndWait(new RequestVoortgangsrapportageCommand(opgaveId(job), moment, kalender.naamVan(moment),
                    attribution(job, clock)));
            Map<String, Object> result = new HashMap<>();
            result.put(LifecycleProtocol.VAR_VOLGEND_PC_MOMENT,
                    kalender.volgende(moment).map(g -> g.moment().toString()).orElse(null));
            return result;
        });
    }

    /** A procesregie step task ran: the opgave records which step it was and says whether the approach is chosen. */
    @Bean
    JobHandler processtapUitvoerenJobHandler(CommandGateway commands, Clock clock) {
        return resultHandler(LifecycleProtocol.JOB_PROCESSTAP_UITVOEREN, job -> {
            Processtap stap = Processtap.valueOf(header(job, LifecycleProtocol.HEADER_STAP).toUpperCase(Locale.ROOT));
            Boolean gekozen = commands.sendAndWait(new ExecuteProcesstapCommand(opgaveId(job), stap, job.elementId(),
                    job.elementInstanceKey(), attribution(job, clock)));
            return Map.of(ProcesregieProcess.VAR_AANPAK_GEKOZEN, Boolean.TRUE.equals(gekozen));
        });
    }

    private static JobHandler handler(String type, java.util.function.Consumer<ActivatedJob> body) {
        return resultHandler(type, job -> {
            body.accept(job);
            return Map.of();
        });
    }

    private static JobHandler resultHandler(String type, Function<ActivatedJob, Map<String, Object>> body) {
        return new JobHandler() {
            @Override
            public String jobType() {
                return type;
            }

            @Override
            public Map<String, Object> handle(ActivatedJob job) {
                return body.apply(job);
            }
        };
    }

    private static String opgaveId(ActivatedJob job) {
        Object id = job.variables().get(LifecycleProtocol.VAR_OPGAVE_ID);
        if (id == null) {
            throw new IllegalStateException("Job " + job.key() + " (" + job.elementId() + ") mist de variabele "
                    + LifecycleProtocol.VAR_OPGAVE_ID);
        }
        return id.toString();
    }

    private static String header(ActivatedJob job, String key) {
        String value = job.customHeaders().get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Element " + job.elementId() + " van procesmodel " + job.bpmnProcessId()
                    + " mist de task header '" + key + "'");
        }
        return value;
    }

    private static Attribution attribution(ActivatedJob job, Clock clock) {
        return Attribution.byProcess("Procesmodel " + job.bpmnProcessId() + " versie " + job.processDefinitionVersion()
                + ", element " + job.elementId(), clock.instant());
    }
}
