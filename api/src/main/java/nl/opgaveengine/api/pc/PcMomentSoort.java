package nl.opgaveengine.api.pc;

/** The kinds of moment in the municipal planning and control cycle (names vary per municipality; the moment has its own name). */
public enum PcMomentSoort {
    KADERNOTA, VOORJAARSNOTA, BEGROTING, BESTUURSRAPPORTAGE, NAJAARSNOTA, JAARREKENING
}
