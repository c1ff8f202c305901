package nl.opgaveengine.api.initiatief;

import java.util.List;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** A version of the frames was published; it applies to initiatives assessed from now on. */
@Revision("1")
public record KadersPublishedEvent(String kadersId, int versie, List<String> inhoud, List<InitiatiefnemerSoort> actoren,
                                   List<String> procedures, List<String> ondersteuning, Attribution attribution) {
}
