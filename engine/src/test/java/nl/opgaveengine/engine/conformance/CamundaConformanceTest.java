package nl.opgaveengine.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.AbstractFlowNodeBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.opgaveengine.engine.ActivatedJob;
import nl.opgaveengine.engine.ElementHistoryEntry;
import nl.opgaveengine.engine.EngineTestApplication;
import nl.opgaveengine.engine.InvalidModelException;
import nl.opgaveengine.engine.ProcessEngine;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import nl.opgaveengine.engine.UserTaskFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Camunda 8 models built with the BPMN model API, one per supported element, each driven to its end with the path
 * it took asserted; and every element the engine does not run refused at deploy, naming the element.
 */
@SpringBootTest(classes = EngineTestApplication.class)
class CamundaConformanceTest {

    @Autowired
    ProcessEngine engine;

    private static String id(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
    }

    private long start(BpmnModelInstance model, Map<String, Object> variables) {
        engine.deploy("conformance.bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8), "conformance");
        String processId = model.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.Process.class)
                .iterator().next().getId();
        return engine.createProcessInstance(processId, variables).processInstanceKey();
    }

    /** The element ids that completed, in order. */
    private List<String> path(long instanceKey) {
        return engine.history(instanceKey).stream().filter(e -> e.state().equals("COMPLETED"))
                .map(ElementHistoryEntry::elementId).toList();
    }

    private void completeJobs(String jobType, int count, Map<String, Object> variables) {
        List<ActivatedJob> jobs = engine.activateJobs(jobType, "conformance", Duration.ofMinutes(1), count);
        assertThat(jobs).hasSize(count);
        jobs.forEach(job -> engine.completeJob(job.key(), variables));
    }

    private void assertCompletedVia(long instanceKey, String... elementIds) {
        assertThat(engine.processInstance(instanceKey).orElseThrow().state()).isEqualTo(State.COMPLETED);
        assertThat(path(instanceKey)).containsSubsequence(elementIds);
    }

    @Test
    void noneStartServiceTaskNoneEnd() {
        String jobType = id("job");
        long key = start(Bpmn.createExecutableProcess(id("p")).startEvent("start").serviceTask("task",
                t -> t.zeebeJobType(jobType)).endEvent("end").done(), Map.of());
        completeJobs(jobType, 1, Map.of());
        assertCompletedVia(key, "start", "task", "end");
    }

    @Test
    void exclusiveGatewayWithDefaultFlow() {
        String processId = id("p");
        BpmnModelInstance model = Bpmn.createExecutableProcess(processId).startEvent("start")
                .exclusiveGateway("split").conditionExpression("x > 5").endEvent("groot")
                .moveToLastExclusiveGateway().defaultFlow().endEvent("klein").done();
        long big = start(model, Map.of("x", 9));
        long small = engine.createProcessInstance(processId, Map.of("x", 1)).processInstanceKey();
        assertCompletedVia(big, "split", "groot");
        assertCompletedVia(small, "split", "klein");
    }

    @Test
    void parallelForkAndJoin() {
        long key = start(Bpmn.createExecutableProcess(id("p")).startEvent().parallelGateway("fork")
                .scriptTask("a", s -> s.zeebeExpression("1").zeebeResultVariable("a")).parallelGateway("join")
                .moveToNode("fork").scriptTask("b", s -> s.zeebeExpression("2").zeebeResultVariable("b"))
                .connectTo("join").moveToNode("join").endEvent("end").done(), Map.of());
        assertCompletedVia(key, "fork", "join", "end");
        assertThat(path(key)).contains("a", "b");
    }

    @Test
    void inclusiveFork() {
        long key = start(Bpmn.createExecutableProcess(id("p")).startEvent().inclusiveGateway("fork")
                .conditionExpression("a").endEvent("end_a").moveToLastInclusiveGateway()
                .conditionExpression("b").endEvent("end_b").done(), Map.of("a", true, "b", false));
        assertCompletedVia(key, "fork", "end_a");
        assertThat(path(key)).doesNotContain("end_b");
    }

    @Test
    void inclusiveForkAndJoin() {
        long key = start(Bpmn.createExecutableProcess(id("p")).startEvent().inclusiveGateway("fork")
                .conditionExpression("a").intermediateThrowEvent("a").inclusiveGateway("join").endEvent("end")
                .moveToNode("fork").conditionExpression("b").intermediateThrowEvent("b").connectTo("join")
                .moveToNode("fork").conditionExpression("c").intermediateThrowEvent("c").connectTo("join")
                .done(), Map.of("a", true, "b", true, "c", false));
        assertCompletedVia(key, "fork", "join", "end");
        assertThat(path(key)).contains("a", "b").doesNotContain("c");
        assertThat(path(key).stream().filter("join"::equals)).hasSize(1);
    }

    @Test
    void userTaskAndReceiveTask() {
        String message = id("msg");
        long key = start(Bpmn.createExecutableProcess(id("p")).startEvent().userTask("mens")
                .receiveTask("wacht").message(m -> m.name(message).zeebeCorrelationKeyExpression("sleutel"))
                .endEvent("end").done(), Map.of("sleutel", "k1"));
        long task = engine.userTasks(UserTaskFilter.ofInstance(key)).get(0).key();
        engine.completeUserTask(task, Map.of());
        engine.publishMessage(message, "k1", Duration.ZERO, Map.of());
        assertCompletedVia(key, "mens", "wacht", "end");
    }

    @Test
    void eventBasedGatewayMessageWins() {
        String message = id("msg");
        long key = start(Bpmn.createExecutableProcess(id("p")).startEvent().eventBasedGateway("kies")
                .intermediateCatchEvent("bericht").message(m -> m.name(message).zeebeCorrelationKeyExpression("k"))
                .endEvent("end_bericht").moveToLastGateway()
                .intermediateCatchEvent("timer").timerWithDuration("PT1H").endEvent("end_timer").done(),
                Map.of("k", "x"));
        engine.publishMessage(message, "x", Duration.ZERO, Map.of());
        assertCompletedVia(key, "kies", "bericht", "end_bericht");
        assertThat(path(key)).doesNotContain("end_timer");
    }

    @Test
    void errorEndEventCaughtOnSubProcessAndTerminateEnd() {
        long key = start(Bpmn.createExecutableProcess(id("p")).startEvent()
                .subProcess("sub", s -> s.embeddedSubProcess().startEvent().endEvent("fout", e -> e.error("E1")))
                .boundaryEvent("vang", b -> b.error("E1")).endEvent("end_fout", e -> e.terminate())
                .moveToActivity("sub").endEvent("end_ok").done(), Map.of());
        assertCompletedVia(key, "vang", "end_fout");
    }

    @Test
    void adHocSubProcessCallActivityAndMultiInstance() {
        String childId = id("kind");
        engine.deploy("kind.bpmn", Bpmn.convertToString(Bpmn.createExecutableProcess(childId).startEvent()
                .scriptTask("verdubbel", s -> s.zeebeExpression("n * 2").zeebeResultVariable("m"))
                .endEvent().done()).getBytes(StandardCharsets.UTF_8), "conformance");
        long key = start(Bpmn.createExecutableProcess(id("p")).startEvent()
                .callActivity("roep", c -> c.zeebeProcessId(childId).zeebePropagateAllParentVariables(false)
                        .zeebeInputExpression("n", "n")
                        .multiInstance(m -> m.parallel().zeebeInputCollectionExpression("[1, 2, 3]")
                                .zeebeInputElement("n").zeebeOutputCollection("uit").zeebeOutputElementExpression("m")))
                .adHocSubProcess("adhoc", a -> {
                    a.zeebeActiveElementsCollectionExpression("[\"stap\"]");
                    a.scriptTask("stap", s -> s.zeebeExpression("sum(uit)").zeebeResultVariable("totaal"));
                })
                .endEvent("end").done(), Map.of());
        assertCompletedVia(key, "roep", "stap", "adhoc", "end");
        assertThat(engine.processInstance(key).orElseThrow().variables()).containsEntry("uit", List.of(2, 4, 6))
                .containsEntry("totaal", 12);
    }

    @Test
    void eventSubProcessesTimerMessageAndErrorInProcessAndSubProcess() {
        String processId = id("p");
        String message = id("bericht");
        String jobType = id("job");
        var process = Bpmn.createExecutableProcess(processId);
        process.eventSubProcess("esp_bericht", e -> e.startEvent("bericht_start").interrupting(false)
                .message(m -> m.name(message).zeebeCorrelationKeyExpression("k")).endEvent("bericht_end"));
        process.eventSubProcess("esp_fout", e -> e.startEvent("fout_start").error("F").endEvent("fout_end"));
        long key = start(process.startEvent("start")
                .subProcess("sub", s -> s.embeddedSubProcess()
                        .eventSubProcess("esp_timer", e -> e.startEvent("timer_start").timerWithDuration("P30D")
                                .endEvent("timer_end"))
                        .startEvent("sub_start").serviceTask("task", t -> t.zeebeJobType(jobType))
                        .endEvent("sub_end"))
                .endEvent("fout_einde", e -> e.error("F"))
                .done(), Map.of("k", "c-1"));
        engine.publishMessage(message, "c-1", Duration.ZERO, Map.of());
        completeJobs(jobType, 1, Map.of());
        assertCompletedVia(key, "start", "bericht_start", "bericht_end", "esp_bericht", "task", "sub_end", "sub",
                "fout_start", "fout_end", "esp_fout");
        assertThat(path(key)).doesNotContain("timer_start", "fout_einde");
    }

    static Stream<Arguments> unsupported() {
        Function<String, AbstractFlowNodeBuilder<?, ?>> base = pid -> Bpmn.createExecutableProcess(pid).startEvent();
        return Stream.of(
                Arguments.of("manual_task", (Function<String, BpmnModelInstance>) pid ->
                        base.apply(pid).manualTask("manual_task").endEvent().done()),
                Arguments.of("business_rule_task", (Function<String, BpmnModelInstance>) pid ->
                        base.apply(pid).businessRuleTask("business_rule_task", t -> t.zeebeCalledDecisionId("d")
                                .zeebeResultVariable("r")).endEvent().done()),
                Arguments.of("signal_catch", (Function<String, BpmnModelInstance>) pid ->
                        base.apply(pid).intermediateCatchEvent("signal_catch").signal("s").endEvent().done()),
                Arguments.of("escalation_end", (Function<String, BpmnModelInstance>) pid ->
                        base.apply(pid).endEvent("escalation_end", e -> e.escalation("ESC")).done()),
                Arguments.of("link_throw", (Function<String, BpmnModelInstance>) pid ->
                        base.apply(pid).intermediateThrowEvent("link_throw").link("l").done()),
                Arguments.of("signal_start_in_event_sub", (Function<String, BpmnModelInstance>) pid -> {
                    var process = Bpmn.createExecutableProcess(pid);
                    process.eventSubProcess("event_sub", e -> e.startEvent("signal_start_in_event_sub").signal("s")
                            .endEvent());
                    return process.startEvent().endEvent().done();
                }),
                Arguments.of("escalation_start_in_event_sub", (Function<String, BpmnModelInstance>) pid -> {
                    var process = Bpmn.createExecutableProcess(pid);
                    process.eventSubProcess("event_sub", e -> e.startEvent("escalation_start_in_event_sub")
                            .escalation("ESC").endEvent());
                    return process.startEvent().endEvent().done();
                }));
    }

    @ParameterizedTest(name = "{0} is refused at deploy")
    @MethodSource("unsupported")
    void unsupportedElementsAreRefusedWithTheirId(String elementId, Function<String, BpmnModelInstance> model) {
        String processId = id("refused");
        byte[] xml = Bpmn.convertToString(model.apply(processId)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> engine.deploy("refused.bpmn", xml, "conformance"))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.elementId()).isEqualTo(elementId)));
        assertThat(engine.latestDefinition(processId)).isEmpty();
    }
}
