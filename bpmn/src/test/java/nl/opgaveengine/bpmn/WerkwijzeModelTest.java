package nl.opgaveengine.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.AdHocSubProcess;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAdHoc;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every werkwijze model is valid Camunda 8 BPMN that opens in Camunda Modeler, speaks the lifecycle protocol
 * (job types and headers the domain reads), and routes only on outcomes its gate offers.
 */
class WerkwijzeModelTest {

    private static final Set<String> ROLLEN = Set.of("BESTUURLIJK_OPDRACHTGEVER", "AMBTELIJK_OPDRACHTGEVER",
            "STURINGSPROFESSIONAL", "OPGAVEMANAGER", "LIJNMANAGER", "BELEIDSADVISEUR", "VAKINHOUDELIJK_MEDEWERKER",
            "PLANNING_EN_CONTROL_MEDEWERKER");
    private static final Set<String> RESULTATEN = Set.of(LifecycleProtocol.RESULTAAT_AFGEROND,
            LifecycleProtocol.RESULTAAT_GESTOPT, LifecycleProtocol.RESULTAAT_OMGEZET);
    private static final Set<String> JOB_TYPES = Set.of(LifecycleProtocol.JOB_FASE_STARTEN,
            LifecycleProtocol.JOB_GATE_OPENEN, LifecycleProtocol.JOB_OPGAVE_AFSLUITEN,
            LifecycleProtocol.JOB_VOORTGANGSRAPPORTAGE_VRAGEN, LifecycleProtocol.JOB_PROCESSTAP_UITVOEREN);
    private static final Pattern UITKOMST = Pattern.compile("\"([A-Z_]+)\"");

    private static BpmnModelInstance read(String resource) {
        InputStream in = WerkwijzeModelTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        return Bpmn.readModelFromStream(in);
    }

    @ParameterizedTest
    @ValueSource(strings = {ProjectProcess.RESOURCE, ProgrammaProcess.RESOURCE, ImprovisatieProcess.RESOURCE,
            RoutineProcess.RESOURCE, ProcesregieProcess.RESOURCE})
    void isValidCamunda8BpmnWithADiagramForEveryElement(String resource) {
        BpmnModelInstance model = read(resource);
        Bpmn.validateModel(model);
        assertThat(model.getDefinitions().getAttributeValueNs("http://camunda.org/schema/modeler/1.0",
                "executionPlatform")).isEqualTo("Camunda Cloud");
        Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        drawn.addAll(model.getModelElementsByType(BpmnEdge.class).stream()
                .map(e -> e.getBpmnElement().getId()).toList());
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(drawn).as("shape of %s", node.getId()).contains(node.getId());
            assertThat(node.getName()).as("Dutch name of %s", node.getId())
                    .satisfiesAnyOf(n -> assertThat(n).isNotBlank(), n -> assertThat(node)
                            .isInstanceOf(io.camunda.zeebe.model.bpmn.instance.ParallelGateway.class));
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(drawn).as("edge of %s", flow.getId()).contains(flow.getId());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ProjectProcess.RESOURCE, ProgrammaProcess.RESOURCE, ImprovisatieProcess.RESOURCE,
            RoutineProcess.RESOURCE, ProcesregieProcess.RESOURCE})
    void elementIdsNameTheirTypeAndJobTypesAreKebabCase(String resource) {
        BpmnModelInstance model = read(resource);
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            String type = node.getElementType().getTypeName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
            String prefix = node instanceof BoundaryEvent ? "_boundary_event_" : null;
            if (prefix != null) {
                assertThat(node.getId()).as(node.getId()).contains(prefix);
            } else if (type.equals("intermediate_catch_event")) {
                assertThat(node.getId()).as(node.getId()).containsPattern("^(message|timer)_catch_event_");
            } else if (node instanceof EndEvent) {
                assertThat(node.getId()).as(node.getId()).containsPattern("^(error_)?end_event_");
            } else {
                assertThat(node.getId()).as(node.getId()).startsWith(type + "_");
            }
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            String jobType = task.getSingleExtensionElement(ZeebeTaskDefinition.class).getType();
            assertThat(jobType).matches("[a-z]+(-[a-z]+)*").isIn(JOB_TYPES);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ProjectProcess.RESOURCE, ProgrammaProcess.RESOURCE, ImprovisatieProcess.RESOURCE,
            RoutineProcess.RESOURCE, ProcesregieProcess.RESOURCE})
    void everyTaskCarriesTheHeadersTheDomainReads(String resource) {
        BpmnModelInstance model = read(resource);
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            Map<String, String> headers = headers(task);
            switch (task.getSingleExtensionElement(ZeebeTaskDefinition.class).getType()) {
                case LifecycleProtocol.JOB_FASE_STARTEN -> assertThat(headers).as(task.getId())
                        .containsKeys(LifecycleProtocol.HEADER_FASE, LifecycleProtocol.HEADER_FASE_NAAM);
                case LifecycleProtocol.JOB_GATE_OPENEN -> {
                    assertThat(headers).as(task.getId()).containsKeys(LifecycleProtocol.HEADER_GATE,
                            LifecycleProtocol.HEADER_GATE_NAAM, LifecycleProtocol.HEADER_DOCUMENT,
                            LifecycleProtocol.HEADER_DOCUMENT_NAAM, LifecycleProtocol.HEADER_BESLISSER,
                            LifecycleProtocol.HEADER_UITKOMSTEN);
                    assertThat(headers.get(LifecycleProtocol.HEADER_BESLISSER)).isIn(ROLLEN);
                    assertThat(task.getId()).isEqualTo("service_task_gate_" + headers.get(LifecycleProtocol.HEADER_GATE)
                            + "_openen");
                }
                case LifecycleProtocol.JOB_OPGAVE_AFSLUITEN -> assertThat(headers.get(LifecycleProtocol.HEADER_RESULTAAT))
                        .as(task.getId()).isIn(RESULTATEN);
                case LifecycleProtocol.JOB_PROCESSTAP_UITVOEREN -> assertThat(headers.get(LifecycleProtocol.HEADER_STAP))
                        .as(task.getId()).isIn(ProcesregieProcess.STAPPEN);
                default -> { }
            }
        }
    }

    /** A decision gateway routes only on outcomes its gate offers, and its default is one of them too (no dead end). */
    @ParameterizedTest
    @ValueSource(strings = {ProjectProcess.RESOURCE, ProgrammaProcess.RESOURCE, ImprovisatieProcess.RESOURCE,
            RoutineProcess.RESOURCE, ProcesregieProcess.RESOURCE})
    void everyDecisionGatewayRoutesOnlyOnOfferedOutcomesAndHasADefault(String resource) {
        BpmnModelInstance model = read(resource);
        for (ServiceTask gate : model.getModelElementsByType(ServiceTask.class)) {
            Map<String, String> headers = headers(gate);
            if (!headers.containsKey(LifecycleProtocol.HEADER_UITKOMSTEN)) {
                continue;
            }
            String gateId = headers.get(LifecycleProtocol.HEADER_GATE);
            List<String> offered = Arrays.asList(headers.get(LifecycleProtocol.HEADER_UITKOMSTEN).split(","));
            ExclusiveGateway gateway = model.getModelElementById("exclusive_gateway_besluit_" + gateId);
            assertThat(gateway).as("gateway of gate %s", gateId).isNotNull();
            assertThat(gateway.getDefault()).as("default of %s", gateway.getId()).isNotNull();
            for (SequenceFlow flow : gateway.getOutgoing()) {
                ConditionExpression condition = flow.getConditionExpression();
                if (condition == null) {
                    continue;
                }
                Matcher m = UITKOMST.matcher(condition.getTextContent());
                while (m.find()) {
                    assertThat(offered).as("%s routes on %s", flow.getId(), m.group(1)).contains(m.group(1));
                }
            }
        }
    }

    @Test
    void programmaHasItsGatesDocumentsAndCycleOutcomes() {
        BpmnModelInstance model = read(ProgrammaProcess.RESOURCE);
        for (String gate : ProgrammaProcess.GATES) {
            Map<String, String> headers = headers(model.getModelElementById(ProgrammaProcess.gateTask(gate)));
            assertThat(headers).containsEntry(LifecycleProtocol.HEADER_DOCUMENT, ProgrammaProcess.DOCUMENTEN.get(gate))
                    .containsEntry(LifecycleProtocol.HEADER_UITKOMSTEN, gate.equals(ProgrammaProcess.GATE_CYCLUSEVALUATIE)
                            ? ProgrammaProcess.UITKOMSTEN_CYCLUSEVALUATIE : ProgrammaProcess.UITKOMSTEN_FASE);
        }
        for (String fase : ProgrammaProcess.FASEN) {
            assertThat(headers(model.getModelElementById(ProgrammaProcess.faseTask(fase))))
                    .containsEntry(LifecycleProtocol.HEADER_FASE, fase);
        }
        assertPcBranch(model);
        for (String end : List.of(ProgrammaProcess.END_EVENT_AFGEROND, ProgrammaProcess.END_EVENT_GESTOPT)) {
            EndEvent event = model.getModelElementById(end);
            assertThat(event.getEventDefinitions()).singleElement().isInstanceOf(TerminateEventDefinition.class);
        }
    }

    @Test
    void projectEndsWithTerminateEventsSoThePcBranchStops() {
        BpmnModelInstance model = read(ProjectProcess.RESOURCE);
        assertPcBranch(model);
        for (String end : List.of(ProjectProcess.END_EVENT_AFGEROND, ProjectProcess.END_EVENT_GESTOPT)) {
            EndEvent event = model.getModelElementById(end);
            assertThat(event.getEventDefinitions()).singleElement().isInstanceOf(TerminateEventDefinition.class);
        }
    }

    @Test
    void theSprintIsTimeboxedBySprintDuurWithADefault() {
        BpmnModelInstance model = read(ImprovisatieProcess.RESOURCE);
        SubProcess sprint = model.getModelElementById(ImprovisatieProcess.SUB_PROCESS_SPRINT);
        assertThat(sprint.getSingleExtensionElement(ZeebeIoMapping.class).getInputs())
                .anySatisfy(in -> {
                    assertThat(in.getTarget()).isEqualTo(ImprovisatieProcess.VAR_SPRINT_DUUR);
                    assertThat(in.getSource()).contains(ImprovisatieProcess.STANDAARD_SPRINT_DUUR);
                });
        BoundaryEvent timebox = model.getModelElementById(ImprovisatieProcess.TIMER_TIMEBOX);
        assertThat(timebox.getAttachedTo()).isEqualTo(sprint);
        assertThat(timebox.cancelActivity()).isTrue();
        TimerEventDefinition timer = (TimerEventDefinition) timebox.getEventDefinitions().iterator().next();
        assertThat(timer.getTimeDuration().getTextContent()).isEqualTo("=" + ImprovisatieProcess.VAR_SPRINT_DUUR);
        assertThat(headers(model.getModelElementById(ImprovisatieProcess.TASK_GATE_SPRINTREVIEW)))
                .containsEntry(LifecycleProtocol.HEADER_UITKOMSTEN, ImprovisatieProcess.UITKOMSTEN_SPRINTREVIEW);
    }

    @Test
    void routineIsHandedOverToTheLijnmanager() {
        Map<String, String> headers = headers(read(RoutineProcess.RESOURCE)
                .getModelElementById(RoutineProcess.TASK_GATE_OVERDRACHT));
        assertThat(headers).containsEntry(LifecycleProtocol.HEADER_BESLISSER, RoutineProcess.BESLISSER_OVERDRACHT)
                .containsEntry(LifecycleProtocol.HEADER_DOCUMENT, RoutineProcess.DOCUMENT_OVERDRACHT)
                .containsEntry(LifecycleProtocol.HEADER_UITKOMSTEN, RoutineProcess.UITKOMSTEN_OVERDRACHT);
    }

    @Test
    void procesregieStepsAreAdHocUntilTheApproachIsChosen() {
        BpmnModelInstance model = read(ProcesregieProcess.RESOURCE);
        AdHocSubProcess wyberen = model.getModelElementById(ProcesregieProcess.AD_HOC_SUB_PROCESS_WYBEREN);
        assertThat(wyberen.getCompletionCondition().getTextContent()).contains(ProcesregieProcess.VAR_AANPAK_GEKOZEN);
        assertThat(wyberen.getSingleExtensionElement(ZeebeAdHoc.class).getActiveElementsCollection())
                .contains(ProcesregieProcess.VAR_STAPPEN);
        Collection<ServiceTask> stappen = wyberen.getChildElementsByType(ServiceTask.class);
        assertThat(stappen).extracting(BaseElement::getId).containsExactlyInAnyOrderElementsOf(
                ProcesregieProcess.STAPPEN.stream().map(ProcesregieProcess::stapTask).toList());
        assertThat(stappen).allSatisfy(stap -> assertThat(stap.getIncoming()).as("activatable").isEmpty());
        assertThat(headers(model.getModelElementById(ProcesregieProcess.TASK_GATE_VERVOLGAANPAK)))
                .containsEntry(LifecycleProtocol.HEADER_BESLISSER, ProcesregieProcess.BESLISSER_VERVOLGAANPAK)
                .containsEntry(LifecycleProtocol.HEADER_DOCUMENT, ProcesregieProcess.DOCUMENT_VERVOLGAANPAK)
                .containsEntry(LifecycleProtocol.HEADER_UITKOMSTEN, ProcesregieProcess.UITKOMSTEN_VERVOLGAANPAK);
    }

    private static void assertPcBranch(BpmnModelInstance model) {
        io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent moment =
                model.getModelElementById(PcRapportageBranch.TIMER_PC_MOMENT);
        TimerEventDefinition timer = (TimerEventDefinition) moment.getEventDefinitions().iterator().next();
        assertThat(timer.getTimeDate().getTextContent()).isEqualTo("=" + LifecycleProtocol.VAR_VOLGEND_PC_MOMENT);
        ServiceTask vragen = model.getModelElementById(PcRapportageBranch.TASK_VOORTGANGSRAPPORTAGE_VRAGEN);
        assertThat(vragen.getSingleExtensionElement(ZeebeTaskDefinition.class).getType())
                .isEqualTo(LifecycleProtocol.JOB_VOORTGANGSRAPPORTAGE_VRAGEN);
        assertThat(vragen.getOutgoing()).singleElement().extracting(f -> f.getTarget().getId())
                .isEqualTo(PcRapportageBranch.MOMENT_GEPLAND_GATEWAY);
    }

    private static Map<String, String> headers(ServiceTask task) {
        ZeebeTaskHeaders headers = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
        return headers == null ? Map.of() : headers.getHeaders().stream()
                .collect(Collectors.toMap(ZeebeHeader::getKey, ZeebeHeader::getValue));
    }
}
