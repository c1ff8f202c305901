package nl.opgaveengine.command.proces;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.opgaveengine.api.opgave.Werkwijze;
import nl.opgaveengine.bpmn.ImprovisatieProcess;
import nl.opgaveengine.bpmn.ProcesregieProcess;
import nl.opgaveengine.bpmn.ProgrammaProcess;
import nl.opgaveengine.bpmn.ProjectProcess;
import nl.opgaveengine.bpmn.RoutineProcess;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which process model drives which werkwijze ({@code opgave.werkwijze-modellen.PROJECT=project}).
 * A werkwijze without a model runs without a process instance.
 */
@ConfigurationProperties(prefix = "opgave")
public class WerkwijzeModellen {

    private final Map<Werkwijze, String> werkwijzeModellen = new EnumMap<>(Map.of(
            Werkwijze.PROJECT, ProjectProcess.PROCESS_ID,
            Werkwijze.PROGRAMMA, ProgrammaProcess.PROCESS_ID,
            Werkwijze.PROCESREGIE, ProcesregieProcess.PROCESS_ID,
            Werkwijze.IMPROVISATIE, ImprovisatieProcess.PROCESS_ID,
            Werkwijze.ROUTINE, RoutineProcess.PROCESS_ID));

    public Map<Werkwijze, String> getWerkwijzeModellen() {
        return werkwijzeModellen;
    }

    public Optional<String> modelFor(Werkwijze werkwijze) {
        return Optional.ofNullable(werkwijzeModellen.get(werkwijze));
    }
}
