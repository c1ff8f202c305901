package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/** The opgave went on in another werkwijze, with a reason; the old process instance is cancelled, its history stays. */
@Revision("1")
public record WerkwijzeSwitchedEvent(String opgaveId, Werkwijze van, Werkwijze naar, String oudProcesmodel, Long oudeProcessInstanceKey,
                                     Attribution attribution) implements OpgaveEvent {
}
