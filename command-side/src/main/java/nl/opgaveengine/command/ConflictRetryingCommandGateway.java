package nl.opgaveengine.command;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The command gateway that retries a command which lost a race on its aggregate's event sequence.
 *
 * <p>Two writers can append to one opgave at the same moment: a user's command through the API and a job worker of
 * the model whose command runs inside the engine's job transaction (that transaction commits after the aggregate's
 * lock is released). The loser's append then violates the unique (aggregate, sequence) key and Axon raises a
 * {@link ConcurrencyException}. Nothing was stored. Sending the command again reloads the aggregate with the winner's
 * events and decides again on the real state: it succeeds, or it is refused by the business rule that now applies
 * (for example "this gate is already decided"), which tells the user why.
 *
 * <p>Only a command sent outside a transaction is retried: inside one (a job worker's), the surrounding transaction
 * is rolled back as a whole and its owner retries it.
 */
public class ConflictRetryingCommandGateway extends DefaultCommandGateway {

    static final int ATTEMPTS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(ConflictRetryingCommandGateway.class);

    public ConflictRetryingCommandGateway(CommandBus commandBus) {
        super(DefaultCommandGateway.builder().commandBus(commandBus));
    }

    @Override
    public <R> R sendAndWait(Object command) {
        return retrying(command, () -> super.sendAndWait(command));
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return retrying(command, () -> super.sendAndWait(command, timeout, unit));
    }

    private static <R> R retrying(Object command, Supplier<R> send) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return send.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return send.get();
            } catch (ConcurrencyException conflict) {
                if (attempt >= ATTEMPTS) {
                    throw conflict;
                }
                LOG.debug("{} verloor de race om de volgorde van zijn aggregate (poging {}): opnieuw",
                        command.getClass().getSimpleName(), attempt);
                // a short, growing and jittered pause lets the winner's transaction commit first
                long millis = 10L * attempt + ThreadLocalRandom.current().nextLong(10);
                LockSupport.parkNanos(Duration.ofMillis(millis).toNanos());
            }
        }
    }
}
