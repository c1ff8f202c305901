package nl.opgaveengine.engine.event;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An element instance was entered in a flow scope ({@code flowScopeKey}: the embedded sub-process instance, null
 * or the process instance key at process level); a joining parallel gateway names the incoming flows it consumed.
 */
@Revision("1")
public record ElementActivatedEvent(long processInstanceKey, long elementInstanceKey, String elementId, String elementType,
                                    List<String> joinedFlowIds, Long flowScopeKey) {
}
