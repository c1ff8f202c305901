package nl.opgaveengine.api.baten;

import nl.opgaveengine.api.opgave.Attribution;

/** Every event of a baat: it names its baat and opgave and says who, in which role, when and why. */
public interface BaatEvent {

    String baatId();

    String opgaveId();

    Attribution attribution();
}
