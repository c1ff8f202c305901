package nl.opgaveengine.api.opgave;

/** Every event of the Opgave aggregate: it names its opgave and says who, in which role, when and why. */
public interface OpgaveEvent {

    String opgaveId();

    Attribution attribution();
}
