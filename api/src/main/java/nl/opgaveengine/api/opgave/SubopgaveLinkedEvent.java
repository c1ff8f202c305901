package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/** This opgave is a sub-opgave of the parent, started with this werkwijze by the parent's decision. */
@Revision("1")
public record SubopgaveLinkedEvent(String opgaveId, String parentOpgaveId, Werkwijze werkwijze, Attribution attribution)
        implements OpgaveEvent {
}
