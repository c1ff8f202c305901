package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeploymentTest extends EngineTestSupport {

    private static BpmnModelInstance model(String processId, String jobType) {
        return Bpmn.createExecutableProcess(processId).name("Testproces")
                .startEvent().serviceTask("service_task_werk", t -> t.zeebeJobType(jobType)).endEvent().done();
    }

    @Test
    void sameContentTwiceIsTheSameVersionAndChangedContentTheNext() {
        String processId = unique("versions");
        BpmnModelInstance original = model(processId, "a");
        ProcessDefinition first = deploy(original);
        ProcessDefinition again = deploy(original);
        ProcessDefinition changed = deploy(model(processId, "b"));

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.name()).isEqualTo("Testproces");
        assertThat(again).isEqualTo(first);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.key()).isNotEqualTo(first.key());
        assertThat(engine.latestDefinition(processId)).contains(changed);
        assertThat(engine.definition(first.key())).contains(first);
        assertThat(engine.processDefinitions()).filteredOn(d -> d.bpmnProcessId().equals(processId))
                .extracting(ProcessDefinition::version).containsExactly(2, 1);
        assertThat(new String(engine.definitionXml(first.key()).orElseThrow(), StandardCharsets.UTF_8))
                .isEqualTo(Bpmn.convertToString(original));
    }

    @Test
    void aRunningInstanceStaysOnItsVersion() {
        String processId = unique("stays");
        String jobType = unique("old");
        ProcessDefinition v1 = deploy(model(processId, jobType));
        long instanceKey = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
        ProcessDefinition v2 = deploy(model(processId, unique("new")));

        assertThat(v2.version()).isEqualTo(2);
        ActivatedJob job = activate(jobType, 1).get(0);
        assertThat(job.processDefinitionVersion()).isEqualTo(1);
        assertThat(instance(instanceKey).processDefinitionKey()).isEqualTo(v1.key());
        assertThat(engine.createProcessInstance(processId, Map.of()).version()).isEqualTo(2);
        assertThat(engine.createProcessInstance(v1.key(), Map.of()).version()).isEqualTo(1);
    }

    @Test
    void textThatIsNotXmlIsRefused() {
        assertThatThrownBy(() -> engine.deploy("kapot.bpmn", "geen xml".getBytes(StandardCharsets.UTF_8), "tester"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("kapot.bpmn");
    }

    @Test
    void unsupportedElementsAreRefusedByIdAndNothingIsDeployed() {
        String processId = unique("unsupported");
        BpmnModelInstance model = Bpmn.createExecutableProcess(processId)
                .startEvent()
                .manualTask("manual_task_deelproces")
                .intermediateCatchEvent("signal_event_beoordelen").signal("beoordeeld")
                .endEvent()
                .done();

        assertThatThrownBy(() -> deploy(model))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.problems())
                        .extracting(InvalidModelException.Problem::elementId)
                        .contains("manual_task_deelproces", "signal_event_beoordelen"))
                .hasMessageContaining("wordt niet ondersteund");
        assertThat(engine.latestDefinition(processId)).isEmpty();
    }

    @Test
    void aServiceTaskWithoutJobTypeAndABrokenConditionAreRefused() {
        String processId = unique("broken");
        BpmnModelInstance model = Bpmn.createExecutableProcess(processId)
                .startEvent()
                .exclusiveGateway("gateway_x")
                .sequenceFlowId("flow_kapot").conditionExpression("x >>> 1")
                .serviceTask("service_task_zonder_type")
                .endEvent()
                .moveToLastExclusiveGateway().defaultFlow().endEvent()
                .done();

        assertThatThrownBy(() -> deploy(model))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.problems())
                        .extracting(InvalidModelException.Problem::elementId)
                        .contains("service_task_zonder_type", "flow_kapot"));
        assertThat(engine.latestDefinition(processId)).isEmpty();
    }
}
