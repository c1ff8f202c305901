package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.ProcessBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

/** Event sub-processes with timer, message and error start events, interrupting and not (Camunda 8 semantics). */
class EventSubProcessTest extends EngineTestSupport {

    @Test
    void anInterruptingTimerEventSubProcessTerminatesTheProcessScopeAndCompletesIt() {
        String processId = unique("esp-timer");
        String jobType = unique("behandel");
        ProcessBuilder process = Bpmn.createExecutableProcess(processId);
        process.eventSubProcess("event_sub_process_termijn", e -> e
                .startEvent("timer_start_termijn").timerWithDuration("PT2H")
                .endEvent("end_event_termijn"));
        deploy(process.startEvent()
                .serviceTask("service_task_behandel", t -> t.zeebeJobType(jobType))
                .endEvent("end_event_behandeld")
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
        assertThat(timers(key)).isEqualTo(1);

        advanceClock(Duration.ofMinutes(119));
        assertThat(instance(key).state()).isEqualTo(State.ACTIVE);
        advanceClock(Duration.ofMinutes(2));

        awaitState(key, State.COMPLETED);
        assertThat(elementHistory(key)).containsSubsequence("service_task_behandel:TERMINATED",
                "event_sub_process_termijn:ACTIVATED", "timer_start_termijn:ACTIVATED",
                "timer_start_termijn:COMPLETED", "end_event_termijn:COMPLETED", "event_sub_process_termijn:COMPLETED")
                .doesNotContain("end_event_behandeld:COMPLETED");
        assertThat(activate(jobType, 1)).as("the job went with its task").isEmpty();
        assertThat(engine.history(key)).anySatisfy(h -> {
            assertThat(h.elementId()).isEqualTo("event_sub_process_termijn");
            assertThat(h.elementType()).isEqualTo("EVENT_SUB_PROCESS");
        });
    }

    @Test
    void theTimerOfAnEventSubProcessIsCancelledWhenTheProcessCompletesFirst() {
        String processId = unique("esp-op-tijd");
        String jobType = unique("snel");
        ProcessBuilder process = Bpmn.createExecutableProcess(processId);
        process.eventSubProcess("event_sub_process_te_laat", e -> e
                .startEvent("timer_start_te_laat").timerWithDuration("PT1H")
                .endEvent());
        deploy(process.startEvent()
                .serviceTask("service_task_snel", t -> t.zeebeJobType(jobType))
                .endEvent()
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        engine.completeJob(awaitJobs(jobType, 1).get(0).key(), Map.of());

        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
        assertThat(timers(key)).isZero();
        advanceClock(Duration.ofHours(2));
        assertThat(elementHistory(key)).doesNotContain("timer_start_te_laat:ACTIVATED");
    }

    @Test
    void aNonInterruptingCycleRunsAlongsideAndTheProcessWaitsForItsInstances() {
        String processId = unique("esp-herinner");
        String mainJob = unique("hoofd");
        String reminderJob = unique("herinner");
        ProcessBuilder process = Bpmn.createExecutableProcess(processId);
        process.eventSubProcess("event_sub_process_herinnering", e -> e
                .startEvent("timer_start_herinnering").interrupting(false).timerWithCycle("R2/PT1H")
                .serviceTask("service_task_herinner", t -> t.zeebeJobType(reminderJob))
                .endEvent("end_event_herinnerd"));
        deploy(process.startEvent()
                .serviceTask("service_task_hoofd", t -> t.zeebeJobType(mainJob))
                .endEvent("end_event_klaar")
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        advanceClock(Duration.ofMinutes(61));
        await().atMost(Duration.ofSeconds(10)).until(() -> activeCount(key, "service_task_herinner") == 1);
        advanceClock(Duration.ofMinutes(61));
        await().atMost(Duration.ofSeconds(10)).until(() -> activeCount(key, "service_task_herinner") == 2);
        assertThat(timers(key)).as("R2: no third repetition").isZero();
        assertThat(instance(key).activeElementIds()).contains("service_task_hoofd");

        engine.completeJob(awaitJobs(mainJob, 1).get(0).key(), Map.of());
        ProcessInstanceState waiting = instance(key);
        assertThat(waiting.state()).as("the event sub-process instances still run").isEqualTo(State.ACTIVE);
        assertThat(elementHistory(key)).contains("end_event_klaar:COMPLETED");

        List<ActivatedJob> reminders = awaitJobs(reminderJob, 2);
        engine.completeJob(reminders.get(0).key(), Map.of());
        assertThat(instance(key).state()).isEqualTo(State.ACTIVE);
        engine.completeJob(reminders.get(1).key(), Map.of());
        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(key).stream().filter("end_event_herinnerd:COMPLETED"::equals)).hasSize(2);
    }

    @Test
    void anInterruptingMessageEventSubProcessIsCorrelatedByTheKeyEvaluatedAtActivation() {
        String processId = unique("esp-intrekken");
        String message = unique("ingetrokken");
        String mainJob = unique("lang");
        String followUpJob = unique("afhandelen");
        ProcessBuilder process = Bpmn.createExecutableProcess(processId);
        process.eventSubProcess("event_sub_process_intrekking", e -> e
                .startEvent("message_start_ingetrokken").message(m -> m.name(message)
                        .zeebeCorrelationKeyExpression("zaak"))
                .serviceTask("service_task_afhandelen", t -> t.zeebeJobType(followUpJob))
                .endEvent("end_event_ingetrokken"));
        deploy(process.startEvent()
                .serviceTask("service_task_behandel", t -> t.zeebeJobType(mainJob))
                .endEvent("end_event_behandeld")
                .done());
        long withdrawn = engine.createProcessInstance(processId, Map.of("zaak", "Z-1")).processInstanceKey();
        long other = engine.createProcessInstance(processId, Map.of("zaak", "Z-2")).processInstanceKey();

        engine.publishMessage(message, "Z-1", Duration.ZERO, Map.of("door", "aanvrager"));

        assertThat(instance(withdrawn).activeElementIds()).containsExactlyInAnyOrder("event_sub_process_intrekking",
                "service_task_afhandelen");
        ActivatedJob followUp = awaitJobs(followUpJob, 1).get(0);
        assertThat(followUp.processInstanceKey()).isEqualTo(withdrawn);
        assertThat(followUp.variables()).containsEntry("door", "aanvrager");
        engine.completeJob(followUp.key(), Map.of());

        ProcessInstanceState done = instance(withdrawn);
        assertThat(done.state()).isEqualTo(State.COMPLETED);
        assertThat(done.variables()).containsEntry("door", "aanvrager");
        assertThat(elementHistory(withdrawn)).contains("service_task_behandel:TERMINATED",
                "message_start_ingetrokken:COMPLETED", "end_event_ingetrokken:COMPLETED")
                .doesNotContain("end_event_behandeld:COMPLETED");
        assertThat(instance(other).activeElementIds()).containsExactly("service_task_behandel");
        assertThat(subscriptions(withdrawn)).isZero();
        assertThat(subscriptions(other)).isEqualTo(1);
    }

    @Test
    void aNonInterruptingMessageEventSubProcessTakesABufferedMessageAndRepeatedOnes() {
        String processId = unique("esp-aanvulling");
        String message = unique("aangevuld");
        String mainJob = unique("wacht");
        ProcessBuilder process = Bpmn.createExecutableProcess(processId);
        process.eventSubProcess("event_sub_process_aanvulling", e -> e
                .startEvent("message_start_aanvulling").interrupting(false).message(m -> m.name(message)
                        .zeebeCorrelationKeyExpression("zaak"))
                .endEvent("end_event_aanvulling"));
        deploy(process.startEvent()
                .serviceTask("service_task_wacht", t -> t.zeebeJobType(mainJob))
                .endEvent("end_event_klaar")
                .done());

        engine.publishMessage(message, "Z-9", Duration.ofMinutes(10), Map.of("stuk", "eerste"));
        engine.publishMessage(message, "Z-0", Duration.ofMinutes(10), Map.of());
        advanceClock(Duration.ofMinutes(11));
        long expiredOnly = engine.createProcessInstance(processId, Map.of("zaak", "Z-0")).processInstanceKey();
        assertThat(elementHistory(expiredOnly)).as("an expired message is not correlated")
                .doesNotContain("message_start_aanvulling:ACTIVATED");

        engine.publishMessage(message, "Z-9", Duration.ofMinutes(10), Map.of("stuk", "tweede"));
        long key = engine.createProcessInstance(processId, Map.of("zaak", "Z-9")).processInstanceKey();
        assertThat(completions(key, "end_event_aanvulling")).as("the buffered message within its TTL").isEqualTo(1);
        assertThat(instance(key).variables()).containsEntry("stuk", "tweede");

        engine.publishMessage(message, "Z-9", Duration.ZERO, Map.of("stuk", "derde"));
        engine.publishMessage(message, "Z-9", Duration.ZERO, Map.of("stuk", "vierde"));

        assertThat(completions(key, "end_event_aanvulling")).isEqualTo(3);
        assertThat(instance(key).variables()).containsEntry("stuk", "vierde");
        assertThat(instance(key).activeElementIds()).containsExactly("service_task_wacht");
        assertThat(subscriptions(key)).as("still listening").isEqualTo(1);

        engine.completeJob(awaitJobs(mainJob, 2).stream().filter(j -> j.processInstanceKey() == key)
                .findFirst().orElseThrow().key(), Map.of());
        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
        assertThat(subscriptions(key)).isZero();
    }

    @Test
    void messageVariablesLandInTheEventSubProcessScopeWhenItHasThemAndItsOutputMappingsGoOut() {
        String processId = unique("esp-variabelen");
        String message = unique("opmerking");
        String job = unique("noteer");
        String mainJob = unique("wacht");
        ProcessBuilder process = Bpmn.createExecutableProcess(processId);
        process.eventSubProcess("event_sub_process_opmerking", e -> e
                .zeebeInputExpression("null", "tekst")
                .zeebeOutputExpression("\"genoteerd: \" + tekst", "laatsteOpmerking")
                .startEvent("message_start_opmerking").interrupting(false).message(m -> m.name(message)
                        .zeebeCorrelationKeyExpression("zaak"))
                .serviceTask("service_task_noteer", t -> t.zeebeJobType(job))
                .endEvent());
        deploy(process.startEvent()
                .serviceTask("service_task_wacht", t -> t.zeebeJobType(mainJob))
                .endEvent()
                .done());
        long key = engine.createProcessInstance(processId, Map.of("zaak", "V-1")).processInstanceKey();

        engine.publishMessage(message, "V-1", Duration.ZERO, Map.of("tekst", "let op"));

        ActivatedJob noteer = awaitJobs(job, 1).get(0);
        assertThat(noteer.variables()).containsEntry("tekst", "let op");
        assertThat(instance(key).variables()).as("tekst stays in the event sub-process' scope")
                .doesNotContainKey("tekst");
        engine.completeJob(noteer.key(), Map.of());
        assertThat(instance(key).variables()).containsEntry("laatsteOpmerking", "genoteerd: let op")
                .doesNotContainKey("tekst");
    }

    @Test
    void anErrorEventSubProcessCatchesAJobErrorByCodeWithItsVariablesThroughOutputMappings() {
        String processId = unique("esp-fout");
        String jobType = unique("betaal");
        ProcessBuilder process = Bpmn.createExecutableProcess(processId);
        process.eventSubProcess("event_sub_process_geweigerd", e -> e
                .startEvent("error_start_geweigerd", s -> s.error("GEWEIGERD")
                        .zeebeOutputExpression("reden", "weigerreden"))
                .endEvent("end_event_geweigerd"));
        process.eventSubProcess("event_sub_process_overig", e -> e
                .startEvent("error_start_overig").error()
                .endEvent("end_event_overig"));
        deploy(process.startEvent()
                .serviceTask("service_task_betaal", t -> t.zeebeJobType(jobType))
                .endEvent("end_event_betaald")
                .done());
        long refused = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
        long other = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
        List<ActivatedJob> jobs = awaitJobs(jobType, 2);
        ActivatedJob refusedJob = jobs.stream().filter(j -> j.processInstanceKey() == refused).findFirst()
                .orElseThrow();
        ActivatedJob otherJob = jobs.stream().filter(j -> j.processInstanceKey() == other).findFirst().orElseThrow();

        engine.throwError(refusedJob.key(), "GEWEIGERD", "saldo te laag", Map.of("reden", "saldo"));
        engine.throwError(otherJob.key(), "IETS_ANDERS", null, Map.of());

        ProcessInstanceState done = instance(refused);
        assertThat(done.state()).isEqualTo(State.COMPLETED);
        assertThat(done.variables()).containsEntry("weigerreden", "saldo").doesNotContainKey("reden");
        assertThat(elementHistory(refused)).containsSubsequence("service_task_betaal:TERMINATED",
                "event_sub_process_geweigerd:ACTIVATED", "error_start_geweigerd:COMPLETED",
                "end_event_geweigerd:COMPLETED").doesNotContain("end_event_overig:COMPLETED");
        assertThat(instance(other).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(other)).contains("error_start_overig:COMPLETED")
                .doesNotContain("error_start_geweigerd:ACTIVATED");
        assertThat(engine.incidents(refused)).isEmpty();
    }

    @Test
    void anErrorEndEventInAnEmbeddedSubProcessIsCaughtByTheProcessEventSubProcess() {
        String processId = unique("esp-fout-einde");
        ProcessBuilder process = Bpmn.createExecutableProcess(processId);
        process.eventSubProcess("event_sub_process_afgekeurd", e -> e
                .startEvent("error_start_afgekeurd").error("AFGEKEURD")
                .endEvent("end_event_afgekeurd"));
        deploy(process.startEvent()
                .subProcess("sub_process_controle", s -> s.embeddedSubProcess()
                        .startEvent()
                        .endEvent("end_event_fout", e -> e.error("AFGEKEURD")))
                .endEvent("end_event_goedgekeurd")
                .done());

        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(key)).contains("end_event_fout:TERMINATED", "sub_process_controle:TERMINATED",
                "error_start_afgekeurd:COMPLETED", "end_event_afgekeurd:COMPLETED")
                .doesNotContain("end_event_goedgekeurd:COMPLETED");
    }

    @Test
    void anErrorACalledProcessDoesNotCatchIsCaughtByTheCallersEventSubProcess() {
        String childId = unique("esp-kind");
        String parentId = unique("esp-ouder");
        deploy(Bpmn.createExecutableProcess(childId)
                .startEvent()
                .endEvent("end_event_kind_fout", e -> e.error("KIND_FOUT"))
                .done());
        ProcessBuilder parent = Bpmn.createExecutableProcess(parentId);
        parent.eventSubProcess("event_sub_process_kind_fout", e -> e
                .startEvent("error_start_kind_fout").error("KIND_FOUT")
                .endEvent("end_event_kind_fout_opgevangen"));
        deploy(parent.startEvent()
                .callActivity("call_activity_kind", c -> c.zeebeProcessId(childId))
                .endEvent("end_event_ouder_klaar")
                .done());

        long key = engine.createProcessInstance(parentId, Map.of()).processInstanceKey();

        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(key)).contains("call_activity_kind:TERMINATED", "error_start_kind_fout:COMPLETED",
                "end_event_kind_fout_opgevangen:COMPLETED").doesNotContain("end_event_ouder_klaar:COMPLETED");
        assertThat(engine.incidents(key)).isEmpty();
    }

    @Test
    void anEventSubProcessInsideAnEmbeddedSubProcessInterruptsOnlyThatScope() {
        String processId = unique("esp-in-sub");
        String jobType = unique("controle");
        String afterJob = unique("daarna");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .subProcess("sub_process_controle", s -> s.embeddedSubProcess()
                        .eventSubProcess("event_sub_process_verlopen", e -> e
                                .startEvent("timer_start_verlopen").timerWithDuration("P1D")
                                .endEvent("end_event_verlopen"))
                        .startEvent()
                        .serviceTask("service_task_controle", t -> t.zeebeJobType(jobType))
                        .endEvent("end_event_gecontroleerd"))
                .serviceTask("service_task_daarna", t -> t.zeebeJobType(afterJob))
                .endEvent()
                .done());
        long late = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
        long onTime = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
        engine.completeJob(awaitJobs(jobType, 2).stream().filter(j -> j.processInstanceKey() == onTime)
                .findFirst().orElseThrow().key(), Map.of());
        assertThat(timers(onTime)).as("the scope completed, its event sub-process timer is gone").isZero();
        assertThat(timers(late)).isEqualTo(1);

        advanceClock(Duration.ofDays(1).plusMinutes(1));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                instance(late).activeElementIds().contains("service_task_daarna"));
        assertThat(elementHistory(late)).containsSubsequence("service_task_controle:TERMINATED",
                "end_event_verlopen:COMPLETED", "event_sub_process_verlopen:COMPLETED",
                "sub_process_controle:COMPLETED").doesNotContain("end_event_gecontroleerd:COMPLETED");
        assertThat(elementHistory(onTime)).doesNotContain("timer_start_verlopen:ACTIVATED");
    }

    @Test
    void anEmbeddedSubProcessCompletesOnlyWhenItsNonInterruptingEventSubProcessIsDone() {
        String processId = unique("esp-sub-wacht");
        String message = unique("vraag");
        String mainJob = unique("werk");
        String answerJob = unique("antwoord");
        String afterJob = unique("daarna");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .subProcess("sub_process_werk", s -> s.embeddedSubProcess()
                        .eventSubProcess("event_sub_process_vraag", e -> e
                                .startEvent("message_start_vraag").interrupting(false).message(m -> m.name(message)
                                        .zeebeCorrelationKeyExpression("zaak"))
                                .serviceTask("service_task_antwoord", t -> t.zeebeJobType(answerJob))
                                .endEvent("end_event_beantwoord"))
                        .startEvent()
                        .serviceTask("service_task_werk", t -> t.zeebeJobType(mainJob))
                        .endEvent("end_event_werk_klaar"))
                .serviceTask("service_task_daarna", t -> t.zeebeJobType(afterJob))
                .endEvent()
                .done());
        long key = engine.createProcessInstance(processId, Map.of("zaak", "W-1")).processInstanceKey();
        engine.publishMessage(message, "W-1", Duration.ZERO, Map.of());

        engine.completeJob(awaitJobs(mainJob, 1).get(0).key(), Map.of());

        assertThat(instance(key).activeElementIds()).contains("sub_process_werk", "event_sub_process_vraag",
                "service_task_antwoord").doesNotContain("service_task_daarna");
        assertThat(elementHistory(key)).contains("end_event_werk_klaar:COMPLETED")
                .doesNotContain("sub_process_werk:COMPLETED");
        assertThat(subscriptions(key)).as("the scope still listens").isEqualTo(1);

        engine.completeJob(awaitJobs(answerJob, 1).get(0).key(), Map.of());

        assertThat(instance(key).activeElementIds()).containsExactly("service_task_daarna");
        assertThat(elementHistory(key)).containsSubsequence("end_event_beantwoord:COMPLETED",
                "event_sub_process_vraag:COMPLETED", "sub_process_werk:COMPLETED");
        assertThat(subscriptions(key)).as("closed with its scope").isZero();
    }

    @Test
    void anInterruptingEventSubProcessAlsoEndsRunningNonInterruptingOnes() {
        String processId = unique("esp-stapel");
        String note = unique("notitie");
        String stop = unique("stop");
        String noteJob = unique("noteer");
        String mainJob = unique("hoofd");
        ProcessBuilder process = Bpmn.createExecutableProcess(processId);
        process.eventSubProcess("event_sub_process_notitie", e -> e
                .startEvent("message_start_notitie").interrupting(false).message(m -> m.name(note)
                        .zeebeCorrelationKeyExpression("zaak"))
                .serviceTask("service_task_noteer", t -> t.zeebeJobType(noteJob))
                .endEvent());
        process.eventSubProcess("event_sub_process_stop", e -> e
                .startEvent("message_start_stop").message(m -> m.name(stop).zeebeCorrelationKeyExpression("zaak"))
                .endEvent("end_event_gestopt"));
        deploy(process.startEvent()
                .serviceTask("service_task_hoofd", t -> t.zeebeJobType(mainJob))
                .endEvent()
                .done());
        long key = engine.createProcessInstance(processId, Map.of("zaak", "S-1")).processInstanceKey();
        engine.publishMessage(note, "S-1", Duration.ZERO, Map.of());
        assertThat(instance(key).activeElementIds()).contains("service_task_noteer", "service_task_hoofd");

        engine.publishMessage(stop, "S-1", Duration.ZERO, Map.of());

        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(key)).contains("service_task_noteer:TERMINATED",
                "event_sub_process_notitie:TERMINATED", "service_task_hoofd:TERMINATED",
                "end_event_gestopt:COMPLETED");
        assertThat(subscriptions(key)).isZero();
    }

    @Test
    void aCorrelationKeyThatFailsRaisesAnIncidentOnTheInstanceAndResolvingItStartsTheProcess() {
        String processId = unique("esp-sleutel");
        String message = unique("sleutel");
        ProcessBuilder process = Bpmn.createExecutableProcess(processId);
        process.eventSubProcess("event_sub_process_sleutel", e -> e
                .startEvent("message_start_sleutel").interrupting(false).message(m -> m.name(message)
                        .zeebeCorrelationKeyExpression("ontbreekt.veld"))
                .endEvent());
        deploy(process.startEvent("start_event")
                .userTask("user_task_wacht")
                .endEvent()
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        Incident incident = engine.incidents(key).get(0);
        assertThat(incident.elementId()).isEqualTo(processId);
        assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
        assertThat(instance(key).activeElementIds()).isEmpty();

        engine.setVariables(key, Map.of("ontbreekt", Map.of("veld", "K-1")), false);
        engine.resolveIncident(incident.key());

        assertThat(instance(key).activeElementIds()).containsExactly("user_task_wacht");
        assertThat(engine.incidents(key)).isEmpty();
        engine.publishMessage(message, "K-1", Duration.ZERO, Map.of());
        assertThat(elementHistory(key)).contains("message_start_sleutel:COMPLETED");
    }

    @Test
    void unsupportedEventSubProcessStartsAreRefusedAtDeployWithTheirId() {
        ProcessBuilder escalation = Bpmn.createExecutableProcess(unique("esp-escalatie"));
        escalation.eventSubProcess("event_sub_process_escalatie", e -> e
                .startEvent("escalation_start").escalation("ESC").endEvent());
        assertRefused(escalation.startEvent().endEvent().done(), "escalation_start");

        ProcessBuilder nonInterruptingError = Bpmn.createExecutableProcess(unique("esp-fout-niet"));
        nonInterruptingError.eventSubProcess("event_sub_process_fout", e -> e
                .startEvent("error_start_niet_onderbrekend").interrupting(false).error("X").endEvent());
        assertRefused(nonInterruptingError.startEvent().endEvent().done(), "error_start_niet_onderbrekend");

        ProcessBuilder interruptingCycle = Bpmn.createExecutableProcess(unique("esp-cyclus"));
        interruptingCycle.eventSubProcess("event_sub_process_cyclus", e -> e
                .startEvent("timer_start_cyclus").timerWithCycle("R/PT1H").endEvent());
        assertRefused(interruptingCycle.startEvent().endEvent().done(), "timer_start_cyclus");
    }

    private void assertRefused(BpmnModelInstance model, String elementId) {
        String processId = model.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.Process.class)
                .iterator().next().getId();
        byte[] xml = Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> engine.deploy("esp.bpmn", xml, "tester"))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.elementId()).isEqualTo(elementId)));
        assertThat(engine.latestDefinition(processId)).isEmpty();
    }

    private long activeCount(long processInstanceKey, String elementId) {
        return instance(processInstanceKey).activeElementIds().stream().filter(elementId::equals).count();
    }

    private long completions(long processInstanceKey, String elementId) {
        return elementHistory(processInstanceKey).stream().filter((elementId + ":COMPLETED")::equals).count();
    }

    private int timers(long processInstanceKey) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM engine_timer WHERE process_instance_key = ?", Integer.class,
                processInstanceKey);
    }

    private int subscriptions(long processInstanceKey) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM engine_message_subscription WHERE process_instance_key = ?",
                Integer.class, processInstanceKey);
    }
}
