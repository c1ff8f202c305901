package nl.opgaveengine.api.portfolio;

/** Whether a higher score on a criterion ranks an opgave higher (urgency) or lower (capacity needed). */
public enum Richting {
    HOGER_IS_BETER, LAGER_IS_BETER
}
