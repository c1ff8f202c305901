package nl.opgaveengine.bpmn;

import java.util.List;

/** The models bundled with the product, deployed at start-up (an unchanged model keeps its version). */
public final class Procesmodellen {

    /** Classpath resources of the bundled models. */
    public static final List<String> RESOURCES = List.of(ProjectProcess.RESOURCE, ProgrammaProcess.RESOURCE,
            ImprovisatieProcess.RESOURCE, RoutineProcess.RESOURCE, ProcesregieProcess.RESOURCE);

    private Procesmodellen() {
    }
}
