package nl.opgaveengine.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A command that lost the race on its aggregate's sequence is decided again; other failures are not. */
class ConflictRetryingCommandGatewayTest {

    record Decide(String what) {
    }

    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final ConflictRetryingCommandGateway gateway = new ConflictRetryingCommandGateway(bus);
    private final AtomicInteger calls = new AtomicInteger();

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    private void failFirst(int conflicts, RuntimeException failure) {
        bus.subscribe(Decide.class.getName(), command -> {
            if (calls.incrementAndGet() <= conflicts) {
                throw failure;
            }
            return "besloten";
        });
    }

    @Test
    void aLostRaceIsSentAgainUntilItIsDecided() {
        failFirst(2, new ConcurrencyException("volgnummer 7 bestaat al"));
        String result = gateway.sendAndWait(new Decide("GO"));
        assertThat(result).isEqualTo("besloten");
        assertThat(calls).hasValue(3);
    }

    @Test
    void givesUpAfterItsAttemptsAndSaysWhy() {
        failFirst(Integer.MAX_VALUE, new ConcurrencyException("volgnummer 7 bestaat al"));
        assertThatThrownBy(() -> gateway.sendAndWait(new Decide("GO"))).isInstanceOf(ConcurrencyException.class);
        assertThat(calls).hasValue(ConflictRetryingCommandGateway.ATTEMPTS);
    }

    @Test
    void aBusinessRefusalIsNotRetried() {
        failFirst(1, new IllegalStateException("gate al besloten"));
        assertThatThrownBy(() -> gateway.sendAndWait(new Decide("GO"))).hasMessage("gate al besloten");
        assertThat(calls).hasValue(1);
    }

    @Test
    void insideATransactionTheOwnerOfTheTransactionRetries() {
        failFirst(1, new ConcurrencyException("volgnummer 7 bestaat al"));
        TransactionSynchronizationManager.setActualTransactionActive(true);
        assertThatThrownBy(() -> gateway.sendAndWait(new Decide("GO"))).isInstanceOf(ConcurrencyException.class);
        assertThat(calls).hasValue(1);
    }
}
