package nl.opgaveengine.command.model;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.search.response.ProcessDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;

/**
 * A Camunda 8 cluster's models through the Camunda client: deploys over gRPC ({@code DeployResource}), lists with the
 * REST v2 process definition search ({@code POST /v2/process-definitions/search}, which on a cluster reads its
 * secondary storage: a version just deployed shows after a moment). Who deployed a version and when is not in
 * Camunda's search; the deploying user is in the application's log.
 */
public class CamundaProcessModels implements ProcessModels {

    /** Camunda's search answers pages; this many versions are asked for per page. */
    private static final int PAGE = 1000;

    private final Supplier<CamundaClient> client;

    public CamundaProcessModels(Supplier<CamundaClient> client) {
        this.client = client;
    }

    @Override
    public Deployed deploy(String resourceName, byte[] content, String deployedBy) {
        try {
            DeploymentEvent deployment = client.get().newDeployResourceCommand().useGrpc()
                    .addResourceBytes(content, resourceName).send().join();
            org.slf4j.LoggerFactory.getLogger(CamundaProcessModels.class).info("{} deployed {} ({}) to Camunda 8",
                    deployedBy, resourceName, deployment.getKey());
            return new Deployed(deployment.getKey(), deployment.getProcesses().stream()
                    .map(p -> new ModelVersion(p.getProcessDefinitionKey(), p.getBpmnProcessId(), p.getBpmnProcessId(),
                            p.getVersion(), p.getResourceName(), null, null, null)).toList());
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == io.grpc.Status.Code.INVALID_ARGUMENT) {
                throw new BusinessRuleException(ErrorCode.INVALID_MODEL, e.getStatus().getDescription(),
                        Map.of("veld", "bestand"));
            }
            throw e;
        }
    }

    @Override
    public List<ModelVersion> versions() {
        List<ModelVersion> versions = new ArrayList<>();
        Object[] after = {null};
        while (true) {
            var page = client.get().newProcessDefinitionSearchRequest().page(p -> {
                p.limit(PAGE);
                if (after[0] != null) {
                    p.after((String) after[0]);
                }
            }).send().join();
            page.items().forEach(d -> versions.add(of(d)));
            String end = page.page() == null ? null : page.page().endCursor();
            if (page.items().size() < PAGE || end == null) {
                break;
            }
            after[0] = end;
        }
        versions.sort(Comparator.comparing(ModelVersion::bpmnProcessId).thenComparing(ModelVersion::version));
        return versions;
    }

    @Override
    public Optional<ModelVersion> version(long processDefinitionKey) {
        return client.get().newProcessDefinitionSearchRequest()
                .filter(f -> f.processDefinitionKey(processDefinitionKey)).send().join().items().stream()
                .findFirst().map(CamundaProcessModels::of);
    }

    @Override
    public Optional<byte[]> xml(long processDefinitionKey) {
        try {
            return Optional.of(client.get().newProcessDefinitionGetXmlRequest(processDefinitionKey).send().join()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (io.camunda.client.api.command.ProblemException e) {
            if (e.code() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static ModelVersion of(ProcessDefinition d) {
        return new ModelVersion(d.getProcessDefinitionKey(), d.getProcessDefinitionId(), d.getName(), d.getVersion(),
                d.getResourceName(), null, null, null);
    }
}
