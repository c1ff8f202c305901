package nl.opgaveengine.query.opgave.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpgaveDetailControllerTest {

    @Test
    void readsTheWaitPreferenceAmongOthers() {
        assertThat(OpgaveDetailController.requestedWait("wait=20")).isEqualTo(20);
        assertThat(OpgaveDetailController.requestedWait("respond-async, wait=5")).isEqualTo(5);
        assertThat(OpgaveDetailController.requestedWait("WAIT=7; foo")).isEqualTo(7);
        assertThat(OpgaveDetailController.requestedWait("handling=lenient")).isZero();
        assertThat(OpgaveDetailController.requestedWait("wait=abc")).isZero();
        assertThat(OpgaveDetailController.requestedWait("nowait=9")).isZero();
        assertThat(OpgaveDetailController.requestedWait(null)).isZero();
    }
}
