package nl.opgaveengine.query.opgave;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class OpgaveWijzigingenTest {

    private final OpgaveWijzigingen wijzigingen = new OpgaveWijzigingen();

    @Test
    void aChangeFiresEveryWaitOnThatOpgaveOnceAndNoOther() {
        AtomicInteger a = new AtomicInteger();
        AtomicInteger b = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        wijzigingen.wacht("o-1", a::incrementAndGet);
        wijzigingen.wacht("o-1", b::incrementAndGet);
        wijzigingen.wacht("o-2", other::incrementAndGet);

        wijzigingen.gewijzigd("o-1");
        wijzigingen.gewijzigd("o-1");

        assertThat(a).hasValue(1);
        assertThat(b).hasValue(1);
        assertThat(other).hasValue(0);
        assertThat(wijzigingen.aantalWachtend("o-1")).isZero();
        assertThat(wijzigingen.aantalWachtend("o-2")).isEqualTo(1);
    }

    @Test
    void aStoppedWaitDoesNotFireAndLeavesNothingBehind() {
        AtomicInteger fired = new AtomicInteger();
        OpgaveWijzigingen.Wachter wachter = wijzigingen.wacht("o-1", fired::incrementAndGet);

        wijzigingen.stop("o-1", wachter);
        wijzigingen.gewijzigd("o-1");

        assertThat(fired).hasValue(0);
        assertThat(wijzigingen.aantalWachtend("o-1")).isZero();
    }
}
