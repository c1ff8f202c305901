package nl.opgaveengine.api.gebied;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** An area was added to the municipality's list. */
@Revision("1")
public record GebiedRegisteredEvent(String gebiedKey, String code, String naam, GebiedSoort soort,
                                    String bovenliggendGebied, Attribution attribution) {
}
