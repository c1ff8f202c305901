package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

class ErrorEventTest extends EngineTestSupport {

    @Test
    void anErrorThrownByAJobIsCaughtByTheBoundaryEventWithItsCode() {
        String processId = unique("betaal");
        String jobType = unique("betaal-job");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_betaal", t -> t.zeebeJobType(jobType))
                .boundaryEvent("error_boundary_geweigerd", b -> b.error("GEWEIGERD"))
                .endEvent("end_event_geweigerd")
                .moveToActivity("service_task_betaal")
                .boundaryEvent("error_boundary_overig", b -> b.error())
                .endEvent("end_event_overig")
                .moveToActivity("service_task_betaal")
                .endEvent("end_event_betaald")
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        engine.throwError(awaitJobs(jobType, 1).get(0).key(), "GEWEIGERD", "saldo te laag", Map.of("reden", "saldo"));

        ProcessInstanceState done = instance(key);
        assertThat(done.state()).isEqualTo(State.COMPLETED);
        assertThat(done.variables()).containsEntry("reden", "saldo");
        assertThat(elementHistory(key)).contains("service_task_betaal:TERMINATED",
                "error_boundary_geweigerd:COMPLETED", "end_event_geweigerd:COMPLETED")
                .doesNotContain("end_event_overig:COMPLETED");
    }

    @Test
    void aBoundaryWithoutErrorCodeCatchesAnyError() {
        String processId = unique("vangnet");
        String jobType = unique("vangnet-job");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_werk", t -> t.zeebeJobType(jobType))
                .boundaryEvent("error_boundary_alles", b -> b.error())
                .endEvent("end_event_fout")
                .moveToActivity("service_task_werk")
                .endEvent()
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        engine.throwError(awaitJobs(jobType, 1).get(0).key(), "WAT_DAN_OOK", null, Map.of());

        assertThat(elementHistory(key)).contains("end_event_fout:COMPLETED");
    }

    @Test
    void anUncaughtErrorBecomesAnIncidentOnTheJobAndResolvingItReopensTheJob() {
        String processId = unique("onopgevangen");
        String jobType = unique("onopgevangen-job");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_los", t -> t.zeebeJobType(jobType))
                .endEvent()
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
        long jobKey = awaitJobs(jobType, 1).get(0).key();

        engine.throwError(jobKey, "NIET_GEMODELLEERD", "kapot", Map.of());

        Incident incident = engine.incidents(key).get(0);
        assertThat(incident.errorType()).isEqualTo("UNHANDLED_ERROR_EVENT");
        assertThat(incident.jobKey()).isEqualTo(jobKey);
        assertThat(incident.errorMessage()).contains("NIET_GEMODELLEERD");
        assertThat(activate(jobType, 1)).isEmpty();

        engine.resolveIncident(incident.key());
        engine.completeJob(awaitJobs(jobType, 1).get(0).key(), Map.of());
        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
    }

    @Test
    void anErrorEndEventInASubProcessIsCaughtOnTheSubProcess() {
        String processId = unique("sub-fout");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .subProcess("sub_process_controle", s -> s.embeddedSubProcess()
                        .startEvent()
                        .exclusiveGateway("gateway_in_orde")
                        .conditionExpression("inOrde").endEvent("end_event_in_orde")
                        .moveToLastExclusiveGateway().defaultFlow()
                        .endEvent("end_event_fout", e -> e.error("AFGEKEURD")))
                .boundaryEvent("error_boundary_afgekeurd", b -> b.error("AFGEKEURD"))
                .endEvent("end_event_afgekeurd")
                .moveToActivity("sub_process_controle")
                .endEvent("end_event_goedgekeurd")
                .done());

        long rejected = engine.createProcessInstance(processId, Map.of("inOrde", false)).processInstanceKey();
        long approved = engine.createProcessInstance(processId, Map.of("inOrde", true)).processInstanceKey();

        assertThat(elementHistory(rejected)).contains("sub_process_controle:TERMINATED",
                "end_event_afgekeurd:COMPLETED");
        assertThat(instance(rejected).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(approved)).contains("sub_process_controle:COMPLETED",
                "end_event_goedgekeurd:COMPLETED");
    }

    @Test
    void anUncaughtErrorEndEventRaisesAnIncident() {
        String processId = unique("fout-einde");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .endEvent("end_event_fout", e -> e.error("STOP"))
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        assertThat(engine.incidents(key)).singleElement().satisfies(i -> {
            assertThat(i.elementId()).isEqualTo("end_event_fout");
            assertThat(i.errorType()).isEqualTo("UNHANDLED_ERROR_EVENT");
        });
    }
}
