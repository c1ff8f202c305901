package nl.opgaveengine.engine.model;

/**
 * Multi-instance loop characteristics as Camunda 8 knows them: the input collection (FEEL), the variable each
 * instance gets its item in, the output collection and the expression each instance contributes to it, and an
 * optional completion condition (FEEL without '=').
 */
public record MultiInstanceModel(boolean sequential, Expression inputCollection, String inputElement,
                                 String outputCollection, Expression outputElement, String completionCondition) {
}
