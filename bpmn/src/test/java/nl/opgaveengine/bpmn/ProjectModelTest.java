package nl.opgaveengine.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The project model is valid Camunda 8 BPMN and carries the gate facts the domain reads from it. */
class ProjectModelTest {

    private final BpmnModelInstance model = read();

    private static BpmnModelInstance read() {
        InputStream in = ProjectModelTest.class.getClassLoader().getResourceAsStream(ProjectProcess.RESOURCE);
        assertThat(in).as(ProjectProcess.RESOURCE).isNotNull();
        return Bpmn.readModelFromStream(in);
    }

    @Test
    void isValidCamunda8Bpmn() {
        Bpmn.validateModel(model);
    }

    @Test
    void everyGateNamesItsDocumentDecidingRoleAndOutcomes() {
        for (int i = 0; i < ProjectProcess.FASEN.size(); i++) {
            String fase = ProjectProcess.FASEN.get(i);
            ServiceTask gate = model.getModelElementById(ProjectProcess.gateTask(fase));
            assertThat(gate).as("gate task of %s", fase).isNotNull();
            assertThat(gate.getSingleExtensionElement(ZeebeTaskDefinition.class).getType())
                    .isEqualTo(LifecycleProtocol.JOB_GATE_OPENEN);
            Map<String, String> headers = headers(gate);
            assertThat(headers)
                    .containsEntry(LifecycleProtocol.HEADER_GATE, fase)
                    .containsEntry(LifecycleProtocol.HEADER_DOCUMENT, ProjectProcess.DOCUMENTEN.get(i))
                    .containsEntry(LifecycleProtocol.HEADER_UITKOMSTEN, "GO,NO_GO,OVERDOEN")
                    .containsKey(LifecycleProtocol.HEADER_BESLISSER);
        }
    }

    @Test
    void everyDecisionGatewayStopsByDefault() {
        for (String fase : ProjectProcess.FASEN) {
            ExclusiveGateway gateway = model.getModelElementById(ProjectProcess.uitkomstGateway(fase));
            assertThat(gateway.getDefault().getTarget().getId()).isEqualTo(ProjectProcess.TASK_STOPPEN);
        }
    }

    private static Map<String, String> headers(ServiceTask task) {
        return task.getSingleExtensionElement(ZeebeTaskHeaders.class).getHeaders().stream()
                .collect(Collectors.toMap(ZeebeHeader::getKey, ZeebeHeader::getValue));
    }
}
