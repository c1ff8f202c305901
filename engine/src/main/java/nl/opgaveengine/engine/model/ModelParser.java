package nl.opgaveengine.engine.model;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
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
        List<String> startEvents = new ArrayList<>();
        for (FlowElement element : process.getFlowElements()) {
            if (element instanceof SequenceFlow flow) {
                flows.put(flow.getId(), toFlow(flow, problems));
            }
        }
        for (FlowElement element : process.getFlowElements()) {
            if (!(element instanceof FlowNode node)) {
                continue;
            }
            ElementModel model = toElement(node, flows, problems);
            if (model != null) {
                elements.put(model.id(), model);
                if (model.type() == ElementType.START_EVENT) {
                    startEvents.add(model.id());
                }
            }
        }
        if (startEvents.size() != 1) {
            problems.add(new Problem(process.getId(), startEvents.isEmpty()
                    ? "het proces heeft geen none start event"
                    : "het proces heeft meer dan één none start event: " + startEvents));
        }
        return new ProcessModel(process.getId(), process.getName(), startEvents.isEmpty() ? null : startEvents.get(0),
                elements, flows);
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

    private ElementModel toElement(FlowNode node, Map<String, FlowModel> flows, List<Problem> problems) {
        String id = node.getId();
        ElementType type;
        boolean terminate = false;
        Expression jobType = null;
        Expression retries = null;
        Map<String, String> headers = Map.of();
        Expression messageName = null;
        Expression correlationKey = null;
        String defaultFlow = null;
        if (node instanceof StartEvent start) {
            if (!start.getEventDefinitions().isEmpty()) {
                return unsupported(node, kind(start.getEventDefinitions()) + " start event", problems);
            }
            type = ElementType.START_EVENT;
        } else if (node instanceof EndEvent end) {
            Collection<EventDefinition> definitions = end.getEventDefinitions();
            if (definitions.size() == 1 && definitions.iterator().next() instanceof TerminateEventDefinition) {
                terminate = true;
            } else if (!definitions.isEmpty()) {
                return unsupported(node, kind(definitions) + " end event", problems);
            }
            type = ElementType.END_EVENT;
        } else if (node instanceof ServiceTask task) {
            type = ElementType.SERVICE_TASK;
            ZeebeTaskDefinition definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);
            if (definition == null || definition.getType() == null || definition.getType().isBlank()) {
                problems.add(new Problem(id, "een service task heeft een zeebe:taskDefinition met een type nodig"));
            } else {
                jobType = checked(id, Expression.of(definition.getType()), problems);
                retries = checked(id, Expression.of(definition.getRetries() == null ? "3" : definition.getRetries()),
                        problems);
            }
            headers = headers(task);
        } else if (node instanceof ReceiveTask task) {
            type = ElementType.RECEIVE_TASK;
            Expression[] message = message(id, task.getMessage(), problems);
            messageName = message[0];
            correlationKey = message[1];
        } else if (node instanceof IntermediateCatchEvent event) {
            Collection<EventDefinition> definitions = event.getEventDefinitions();
            if (definitions.size() != 1 || !(definitions.iterator().next() instanceof MessageEventDefinition med)) {
                return unsupported(node, kind(definitions) + " intermediate catch event", problems);
            }
            type = ElementType.INTERMEDIATE_CATCH_EVENT;
            Expression[] message = message(id, med.getMessage(), problems);
            messageName = message[0];
            correlationKey = message[1];
        } else if (node instanceof ExclusiveGateway gateway) {
            type = ElementType.EXCLUSIVE_GATEWAY;
            defaultFlow = gateway.getDefault() == null ? null : gateway.getDefault().getId();
            if (node.getOutgoing().size() > 1) {
                for (SequenceFlow flow : node.getOutgoing()) {
                    if (!flow.getId().equals(defaultFlow) && flows.get(flow.getId()).condition() == null) {
                        problems.add(new Problem(flow.getId(),
                                "een uitgaande sequence flow van exclusive gateway '" + id
                                        + "' heeft een conditie nodig (of moet de default flow zijn)"));
                    }
                }
            }
        } else if (node instanceof ParallelGateway) {
            type = ElementType.PARALLEL_GATEWAY;
        } else {
            return unsupported(node, node.getElementType().getTypeName(), problems);
        }
        if (node instanceof Activity activity && activity.getLoopCharacteristics() != null) {
            return unsupported(node, "multi-instance " + node.getElementType().getTypeName(), problems);
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
        return new ElementModel(id, node.getName(), type,
                node.getIncoming().stream().map(SequenceFlow::getId).toList(),
                node.getOutgoing().stream().map(f -> flows.get(f.getId())).toList(),
                defaultFlow, terminate, jobType, retries, headers, messageName, correlationKey, List.copyOf(inputs),
                List.copyOf(outputs), Map.copyOf(properties));
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
