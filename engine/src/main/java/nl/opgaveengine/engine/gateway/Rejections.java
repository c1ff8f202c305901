package nl.opgaveengine.engine.gateway;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import nl.opgaveengine.engine.EngineException;

/** Rejections in the gateway's wire form: {@code Command '<INTENT>' rejected with code '<TYPE>': <reason>}. */
final class Rejections {

    private Rejections() {
    }

    static StatusRuntimeException of(String intent, EngineException.Rejection type, String reason) {
        Status status = switch (type) {
            case NOT_FOUND -> Status.NOT_FOUND;
            case INVALID_ARGUMENT -> Status.INVALID_ARGUMENT;
            case ALREADY_EXISTS -> Status.ALREADY_EXISTS;
            case INVALID_STATE -> Status.FAILED_PRECONDITION;
        };
        return status.withDescription("Command '" + intent + "' rejected with code '" + type.name() + "': " + reason)
                .asRuntimeException();
    }

    /** A refusal of the engine, in the words the gateway uses for it. */
    static StatusRuntimeException of(String intent, EngineException e, String notFoundReason) {
        String reason = e.rejection() == EngineException.Rejection.NOT_FOUND && notFoundReason != null
                ? notFoundReason : e.getMessage();
        return of(intent, e.rejection(), reason);
    }

    static StatusRuntimeException invalidArgument(String description) {
        return Status.INVALID_ARGUMENT.withDescription(description).asRuntimeException();
    }
}
