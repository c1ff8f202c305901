package nl.opgaveengine.engine.event;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A multi-instance body evaluated its input collection: one inner instance per item follows (or one at a time). */
@Revision("1")
public record MultiInstanceStartedEvent(long processInstanceKey, long bodyElementInstanceKey, String elementId,
                                        List<Object> items, boolean sequential) {
}
