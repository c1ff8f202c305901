package nl.opgaveengine.engine.model;

/**
 * An ad-hoc sub-process (Camunda 8, BPMN implementation): {@code activeElements} (FEEL, may be null) names the inner
 * elements to activate on entry; {@code completionCondition} (FEEL without '=', may be null) is evaluated each time an
 * inner element completes; with {@code cancelRemainingInstances} the still active inner elements are terminated when
 * it holds.
 */
public record AdHocModel(Expression activeElements, String completionCondition, boolean cancelRemainingInstances) {
}
