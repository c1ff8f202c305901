package nl.opgaveengine.api.din;

import nl.opgaveengine.api.opgave.Attribution;

/** Every event of a doelen-inspanningen-netwerk: it names its DIN and opgave and says who, when and why. */
public interface DinEvent {

    String dinId();

    String opgaveId();

    Attribution attribution();
}
