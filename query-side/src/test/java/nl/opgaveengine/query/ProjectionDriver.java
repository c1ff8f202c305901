package nl.opgaveengine.query;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;

import java.util.List;

/** Feeds event messages to a projection through Axon's own handler resolution, as a processor would. */
public final class ProjectionDriver {

    private final AnnotationEventHandlerAdapter adapter;

    public ProjectionDriver(Object projection) {
        this.adapter = new AnnotationEventHandlerAdapter(projection);
    }

    public void handle(List<? extends EventMessage<?>> messages) {
        messages.forEach(this::handle);
    }

    public void handle(EventMessage<?> message) {
        try {
            adapter.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("Projection failed on " + message.getPayloadType().getSimpleName(), e);
        }
    }

    /** Calls the projection's {@code @ResetHandler}, as a token reset does. */
    public void reset() {
        adapter.prepareReset();
    }
}
