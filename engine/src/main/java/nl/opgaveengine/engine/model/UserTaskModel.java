package nl.opgaveengine.engine.model;

/** A user task's zeebe:assignmentDefinition; each value static or FEEL, null when absent. */
public record UserTaskModel(Expression assignee, Expression candidateGroups, Expression candidateUsers,
                            String formKey) {
}
