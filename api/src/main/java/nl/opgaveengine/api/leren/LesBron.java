package nl.opgaveengine.api.leren;

/** Where a lesson was learned: at a gate review, in an evaluation report, or at a procesregie step. */
public enum LesBron {
    GATE_REVIEW, EVALUATIERAPPORT, PROCESSTAP
}
