package nl.opgaveengine.api.portfolio;

/** The municipality has one strategic agenda; this is its aggregate identifier. */
public final class StrategischeAgendaIds {

    public static final String AGENDA = "strategische-agenda";

    private StrategischeAgendaIds() {
    }
}
