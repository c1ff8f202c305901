package nl.opgaveengine.engine.event;

import java.util.List;
import org.axonframework.serialization.Revision;

/** Inner elements of an ad-hoc sub-process instance were activated on request (the element activations follow). */
@Revision("1")
public record AdHocElementsActivatedEvent(long processInstanceKey, long adHocSubProcessInstanceKey,
                                          String adHocSubProcessId, List<String> elementIds) {
}
