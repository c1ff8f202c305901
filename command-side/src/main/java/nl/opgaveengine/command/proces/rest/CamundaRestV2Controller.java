package nl.opgaveengine.command.proces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.command.web.XmlUploadGuard;
import nl.opgaveengine.engine.AdHocActivity;
import nl.opgaveengine.engine.Deployment;
import nl.opgaveengine.engine.ElementInstance;
import nl.opgaveengine.engine.EngineException;
import nl.opgaveengine.engine.EngineException.Rejection;
import nl.opgaveengine.engine.ProcessDefinition;
import nl.opgaveengine.engine.ProcessEngine;
import nl.opgaveengine.engine.ProcessInstanceCreated;
import nl.opgaveengine.engine.ProcessInstanceState;
import nl.opgaveengine.engine.gateway.GatewayProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The part of Camunda 8's REST API v2 (orchestration cluster API) that the embedded engine serves beside its gRPC
 * gateway, in Camunda's request and answer shapes: what the Camunda Java client needs for ad-hoc activation, element
 * instance and process definition search and a definition's XML, and what the Camunda Modeler calls for
 * <em>Deploy</em> and <em>Start instance</em> when it is pointed at this application (topology, deployments,
 * process instances). Keys travel as strings, refusals as problem details titled with Camunda's rejection type.
 * Reachable from this machine only, or, when {@code opgave.engine.gateway.token} is set, with that bearer token,
 * like the gRPC gateway.
 */
@RestController
@RequestMapping(CamundaRestV2Controller.BASE)
public class CamundaRestV2Controller {

    public static final String BASE = "/v2";
    static final String VERSION = "8.9.0";
    static final String DEFAULT_TENANT = "<default>";

    private final ProcessEngine engine;
    private final ObjectProvider<GatewayProperties> gateway;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;

    public CamundaRestV2Controller(ProcessEngine engine, ObjectProvider<GatewayProperties> gateway,
                                   PlatformTransactionManager transactions, ObjectMapper json) {
        this.engine = engine;
        this.gateway = gateway;
        this.transactions = new TransactionTemplate(transactions);
        this.json = json;
    }

    /** {@code GET /v2/topology}: one broker with one healthy leader partition, as the gRPC gateway answers. */
    @GetMapping("/topology")
    public Map<String, Object> topology(HttpServletRequest request) {
        guard(request);
        Map<String, Object> partition = ordered("partitionId", 1, "role", "leader", "health", "healthy");
        Map<String, Object> broker = ordered("nodeId", 0, "host", request.getServerName(),
                "port", request.getServerPort(), "partitions", List.of(partition), "version", VERSION);
        return ordered("brokers", List.of(broker), "clusterId", "opgave-engine", "clusterSize", 1,
                "partitionsCount", 1, "replicationFactor", 1, "gatewayVersion", VERSION,
                "lastCompletedChangeId", "-1");
    }

    /**
     * {@code POST /v2/deployments} (multipart, parts {@code resources} and optional {@code tenantId}): every resource
     * deploys, or none does; an invalid model is refused naming the element.
     */
    @PostMapping(value = "/deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> deploy(MultipartHttpServletRequest request) throws IOException {
        guard(request);
        checkTenant(request.getParameter("tenantId"));
        List<MultipartFile> resources = request.getMultiFileMap().getOrDefault("resources", List.of());
        if (resources.isEmpty()) {
            throw refusal(Rejection.INVALID_ARGUMENT, "Expected to deploy at least one resource, but none given");
        }
        Set<String> names = new HashSet<>();
        List<Map.Entry<String, byte[]>> contents = new ArrayList<>();
        for (MultipartFile resource : resources) {
            String name = resource.getOriginalFilename() == null ? "" : resource.getOriginalFilename();
            if (!(name.endsWith(".bpmn") || name.endsWith(".xml"))) {
                throw refusal(Rejection.INVALID_ARGUMENT, "Expected to deploy new resources, but encountered the"
                        + " following errors:\n'" + name + "': this engine deploys BPMN resources (.bpmn, .xml) only");
            }
            if (!names.add(name)) {
                throw refusal(Rejection.INVALID_ARGUMENT, "Expected to deploy new resources, but encountered the"
                        + " following errors:\nDuplicated resource name '" + name + "'");
            }
            byte[] content = resource.getBytes();
            try {
                XmlUploadGuard.check(name, content);
            } catch (BusinessRuleException e) {
                throw refusal(Rejection.INVALID_ARGUMENT, "Expected to deploy new resources, but encountered the"
                        + " following errors:\n'" + name + "': " + e.getMessage());
            }
            contents.add(Map.entry(name, content));
        }
        return transactions.execute(tx -> {
            long key = 0;
            List<Map<String, Object>> deployments = new ArrayList<>();
            for (Map.Entry<String, byte[]> resource : contents) {
                Deployment deployment = engine.deploy(resource.getKey(), resource.getValue(), "modeler");
                key = deployment.key();
                for (ProcessDefinition d : deployment.processes()) {
                    deployments.add(Map.of("processDefinition", ordered("processDefinitionId", d.bpmnProcessId(),
                            "processDefinitionVersion", d.version(), "processDefinitionKey", String.valueOf(d.key()),
                            "resourceName", resource.getKey(), "tenantId", DEFAULT_TENANT)));
                }
            }
            return ordered("deploymentKey", String.valueOf(key), "tenantId", DEFAULT_TENANT,
                    "deployments", deployments);
        });
    }

    /**
     * {@code POST /v2/process-instances}: by {@code processDefinitionId} (and {@code processDefinitionVersion}, -1 or
     * absent = latest) or by {@code processDefinitionKey}, with {@code variables}. Start and runtime instructions and
     * {@code awaitCompletion} are refused: instances start at the none start event.
     */
    @PostMapping(value = "/process-instances", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> createProcessInstance(@RequestBody JsonNode body, HttpServletRequest request) {
        guard(request);
        checkTenant(text(body.path("tenantId")));
        for (String unsupported : List.of("startInstructions", "runtimeInstructions")) {
            if (body.path(unsupported).isArray() && !body.path(unsupported).isEmpty()) {
                throw refusal(Rejection.INVALID_ARGUMENT, "Opgave Engine does not support " + unsupported
                        + "; instances start at the none start event");
            }
        }
        if (body.path("awaitCompletion").asBoolean(false)) {
            throw refusal(Rejection.INVALID_ARGUMENT, "Opgave Engine's REST API does not await completion; use"
                    + " CreateProcessInstanceWithResult over gRPC");
        }
        Map<String, Object> variables = body.path("variables").isObject()
                ? json.convertValue(body.path("variables"), Map.class) : Map.of();
        if (!body.path("variables").isMissingNode() && !body.path("variables").isNull()
                && !body.path("variables").isObject()) {
            throw refusal(Rejection.INVALID_ARGUMENT, "Expected 'variables' to be a JSON object");
        }
        String processId = text(body.path("processDefinitionId"));
        ProcessInstanceCreated created = unwrap(() -> {
            if (processId != null && !processId.isBlank()) {
                int version = body.path("processDefinitionVersion").asInt(-1);
                if (version < 0) {
                    if (engine.latestDefinition(processId).isEmpty()) {
                        throw refusal(Rejection.NOT_FOUND, "Expected to find process definition with process ID '"
                                + processId + "', but none found");
                    }
                    return engine.createProcessInstance(processId, variables);
                }
                ProcessDefinition exact = engine.processDefinitions().stream()
                        .filter(d -> d.bpmnProcessId().equals(processId) && d.version() == version).findFirst()
                        .orElseThrow(() -> refusal(Rejection.NOT_FOUND, "Expected to find process definition with"
                                + " process ID '" + processId + "' and version '" + version + "', but none found"));
                return engine.createProcessInstance(exact.key(), variables);
            }
            long key = key(text(body.path("processDefinitionKey")), "processDefinitionKey");
            if (engine.definition(key).isEmpty()) {
                throw refusal(Rejection.NOT_FOUND, "Expected to find process definition with key '" + key
                        + "', but none found");
            }
            return engine.createProcessInstance(key, variables);
        });
        return ordered("processDefinitionKey", String.valueOf(created.processDefinitionKey()),
                "processDefinitionId", created.bpmnProcessId(), "processDefinitionVersion", created.version(),
                "processInstanceKey", String.valueOf(created.processInstanceKey()), "tenantId", DEFAULT_TENANT,
                "variables", Map.of());
    }

    /**
     * {@code POST /v2/element-instances/ad-hoc-activities/{adHocSubProcessInstanceKey}/activation}: activates the
     * named inner elements ({@code elements[{elementId, variables}]}) of an active ad-hoc sub-process; 204. 404 when
     * the key is no active ad-hoc sub-process, 400 for no or unknown elements.
     */
    @PostMapping(value = "/element-instances/ad-hoc-activities/{adHocSubProcessInstanceKey}/activation",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Void> activateAdHocActivities(@PathVariable String adHocSubProcessInstanceKey,
                                                        @RequestBody JsonNode body, HttpServletRequest request) {
        guard(request);
        long key = key(adHocSubProcessInstanceKey, "adHocSubProcessInstanceKey");
        if (body.path("cancelRemainingInstances").asBoolean(false)) {
            throw refusal(Rejection.INVALID_ARGUMENT, "Opgave Engine does not support cancelRemainingInstances");
        }
        JsonNode elements = body.path("elements");
        if (!elements.isArray() || elements.isEmpty()) {
            throw refusal(Rejection.INVALID_ARGUMENT, "No elements provided.");
        }
        List<AdHocActivity> activities = new ArrayList<>();
        for (JsonNode element : elements) {
            String elementId = text(element.path("elementId"));
            if (elementId == null || elementId.isBlank()) {
                throw refusal(Rejection.INVALID_ARGUMENT, "No elementId provided.");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = element.path("variables").isObject()
                    ? json.convertValue(element.path("variables"), Map.class) : Map.of();
            activities.add(new AdHocActivity(elementId, variables));
        }
        unwrap(() -> {
            engine.activateAdHocActivities(key, activities);
            return null;
        });
        return ResponseEntity.noContent().build();
    }

    /**
     * {@code POST /v2/element-instances/search}: the <em>active</em> element instances of one process instance
     * ({@code filter.processInstanceKey} is required here), narrowed by {@code elementId}, {@code elementInstanceKey},
     * {@code type} and {@code state} (only {@code ACTIVE} ones are known to this search).
     */
    @PostMapping(value = "/element-instances/search", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> searchElementInstances(@RequestBody(required = false) JsonNode body,
                                                      HttpServletRequest request) {
        guard(request);
        JsonNode filter = body == null ? json.createObjectNode() : body.path("filter");
        String instance = filterValue(filter.path("processInstanceKey"));
        if (instance == null) {
            throw refusal(Rejection.INVALID_ARGUMENT, "Opgave Engine searches the element instances of one process"
                    + " instance: filter.processInstanceKey is required");
        }
        long processInstanceKey = key(instance, "filter.processInstanceKey");
        String elementId = filterValue(filter.path("elementId"));
        String elementInstanceKey = filterValue(filter.path("elementInstanceKey"));
        String type = filterValue(filter.path("type"));
        String state = filterValue(filter.path("state"));
        Optional<ProcessInstanceState> processInstance = engine.processInstance(processInstanceKey);
        List<Map<String, Object>> items = new ArrayList<>();
        if (processInstance.isPresent() && (state == null || "ACTIVE".equals(state))) {
            long definitionKey = processInstance.get().processDefinitionKey();
            String processId = engine.definition(definitionKey).map(ProcessDefinition::bpmnProcessId).orElse(null);
            for (ElementInstance e : engine.activeElements(processInstanceKey)) {
                if ((elementId == null || elementId.equals(e.elementId()))
                        && (elementInstanceKey == null || elementInstanceKey.equals(String.valueOf(e.key())))
                        && (type == null || type.equals(e.elementType()))) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("elementInstanceKey", String.valueOf(e.key()));
                    item.put("processInstanceKey", String.valueOf(processInstanceKey));
                    item.put("rootProcessInstanceKey", String.valueOf(processInstanceKey));
                    item.put("processDefinitionKey", String.valueOf(definitionKey));
                    item.put("processDefinitionId", processId);
                    item.put("elementId", e.elementId());
                    item.put("elementName", e.elementId());
                    item.put("type", e.elementType());
                    item.put("state", "ACTIVE");
                    item.put("hasIncident", false);
                    item.put("tenantId", DEFAULT_TENANT);
                    items.add(item);
                }
            }
        }
        return page(items);
    }

    /**
     * {@code POST /v2/process-definitions/search}: every deployed version, narrowed by {@code processDefinitionId},
     * {@code version}, {@code processDefinitionKey}, {@code resourceName} and {@code isLatestVersion}.
     */
    @PostMapping(value = "/process-definitions/search", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> searchProcessDefinitions(@RequestBody(required = false) JsonNode body,
                                                        HttpServletRequest request) {
        guard(request);
        JsonNode filter = body == null ? json.createObjectNode() : body.path("filter");
        String processId = filterValue(filter.path("processDefinitionId"));
        String version = filterValue(filter.path("version"));
        String key = filterValue(filter.path("processDefinitionKey"));
        String resourceName = filterValue(filter.path("resourceName"));
        boolean latestOnly = filter.path("isLatestVersion").asBoolean(false);
        List<ProcessDefinition> all = engine.processDefinitions();
        Map<String, Integer> latest = new LinkedHashMap<>();
        all.forEach(d -> latest.merge(d.bpmnProcessId(), d.version(), Math::max));
        List<Map<String, Object>> items = all.stream()
                .filter(d -> processId == null || processId.equals(d.bpmnProcessId()))
                .filter(d -> version == null || version.equals(String.valueOf(d.version())))
                .filter(d -> key == null || key.equals(String.valueOf(d.key())))
                .filter(d -> resourceName == null || resourceName.equals(d.resourceName()))
                .filter(d -> !latestOnly || latest.get(d.bpmnProcessId()) == d.version())
                .sorted(Comparator.comparing(ProcessDefinition::bpmnProcessId)
                        .thenComparing(ProcessDefinition::version))
                .map(CamundaRestV2Controller::definition).toList();
        return page(items);
    }

    /** {@code GET /v2/process-definitions/{processDefinitionKey}/xml}: the deployed BPMN as it was deployed. */
    @GetMapping(value = "/process-definitions/{processDefinitionKey}/xml")
    public ResponseEntity<String> processDefinitionXml(@PathVariable String processDefinitionKey,
                                                       HttpServletRequest request) {
        guard(request);
        long key = key(processDefinitionKey, "processDefinitionKey");
        byte[] xml = engine.definitionXml(key).orElseThrow(() -> refusal(Rejection.NOT_FOUND,
                "Process definition with key '" + key + "' not found"));
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML)
                .body(new String(xml, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Map<String, Object> definition(ProcessDefinition d) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("processDefinitionKey", String.valueOf(d.key()));
        item.put("processDefinitionId", d.bpmnProcessId());
        item.put("name", d.name() == null ? d.bpmnProcessId() : d.name());
        item.put("version", d.version());
        item.put("versionTag", null);
        item.put("resourceName", d.resourceName());
        item.put("tenantId", DEFAULT_TENANT);
        item.put("hasStartForm", false);
        return item;
    }

    private static Map<String, Object> page(List<Map<String, Object>> items) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("totalItems", items.size());
        page.put("hasMoreTotalItems", false);
        page.put("startCursor", null);
        page.put("endCursor", null);
        return ordered("items", items, "page", page);
    }

    /**
     * Same reach as the gRPC gateway: with a token, only callers sending it; without one, callers on this machine
     * only (not requests relayed by a proxy), unless the gateway is bound to a non-loopback host on purpose.
     */
    private void guard(HttpServletRequest request) {
        GatewayProperties properties = gateway.getIfAvailable();
        String token = properties == null ? null : properties.getToken();
        if (token != null && !token.isBlank()) {
            String header = request.getHeader("Authorization");
            if (header == null || !java.security.MessageDigest.isEqual(("Bearer " + token).getBytes(),
                    header.getBytes())) {
                throw new CamundaRestProblem(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED",
                        "Expected a valid bearer token (opgave.engine.gateway.token) in the Authorization header");
            }
            return;
        }
        String host = properties == null ? "127.0.0.1" : properties.getHost();
        // a request relayed by a proxy on this machine arrives from loopback too: a forwarding header gives it away
        boolean forwarded = request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null
                || request.getHeader("X-Real-IP") != null;
        if (isLoopback(host) && (forwarded || !isLoopback(request.getRemoteAddr()))) {
            throw new CamundaRestProblem(HttpStatus.FORBIDDEN, "FORBIDDEN", "Opgave Engine's Camunda 8 REST API"
                    + " answers callers on this machine only; set opgave.engine.gateway.token (or bind"
                    + " opgave.engine.gateway.host to a reachable address) to open it to others");
        }
    }

    private static boolean isLoopback(String address) {
        return address == null || address.equals("localhost") || address.startsWith("127.")
                || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
    }

    private static void checkTenant(String tenantId) {
        if (!(tenantId == null || tenantId.isEmpty() || DEFAULT_TENANT.equals(tenantId))) {
            throw refusal(Rejection.INVALID_ARGUMENT, "Expected to handle request with tenant identifier '"
                    + tenantId + "', but multi-tenancy is disabled");
        }
    }

    private static long key(String value, String name) {
        try {
            long key = Long.parseLong(value == null ? "" : value.trim());
            if (key > 0) {
                return key;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw refusal(Rejection.INVALID_ARGUMENT, "The provided " + name + " '" + value + "' is not a valid key.");
    }

    /** A filter value as Camunda sends it: a plain value, or an advanced filter {@code {"$eq": value}}. */
    private static String filterValue(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            // the Java client sends the operators it does not use as empty lists ({"$eq": x, "$in": [], ...})
            String eq = null;
            boolean other = false;
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                JsonNode value = field.getValue();
                if (field.getKey().equals("$eq")) {
                    eq = text(value);
                } else if (!(value.isNull() || (value.isArray() && value.isEmpty()))) {
                    other = true;
                }
            }
            if (eq != null && !other) {
                return eq;
            }
            throw refusal(Rejection.INVALID_ARGUMENT, "Opgave Engine supports only equality filters ({\"$eq\": …}),"
                    + " not " + node);
        }
        return text(node);
    }

    private static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    static CamundaRestProblem refusal(Rejection type, String detail) {
        HttpStatus status = switch (type) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID_ARGUMENT -> HttpStatus.BAD_REQUEST;
            case ALREADY_EXISTS, INVALID_STATE -> HttpStatus.CONFLICT;
        };
        return new CamundaRestProblem(status, type.name(), detail);
    }

    /** Runs an engine call and turns its refusal (also when Axon wrapped it) into Camunda's problem. */
    private static <T> T unwrap(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (CamundaRestProblem e) {
            throw e;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof EngineException engineRefusal) {
                    throw refusal(engineRefusal.rejection(), engineRefusal.getMessage());
                }
            }
            throw e;
        }
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
