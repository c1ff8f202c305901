package nl.opgaveengine.engine.model;

/** A call activity: the called process id (static or FEEL) and Camunda's two propagation flags (both default true). */
public record CallModel(Expression processId, boolean propagateAllChildVariables,
                        boolean propagateAllParentVariables) {
}
