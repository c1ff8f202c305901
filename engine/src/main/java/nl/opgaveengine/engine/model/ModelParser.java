package nl.opgaveengine.engine.model;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.AdHocSubProcess;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAdHoc;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventBasedGateway;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.IntermediateThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.ScriptTask;
import io.camunda.zeebe.model.bpmn.instance.SendTask;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperties;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.engine.InvalidModelException;
import nl.opgaveengine.engine.InvalidModelException.Problem;
import nl.opgaveengine.engine.feel.FeelEvaluator;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.springframework.stereotype.Component;

/**
 * Reads a BPMN resource with the Camunda 8 model API, validates it and turns every executable process into a
 * {@link ProcessModel}; anything this engine cannot run is refused with the element id and the reason.
 */
@Component
public class ModelParser {

    private final FeelEvaluator feel;

    public ModelParser(FeelEvaluator feel) {
        this.feel = feel;
    }

    public List<ProcessModel> parse(String resourceName, byte[] content) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            throw new InvalidModelException(resourceName,
                    List.of(new Problem(null, "geen leesbaar BPMN-XML: " + rootMessage(e))));
        }
        List<Problem> problems = new ArrayList<>();
        try {
            model.validate(ZeebeDesignTimeValidators.VALIDATORS).getResults().forEach((element, results) ->
                    results.stream().filter(r -> r.getType() == ValidationResultType.ERROR)
                            .forEach(r -> problems.add(new Problem(idOf(element), r.getMessage()))));
        } catch (RuntimeException e) {
            problems.add(new Problem(null, "validatie mislukt: " + rootMessage(e)));
        }
        List<ProcessModel> processes = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable()) {
                processes.add(toModel(process, problems));
            }
        }
        if (processes.isEmpty()) {
            problems.add(new Problem(null, "het bestand bevat geen uitvoerbaar proces (isExecutable=\"true\")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException(resourceName, problems);
        }
        return processes;
    }

    private ProcessModel toModel(Process process, List<Problem> problems) {
        Map<String, ElementModel> elements = new LinkedHashMap<>();
        Map<String, FlowModel> flows = new LinkedHashMap<>();
        Map<String, List<String>> boundaries = new LinkedHashMap<>();
        collectFlows(process.getFlowElements(), flows, boundaries, problems);
        String noneStart = addScope(process.getFlowElements(), null, flows, boundaries, elements, problems);
        long triggeredStarts = elements.values().stream()
                .filter(e -> e.type() == ElementType.START_EVENT && e.scopeId() == null && e.trigger() != Trigger.NONE)
                .count();
        if (noneStart == null && triggeredStarts == 0) {
            problems.add(new Problem(process.getId(), "het proces heeft geen start event"));
        }
        return new ProcessModel(process.getId(), process.getName(), noneStart, elements, flows);
    }

    private void collectFlows(Collection<FlowElement> scope, Map<String, FlowModel> flows,
                              Map<String, List<String>> boundaries, List<Problem> problems) {
        for (FlowElement element : scope) {
            if (element instanceof SequenceFlow flow) {
                flows.put(flow.getId(), toFlow(flow, problems));
            } else if (element instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
                boundaries.computeIfAbsent(boundary.getAttachedTo().getId(), a -> new ArrayList<>())
                        .add(boundary.getId());
            } else if (element instanceof SubProcess sub) {
                collectFlows(sub.getFlowElements(), flows, boundaries, problems);
            }
        }
    }

    /** Adds the nodes of one scope (the process or an embedded sub-process); answers its none start event. */
    private String addScope(Collection<FlowElement> scope, String scopeId, Map<String, FlowModel> flows,
                            Map<String, List<String>> boundaries, Map<String, ElementModel> elements,
                            List<Problem> problems) {
        List<String> noneStarts = new ArrayList<>();
        for (FlowElement element : scope) {
            if (!(element instanceof FlowNode node)) {
                continue;
            }
            ElementModel model = toElement(node, scopeId, flows, boundaries, problems);
            if (model == null) {
                continue;
            }
            elements.put(model.id(), model);
            if (model.type() == ElementType.START_EVENT && model.trigger() == Trigger.NONE) {
                noneStarts.add(model.id());
            }
            if (model.type() == ElementType.SUB_PROCESS || model.type() == ElementType.AD_HOC_SUB_PROCESS
                    || model.type() == ElementType.EVENT_SUB_PROCESS) {
                addScope(((SubProcess) node).getFlowElements(), model.id(), flows, boundaries, elements, problems);
            }
        }
        String where = scopeId == null ? "het proces" : "sub-proces '" + scopeId + "'";
        if (noneStarts.size() > 1) {
            problems.add(new Problem(scopeId, where + " heeft meer dan één none start event: " + noneStarts));
        }
        return noneStarts.isEmpty() ? null : noneStarts.get(0);
    }

    private FlowModel toFlow(SequenceFlow flow, List<Problem> problems) {
        String condition = null;
        if (flow.getConditionExpression() != null && flow.getConditionExpression().getTextContent() != null
                && !flow.getConditionExpression().getTextContent().isBlank()) {
            condition = Expression.of(flow.getConditionExpression().getTextContent()).text();
            checkFeel(flow.getId(), condition, problems);
        }
        return new FlowModel(flow.getId(), flow.getSource().getId(), flow.getTarget().getId(), condition);
    }

    private ElementModel toElement(FlowNode node, String scopeId, Map<String, FlowModel> flows,
                                   Map<String, List<String>> boundaries, List<Problem> problems) {
        String id = node.getId();
        ElementType type;
        Trigger trigger = Trigger.NONE;
        Expression jobType = null;
        Expression retries = null;
        Map<String, String> headers = Map.of();
        Expression messageName = null;
        Expression correlationKey = null;
        TimerModel timer = null;
        String errorCode = null;
        String attachedTo = null;
        boolean interrupting = true;
        UserTaskModel userTask = null;
        Expression script = null;
        String resultVariable = null;
        String innerStart = null;
        String defaultFlow = null;
        AdHocModel adHoc = null;
        CallModel call = null;
        MultiInstanceModel multiInstance = null;
        if (node instanceof StartEvent start) {
            type = ElementType.START_EVENT;
            Collection<EventDefinition> definitions = start.getEventDefinitions();
            boolean inEventSubProcess = start.getParentElement() instanceof SubProcess parent
                    && parent.triggeredByEvent();
            if (inEventSubProcess) {
                ElementModel eventStart = eventSubProcessStart(start, scopeId, flows, problems);
                if (eventStart == null) {
                    return null;
                }
                return eventStart;
            }
            if (!definitions.isEmpty()) {
                if (scopeId != null) {
                    return unsupported(node, kind(definitions) + " start event in een sub-proces", problems);
                }
                EventDefinition definition = definitions.size() == 1 ? definitions.iterator().next() : null;
                if (definition instanceof TimerEventDefinition ted) {
                    trigger = Trigger.TIMER;
                    timer = timer(id, ted, problems);
                    if (timer != null && timer.kind() == TimerModel.Kind.DURATION) {
                        problems.add(new Problem(id, "een timer start event heeft een timeDate of timeCycle nodig,"
                                + " geen timeDuration"));
                    }
                } else if (definition instanceof MessageEventDefinition med) {
                    trigger = Trigger.MESSAGE;
                    messageName = messageNameOnly(id, med.getMessage(), problems);
                } else {
                    return unsupported(node, kind(definitions) + " start event", problems);
                }
            }
        } else if (node instanceof EndEvent end) {
            type = ElementType.END_EVENT;
            Collection<EventDefinition> definitions = end.getEventDefinitions();
            EventDefinition definition = definitions.size() == 1 ? definitions.iterator().next() : null;
            if (definition instanceof TerminateEventDefinition) {
                trigger = Trigger.TERMINATE;
            } else if (definition instanceof ErrorEventDefinition eed) {
                trigger = Trigger.ERROR;
                errorCode = eed.getError() == null ? null : eed.getError().getErrorCode();
                if (errorCode == null || errorCode.isBlank()) {
                    problems.add(new Problem(id, "een error end event heeft een error met een errorCode nodig"));
                }
            } else if (definition instanceof MessageEventDefinition) {
                trigger = Trigger.MESSAGE;
                ZeebeTaskDefinition task = node.getSingleExtensionElement(ZeebeTaskDefinition.class);
                if (task == null) {
                    return unsupported(node, "message end event zonder zeebe:taskDefinition", problems);
                }
            } else if (!definitions.isEmpty()) {
                return unsupported(node, kind(definitions) + " end event", problems);
            }
        } else if (node instanceof ServiceTask || node instanceof SendTask) {
            type = node instanceof ServiceTask ? ElementType.SERVICE_TASK : ElementType.SEND_TASK;
            if (node.getSingleExtensionElement(ZeebeTaskDefinition.class) == null) {
                problems.add(new Problem(id, "een " + (node instanceof ServiceTask ? "service" : "send")
                        + " task heeft een zeebe:taskDefinition met een type nodig"));
            }
        } else if (node instanceof ScriptTask) {
            type = ElementType.SCRIPT_TASK;
            ZeebeScript zeebeScript = node.getSingleExtensionElement(ZeebeScript.class);
            if (zeebeScript != null) {
                script = checked(id, Expression.of(zeebeScript.getExpression()), problems);
                resultVariable = zeebeScript.getResultVariable();
                if (script == null || !script.feel() || resultVariable == null || resultVariable.isBlank()) {
                    problems.add(new Problem(id, "een script task heeft een FEEL-expressie (=...) en een"
                            + " resultVariable nodig"));
                }
            } else if (node.getSingleExtensionElement(ZeebeTaskDefinition.class) == null) {
                problems.add(new Problem(id, "een script task heeft zeebe:script of zeebe:taskDefinition nodig"));
            }
        } else if (node instanceof UserTask) {
            type = ElementType.USER_TASK;
            ZeebeAssignmentDefinition assignment = node.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
            ZeebeFormDefinition form = node.getSingleExtensionElement(ZeebeFormDefinition.class);
            userTask = new UserTaskModel(
                    assignment == null ? null : checked(id, Expression.of(assignment.getAssignee()), problems),
                    assignment == null ? null : checked(id, Expression.of(assignment.getCandidateGroups()), problems),
                    assignment == null ? null : checked(id, Expression.of(assignment.getCandidateUsers()), problems),
                    form == null ? null : form.getFormKey() != null ? form.getFormKey() : form.getFormId());
        } else if (node instanceof ReceiveTask task) {
            type = ElementType.RECEIVE_TASK;
            trigger = Trigger.MESSAGE;
            Expression[] message = message(id, task.getMessage(), problems);
            messageName = message[0];
            correlationKey = message[1];
        } else if (node instanceof IntermediateCatchEvent || node instanceof BoundaryEvent) {
            CatchEvent event = (CatchEvent) node;
            type = node instanceof BoundaryEvent ? ElementType.BOUNDARY_EVENT : ElementType.INTERMEDIATE_CATCH_EVENT;
            Collection<EventDefinition> definitions = event.getEventDefinitions();
            EventDefinition definition = definitions.size() == 1 ? definitions.iterator().next() : null;
            String what = kind(definitions) + (type == ElementType.BOUNDARY_EVENT ? " boundary event"
                    : " intermediate catch event");
            if (node instanceof BoundaryEvent boundary) {
                attachedTo = boundary.getAttachedTo() == null ? null : boundary.getAttachedTo().getId();
                interrupting = boundary.cancelActivity();
            }
            if (definition instanceof MessageEventDefinition med) {
                trigger = Trigger.MESSAGE;
                Expression[] message = message(id, med.getMessage(), problems);
                messageName = message[0];
                correlationKey = message[1];
            } else if (definition instanceof TimerEventDefinition ted) {
                trigger = Trigger.TIMER;
                timer = timer(id, ted, problems);
                if (timer != null && timer.kind() == TimerModel.Kind.CYCLE && interrupting) {
                    problems.add(new Problem(id, "een " + (type == ElementType.BOUNDARY_EVENT
                            ? "onderbrekend timer boundary event" : "timer intermediate catch event")
                            + " heeft een timeDuration of timeDate nodig, geen timeCycle"));
                }
            } else if (definition instanceof ErrorEventDefinition eed && type == ElementType.BOUNDARY_EVENT) {
                trigger = Trigger.ERROR;
                errorCode = eed.getError() == null ? null : eed.getError().getErrorCode();
                if (!interrupting) {
                    problems.add(new Problem(id, "een error boundary event is altijd onderbrekend"));
                }
            } else {
                return unsupported(node, what, problems);
            }
        } else if (node instanceof IntermediateThrowEvent throwEvent) {
            type = ElementType.INTERMEDIATE_THROW_EVENT;
            Collection<EventDefinition> definitions = throwEvent.getEventDefinitions();
            if (definitions.size() == 1 && definitions.iterator().next() instanceof MessageEventDefinition) {
                trigger = Trigger.MESSAGE;
                if (node.getSingleExtensionElement(ZeebeTaskDefinition.class) == null) {
                    return unsupported(node, "message throw event zonder zeebe:taskDefinition", problems);
                }
            } else if (!definitions.isEmpty()) {
                return unsupported(node, kind(definitions) + " intermediate throw event", problems);
            }
        } else if (node instanceof ExclusiveGateway || node instanceof InclusiveGateway) {
            boolean inclusive = node instanceof InclusiveGateway;
            type = inclusive ? ElementType.INCLUSIVE_GATEWAY : ElementType.EXCLUSIVE_GATEWAY;
            SequenceFlow defaultSequenceFlow = inclusive ? ((InclusiveGateway) node).getDefault()
                    : ((ExclusiveGateway) node).getDefault();
            defaultFlow = defaultSequenceFlow == null ? null : defaultSequenceFlow.getId();
            String name = inclusive ? "inclusive" : "exclusive";
            // Camunda 8: a gateway with one outgoing flow needs no condition (a joining inclusive gateway usually)
            if (node.getOutgoing().size() > 1) {
                for (SequenceFlow flow : node.getOutgoing()) {
                    if (!flow.getId().equals(defaultFlow) && flows.get(flow.getId()).condition() == null) {
                        problems.add(new Problem(flow.getId(), "een uitgaande sequence flow van " + name
                                + " gateway '" + id + "' heeft een conditie nodig (of moet de default flow zijn)"));
                    }
                }
            }
        } else if (node instanceof ParallelGateway) {
            type = ElementType.PARALLEL_GATEWAY;
        } else if (node instanceof EventBasedGateway) {
            type = ElementType.EVENT_BASED_GATEWAY;
            if (node.getOutgoing().size() < 2) {
                problems.add(new Problem(id, "een event-based gateway heeft minstens twee uitgaande flows nodig"));
            }
            for (SequenceFlow flow : node.getOutgoing()) {
                if (!(flow.getTarget() instanceof IntermediateCatchEvent)) {
                    problems.add(new Problem(id, "event-based gateway '" + id + "' mag alleen naar message- of"
                            + " timer catch events leiden, niet naar '" + flow.getTarget().getId() + "'"));
                }
            }
        } else if (node instanceof AdHocSubProcess adHocSub) {
            type = ElementType.AD_HOC_SUB_PROCESS;
            if (node.getSingleExtensionElement(ZeebeTaskDefinition.class) != null) {
                return unsupported(node, "ad-hoc sub-proces met job-worker-implementatie", problems);
            }
            ZeebeAdHoc zeebeAdHoc = node.getSingleExtensionElement(ZeebeAdHoc.class);
            if (zeebeAdHoc != null && (zeebeAdHoc.getOutputCollection() != null
                    || zeebeAdHoc.getOutputElement() != null)) {
                return unsupported(node, "ad-hoc sub-proces met outputCollection/outputElement", problems);
            }
            Expression active = zeebeAdHoc == null || zeebeAdHoc.getActiveElementsCollection() == null
                    || zeebeAdHoc.getActiveElementsCollection().isBlank() ? null
                    : checked(id, Expression.of(zeebeAdHoc.getActiveElementsCollection()), problems);
            String completion = null;
            if (adHocSub.getCompletionCondition() != null && adHocSub.getCompletionCondition().getTextContent() != null
                    && !adHocSub.getCompletionCondition().getTextContent().isBlank()) {
                completion = Expression.of(adHocSub.getCompletionCondition().getTextContent()).text();
                checkFeel(id, completion, problems);
            }
            for (FlowElement inner : adHocSub.getFlowElements()) {
                if (inner instanceof StartEvent || inner instanceof EndEvent) {
                    problems.add(new Problem(inner.getId(), "een ad-hoc sub-proces mag geen start- of end events"
                            + " bevatten"));
                }
            }
            adHoc = new AdHocModel(active, completion, adHocSub.isCancelRemainingInstances());
        } else if (node instanceof CallActivity) {
            type = ElementType.CALL_ACTIVITY;
            ZeebeCalledElement called = node.getSingleExtensionElement(ZeebeCalledElement.class);
            if (called == null || called.getProcessId() == null || called.getProcessId().isBlank()) {
                problems.add(new Problem(id, "een call activity heeft een zeebe:calledElement met een processId nodig"));
            } else {
                if (called.getBindingType() != null && called.getBindingType() != ZeebeBindingType.latest) {
                    return unsupported(node, "call activity met bindingType " + called.getBindingType(), problems);
                }
                call = new CallModel(checked(id, Expression.of(called.getProcessId()), problems),
                        called.isPropagateAllChildVariablesEnabled(), called.isPropagateAllParentVariablesEnabled());
            }
        } else if (node instanceof SubProcess sub && !(node instanceof AdHocSubProcess) && !sub.triggeredByEvent()) {
            type = ElementType.SUB_PROCESS;
            for (FlowElement inner : sub.getFlowElements()) {
                if (inner instanceof StartEvent start && start.getEventDefinitions().isEmpty()) {
                    innerStart = inner.getId();
                }
            }
            if (innerStart == null) {
                problems.add(new Problem(id, "een embedded sub-proces heeft een none start event nodig"));
            }
        } else if (node instanceof SubProcess sub && sub.triggeredByEvent()) {
            type = ElementType.EVENT_SUB_PROCESS;
            List<StartEvent> starts = sub.getFlowElements().stream().filter(StartEvent.class::isInstance)
                    .map(StartEvent.class::cast).toList();
            if (starts.size() != 1) {
                problems.add(new Problem(id, "een event sub-proces heeft precies één start event nodig, niet "
                        + starts.size()));
            } else {
                innerStart = starts.get(0).getId();
            }
            if (scopeParentIsAdHoc(sub)) {
                return unsupported(node, "event sub-proces in een ad-hoc sub-proces", problems);
            }
            if (!node.getIncoming().isEmpty() || !node.getOutgoing().isEmpty()) {
                problems.add(new Problem(id, "een event sub-proces heeft geen inkomende of uitgaande sequence flows"));
            }
        } else {
            return unsupported(node, node.getElementType().getTypeName(), problems);
        }
        if (node instanceof Activity activity && activity.getLoopCharacteristics() != null) {
            if (!(activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop)
                    || type == ElementType.AD_HOC_SUB_PROCESS || type == ElementType.EVENT_SUB_PROCESS) {
                return unsupported(node, (type == ElementType.AD_HOC_SUB_PROCESS
                        || type == ElementType.EVENT_SUB_PROCESS ? "multi-instance "
                        : "standard loop ") + (type == ElementType.EVENT_SUB_PROCESS ? "event sub-proces"
                        : node.getElementType().getTypeName()), problems);
            }
            multiInstance = multiInstance(id, loop, problems);
        }
        ZeebeTaskDefinition definition = node.getSingleExtensionElement(ZeebeTaskDefinition.class);
        if (definition != null && type != ElementType.USER_TASK) {
            if (definition.getType() == null || definition.getType().isBlank()) {
                problems.add(new Problem(id, "zeebe:taskDefinition heeft een type nodig"));
            } else {
                jobType = checked(id, Expression.of(definition.getType()), problems);
                retries = checked(id, Expression.of(definition.getRetries() == null ? "3" : definition.getRetries()),
                        problems);
            }
            headers = headers(node);
        } else if (type == ElementType.USER_TASK) {
            headers = headers(node);
        }
        List<Mapping> inputs = new ArrayList<>();
        List<Mapping> outputs = new ArrayList<>();
        ZeebeIoMapping io = node.getSingleExtensionElement(ZeebeIoMapping.class);
        if (io != null) {
            io.getInputs().forEach(in -> inputs.add(mapping(id, in.getSource(), in.getTarget(), problems)));
            io.getOutputs().forEach(out -> outputs.add(mapping(id, out.getSource(), out.getTarget(), problems)));
        }
        Map<String, String> properties = new LinkedHashMap<>();
        ZeebeProperties zeebeProperties = node.getSingleExtensionElement(ZeebeProperties.class);
        if (zeebeProperties != null) {
            zeebeProperties.getProperties().forEach(p -> properties.put(p.getName(), p.getValue()));
        }
        return new ElementModel(id, node.getName(), type, scopeId, trigger,
                node.getIncoming().stream().map(SequenceFlow::getId).toList(),
                node.getOutgoing().stream().map(f -> flows.get(f.getId())).toList(),
                defaultFlow, jobType, retries, headers, messageName, correlationKey, timer, errorCode, attachedTo,
                interrupting, List.copyOf(boundaries.getOrDefault(id, List.of())), userTask, script, resultVariable,
                innerStart, List.copyOf(inputs), List.copyOf(outputs), Map.copyOf(properties), adHoc, call,
                multiInstance);
    }

    /**
     * The start event of an event sub-process (Camunda 8): timer (date, duration, or a cycle when non-interrupting),
     * message (name and correlation key, evaluated when the enclosing scope is activated) or error (always
     * interrupting; without an error code it catches every error). Anything else is refused with its reason.
     */
    private ElementModel eventSubProcessStart(StartEvent start, String scopeId, Map<String, FlowModel> flows,
                                              List<Problem> problems) {
        String id = start.getId();
        Collection<EventDefinition> definitions = start.getEventDefinitions();
        EventDefinition definition = definitions.size() == 1 ? definitions.iterator().next() : null;
        boolean interrupting = start.isInterrupting();
        Trigger trigger;
        Expression messageName = null;
        Expression correlationKey = null;
        TimerModel timer = null;
        String errorCode = null;
        if (definition instanceof TimerEventDefinition ted) {
            trigger = Trigger.TIMER;
            timer = timer(id, ted, problems);
            if (timer != null && timer.kind() == TimerModel.Kind.CYCLE && interrupting) {
                problems.add(new Problem(id, "een onderbrekend timer start event van een event sub-proces heeft een"
                        + " timeDuration of timeDate nodig, geen timeCycle (een cyclus kan alleen niet-onderbrekend)"));
            }
        } else if (definition instanceof MessageEventDefinition med) {
            trigger = Trigger.MESSAGE;
            Expression[] message = message(id, med.getMessage(), problems);
            messageName = message[0];
            correlationKey = message[1];
        } else if (definition instanceof ErrorEventDefinition eed) {
            trigger = Trigger.ERROR;
            errorCode = eed.getError() == null ? null : eed.getError().getErrorCode();
            if (!interrupting) {
                problems.add(new Problem(id, "een error start event van een event sub-proces is altijd onderbrekend"));
            }
        } else if (definitions.isEmpty()) {
            problems.add(new Problem(id, "het start event van een event sub-proces heeft een timer-, message- of"
                    + " error-definitie nodig"));
            return null;
        } else {
            return unsupported(start, kind(definitions) + " start event in een event sub-proces", problems);
        }
        List<Mapping> outputs = new ArrayList<>();
        ZeebeIoMapping io = start.getSingleExtensionElement(ZeebeIoMapping.class);
        if (io != null) {
            if (!io.getInputs().isEmpty()) {
                problems.add(new Problem(id, "een start event heeft geen input mappings"));
            }
            io.getOutputs().forEach(out -> outputs.add(mapping(id, out.getSource(), out.getTarget(), problems)));
        }
        return new ElementModel(id, start.getName(), ElementType.START_EVENT, scopeId, trigger, List.of(),
                start.getOutgoing().stream().map(f -> flows.get(f.getId())).toList(), null, null, null, Map.of(), messageName, correlationKey, timer, errorCode,
                null, interrupting, List.of(), null, null, null, null, List.of(), List.copyOf(outputs), Map.of(),
                null, null, null);
    }

    private static boolean scopeParentIsAdHoc(SubProcess eventSubProcess) {
        return eventSubProcess.getParentElement() instanceof AdHocSubProcess;
    }

    private MultiInstanceModel multiInstance(String elementId, MultiInstanceLoopCharacteristics loop,
                                             List<Problem> problems) {
        ZeebeLoopCharacteristics zeebe = loop.getSingleExtensionElement(ZeebeLoopCharacteristics.class);
        if (zeebe == null || zeebe.getInputCollection() == null || zeebe.getInputCollection().isBlank()) {
            problems.add(new Problem(elementId, "multi-instance heeft een zeebe:loopCharacteristics met een"
                    + " inputCollection nodig"));
            return null;
        }
        String completion = null;
        if (loop.getCompletionCondition() != null && loop.getCompletionCondition().getTextContent() != null
                && !loop.getCompletionCondition().getTextContent().isBlank()) {
            completion = Expression.of(loop.getCompletionCondition().getTextContent()).text();
            checkFeel(elementId, completion, problems);
        }
        Expression outputElement = zeebe.getOutputElement() == null || zeebe.getOutputElement().isBlank() ? null
                : checked(elementId, Expression.of(zeebe.getOutputElement()), problems);
        String outputCollection = zeebe.getOutputCollection() == null || zeebe.getOutputCollection().isBlank() ? null
                : zeebe.getOutputCollection();
        if ((outputCollection == null) != (outputElement == null)) {
            problems.add(new Problem(elementId, "multi-instance heeft outputCollection en outputElement samen nodig"));
        }
        return new MultiInstanceModel(loop.isSequential(),
                checked(elementId, Expression.of(zeebe.getInputCollection()), problems),
                zeebe.getInputElement() == null || zeebe.getInputElement().isBlank() ? null : zeebe.getInputElement(),
                outputCollection, outputElement, completion);
    }

    private TimerModel timer(String elementId, TimerEventDefinition definition, List<Problem> problems) {
        TimerModel timer = null;
        if (definition.getTimeDate() != null) {
            timer = new TimerModel(TimerModel.Kind.DATE, Expression.of(definition.getTimeDate().getTextContent()));
        } else if (definition.getTimeDuration() != null) {
            timer = new TimerModel(TimerModel.Kind.DURATION,
                    Expression.of(definition.getTimeDuration().getTextContent()));
        } else if (definition.getTimeCycle() != null) {
            timer = new TimerModel(TimerModel.Kind.CYCLE, Expression.of(definition.getTimeCycle().getTextContent()));
        }
        if (timer == null || timer.expression() == null || timer.expression().text().isBlank()) {
            problems.add(new Problem(elementId, "een timer heeft een timeDate, timeDuration of timeCycle nodig"));
            return null;
        }
        checked(elementId, timer.expression(), problems);
        if (!timer.expression().feel()) {
            String error = TimerSchedule.check(timer);
            if (error != null) {
                problems.add(new Problem(elementId, error));
            }
        }
        return timer;
    }

    private Expression messageNameOnly(String elementId, Message message, List<Problem> problems) {
        if (message == null || message.getName() == null || message.getName().isBlank()) {
            problems.add(new Problem(elementId, "een bericht met een naam is nodig"));
            return null;
        }
        Expression name = Expression.of(message.getName());
        if (name.feel()) {
            problems.add(new Problem(elementId, "de berichtnaam van een message start event moet statisch zijn"));
        }
        return name;
    }

    private Map<String, String> headers(BaseElement element) {
        ZeebeTaskHeaders taskHeaders = element.getSingleExtensionElement(ZeebeTaskHeaders.class);
        if (taskHeaders == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (ZeebeHeader header : taskHeaders.getHeaders()) {
            headers.put(header.getKey(), header.getValue());
        }
        return headers;
    }

    private Expression[] message(String elementId, Message message, List<Problem> problems) {
        if (message == null || message.getName() == null || message.getName().isBlank()) {
            problems.add(new Problem(elementId, "een bericht met een naam is nodig"));
            return new Expression[2];
        }
        ZeebeSubscription subscription = message.getSingleExtensionElement(ZeebeSubscription.class);
        if (subscription == null || subscription.getCorrelationKey() == null
                || subscription.getCorrelationKey().isBlank()) {
            problems.add(new Problem(elementId, "bericht '" + message.getName()
                    + "' heeft een zeebe:subscription met een correlationKey nodig"));
            return new Expression[2];
        }
        return new Expression[] {checked(elementId, Expression.of(message.getName()), problems),
                checked(elementId, Expression.of(subscription.getCorrelationKey()), problems)};
    }

    private Mapping mapping(String elementId, String source, String target, List<Problem> problems) {
        if (target == null || target.isBlank()) {
            problems.add(new Problem(elementId, "een mapping zonder target"));
        }
        return new Mapping(checked(elementId, Expression.of(source == null ? "=null" : source), problems), target);
    }

    private Expression checked(String elementId, Expression expression, List<Problem> problems) {
        if (expression != null && expression.feel()) {
            checkFeel(elementId, expression.text(), problems);
        }
        return expression;
    }

    private void checkFeel(String elementId, String expression, List<Problem> problems) {
        String error = feel.syntaxError(expression);
        if (error != null) {
            problems.add(new Problem(elementId, "ongeldige FEEL-expressie '" + expression + "': " + error));
        }
    }

    private static ElementModel unsupported(FlowNode node, String kind, List<Problem> problems) {
        problems.add(new Problem(node.getId(), "element type " + kind + " wordt niet ondersteund"));
        return null;
    }

    private static String kind(Collection<EventDefinition> definitions) {
        if (definitions.isEmpty()) {
            return "none";
        }
        String type = definitions.iterator().next().getElementType().getTypeName();
        return definitions.size() > 1 ? "multiple" : type.replace("EventDefinition", "");
    }

    private static String idOf(ModelElementInstance element) {
        return element == null ? null : element.getAttributeValue("id");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
