package nl.opgaveengine.bench.common;

import java.util.List;
import java.util.function.Function;

/**
 * The two benchmark models in the BPMN dialect of an embedded Camunda 7 style engine (Operaton, Flowable): the same
 * elements as our Camunda 8 models, only the extension attributes differ. {@code taskImplementation} gives the
 * attributes that make a service task of a job type run (a Java delegate class, or an external task topic).
 * <p>
 * The project model mirrors {@code bpmn/project.bpmn} element by element: a parallel split into the four phases
 * (phase-start task, gate-open task, message catch {@code gate-besluit}, exclusive gateway GO / OVERDOEN / default
 * NO-GO), "afronden" and "stoppen" tasks ending in terminate end events, and the P&amp;C branch (exclusive gateway:
 * timer + report task when {@code volgendPcMoment} is set, otherwise straight to an end event).
 */
public final class PeerModels {

    public static final List<String> FASEN = List.of("initiatief", "definitie", "uitvoering", "nazorg");
    public static final String MESSAGE = "gate-besluit";

    private PeerModels() {
    }

    /** {@code nsDeclaration} e.g. {@code xmlns:operaton="http://operaton.org/schema/1.0/bpmn"}. */
    public static String oneTask(String nsDeclaration, String processId, String processAttributes,
                                 Function<String, String> taskImplementation, String jobType) {
        return header(nsDeclaration) + """
                  <process id="%s" isExecutable="true" %s>
                    <startEvent id="start" />
                    <sequenceFlow id="f1" sourceRef="start" targetRef="task" />
                    <serviceTask id="task" %s />
                    <sequenceFlow id="f2" sourceRef="task" targetRef="end" />
                    <endEvent id="end" />
                  </process>
                </definitions>
                """.formatted(processId, processAttributes, taskImplementation.apply(jobType));
    }

    /**
     * @param suffix appended to every job type (per-thread topics for the external variants), may be empty
     * @param notNull a condition "variable volgendPcMoment is set" in the engine's expression language
     */
    public static String project(String nsDeclaration, String processId, String processAttributes,
                                 Function<String, String> taskImplementation, String suffix, String notNull) {
        StringBuilder p = new StringBuilder(header(nsDeclaration));
        p.append("  <message id=\"message_gate_besluit\" name=\"").append(MESSAGE).append("\" />\n");
        p.append("  <process id=\"").append(processId).append("\" isExecutable=\"true\" ").append(processAttributes)
                .append(">\n");
        p.append("    <startEvent id=\"start_event_project\" />\n");
        flow(p, "sequence_flow_naar_splitsing", "start_event_project", "parallel_gateway_start", null);
        p.append("    <parallelGateway id=\"parallel_gateway_start\" />\n");
        flow(p, "sequence_flow_naar_fase_initiatief", "parallel_gateway_start", "service_task_fase_initiatief", null);
        flow(p, "sequence_flow_naar_pc_cyclus", "parallel_gateway_start", "exclusive_gateway_pc_moment_gepland", null);
        for (int i = 0; i < FASEN.size(); i++) {
            String fase = FASEN.get(i);
            String next = i + 1 < FASEN.size() ? "service_task_fase_" + FASEN.get(i + 1) : "service_task_opgave_afronden";
            task(p, "service_task_fase_" + fase, taskImplementation.apply("fase-starten" + suffix));
            flow(p, "sequence_flow_fase_" + fase + "_naar_gate", "service_task_fase_" + fase,
                    "service_task_gate_" + fase + "_openen", null);
            task(p, "service_task_gate_" + fase + "_openen", taskImplementation.apply("gate-openen" + suffix));
            flow(p, "sequence_flow_gate_" + fase + "_naar_besluit", "service_task_gate_" + fase + "_openen",
                    "message_catch_event_besluit_" + fase, null);
            p.append("    <intermediateCatchEvent id=\"message_catch_event_besluit_").append(fase).append("\">\n")
                    .append("      <messageEventDefinition messageRef=\"message_gate_besluit\" />\n")
                    .append("    </intermediateCatchEvent>\n");
            flow(p, "sequence_flow_besluit_" + fase + "_naar_uitkomst", "message_catch_event_besluit_" + fase,
                    "exclusive_gateway_besluit_" + fase, null);
            p.append("    <exclusiveGateway id=\"exclusive_gateway_besluit_").append(fase)
                    .append("\" default=\"sequence_flow_").append(fase).append("_no_go\" />\n");
            flow(p, "sequence_flow_" + fase + "_overdoen", "exclusive_gateway_besluit_" + fase,
                    "service_task_fase_" + fase, "${uitkomst == 'OVERDOEN'}");
            flow(p, "sequence_flow_" + fase + "_no_go", "exclusive_gateway_besluit_" + fase,
                    "service_task_opgave_stoppen", null);
            flow(p, "sequence_flow_" + fase + "_go", "exclusive_gateway_besluit_" + fase, next, "${uitkomst == 'GO'}");
        }
        task(p, "service_task_opgave_afronden", taskImplementation.apply("opgave-afsluiten" + suffix));
        flow(p, "sequence_flow_afronden_naar_einde", "service_task_opgave_afronden", "end_event_afgerond", null);
        p.append("    <endEvent id=\"end_event_afgerond\"><terminateEventDefinition /></endEvent>\n");
        task(p, "service_task_opgave_stoppen", taskImplementation.apply("opgave-afsluiten" + suffix));
        flow(p, "sequence_flow_stoppen_naar_einde", "service_task_opgave_stoppen", "end_event_gestopt", null);
        p.append("    <endEvent id=\"end_event_gestopt\"><terminateEventDefinition /></endEvent>\n");
        // the P&C branch: ends at once when volgendPcMoment is not set
        p.append("    <exclusiveGateway id=\"exclusive_gateway_pc_moment_gepland\" "
                + "default=\"sequence_flow_geen_pc_moment\" />\n");
        flow(p, "sequence_flow_pc_moment_gepland", "exclusive_gateway_pc_moment_gepland", "timer_catch_event_pc_moment",
                notNull);
        flow(p, "sequence_flow_geen_pc_moment", "exclusive_gateway_pc_moment_gepland", "end_event_geen_pc_moment",
                null);
        p.append("    <intermediateCatchEvent id=\"timer_catch_event_pc_moment\">\n")
                .append("      <timerEventDefinition><timeDate xsi:type=\"tFormalExpression\">${volgendPcMoment}")
                .append("</timeDate></timerEventDefinition>\n")
                .append("    </intermediateCatchEvent>\n");
        flow(p, "sequence_flow_pc_moment_naar_rapportage", "timer_catch_event_pc_moment",
                "service_task_voortgangsrapportage_vragen", null);
        task(p, "service_task_voortgangsrapportage_vragen", taskImplementation.apply("voortgangsrapportage-vragen" + suffix));
        flow(p, "sequence_flow_rapportage_naar_volgend_moment", "service_task_voortgangsrapportage_vragen",
                "exclusive_gateway_pc_moment_gepland", null);
        p.append("    <endEvent id=\"end_event_geen_pc_moment\" />\n");
        p.append("  </process>\n</definitions>\n");
        return p.toString();
    }

    private static String header(String nsDeclaration) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" %s
                    id="definitions_bench" targetNamespace="http://opgaveengine.nl/bench">
                """.formatted(nsDeclaration);
    }

    private static void task(StringBuilder p, String id, String implementation) {
        p.append("    <serviceTask id=\"").append(id).append("\" ").append(implementation).append(" />\n");
    }

    private static void flow(StringBuilder p, String id, String source, String target, String condition) {
        p.append("    <sequenceFlow id=\"").append(id).append("\" sourceRef=\"").append(source)
                .append("\" targetRef=\"").append(target).append('"');
        if (condition == null) {
            p.append(" />\n");
        } else {
            p.append(">\n      <conditionExpression xsi:type=\"tFormalExpression\"><![CDATA[").append(condition)
                    .append("]]></conditionExpression>\n    </sequenceFlow>\n");
        }
    }
}
