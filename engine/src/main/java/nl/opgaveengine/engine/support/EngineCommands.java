package nl.opgaveengine.engine.support;

import java.util.ArrayDeque;
import java.util.Deque;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends the engine's commands and, after the outermost one, the follow-up commands its handlers asked for (a call
 * activity starting its child, a child reporting back to its parent, a parent cancelling its child). Follow-ups run
 * in the same thread and transaction, one after another, so an aggregate never sends a command to another one from
 * inside its own handler.
 */
@Component
public class EngineCommands {

    private static final ThreadLocal<Deque<Object>> FOLLOW_UPS = ThreadLocal.withInitial(ArrayDeque::new);
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final CommandGateway gateway;

    public EngineCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Asks for a command to be sent once the current command has been handled. */
    public static void followUp(Object command) {
        FOLLOW_UPS.get().add(command);
    }

    public <R> R sendAndWait(Object command) {
        int[] depth = DEPTH.get();
        boolean outermost = depth[0] == 0;
        if (outermost) {
            FOLLOW_UPS.get().clear();
        }
        depth[0]++;
        try {
            R result = gateway.sendAndWait(command);
            if (outermost) {
                Deque<Object> pending = FOLLOW_UPS.get();
                while (!pending.isEmpty()) {
                    gateway.sendAndWait(pending.poll());
                }
            }
            return result;
        } finally {
            depth[0]--;
            if (outermost) {
                FOLLOW_UPS.get().clear();
            }
        }
    }
}
