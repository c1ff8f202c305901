package nl.opgaveengine.engine.model;

/** A timer definition: an ISO 8601 date, duration or repeating cycle, static or as FEEL expression. */
public record TimerModel(Kind kind, Expression expression) {

    /** Which of timeDate, timeDuration or timeCycle the model uses. */
    public enum Kind { DATE, DURATION, CYCLE }
}
