package nl.opgaveengine.command.proces;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.engine.ActivatedJob;
import nl.opgaveengine.engine.JobHandler;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the same lifecycle job handlers as Camunda client job workers (gateway mode). A handler that
 * throws leaves the job to the client's default: failed with one retry less.
 */
public class CamundaJobWorkers implements SmartLifecycle {

    private final CamundaClient client;
    private final List<JobHandler> handlers;
    private final String workerName;
    private final List<JobWorker> workers = new ArrayList<>();

    public CamundaJobWorkers(CamundaClient client, List<JobHandler> handlers, String workerName) {
        this.client = client;
        this.handlers = handlers;
        this.workerName = workerName;
    }

    @Override
    public synchronized void start() {
        for (JobHandler handler : handlers) {
            workers.add(client.newWorker().jobType(handler.jobType())
                    .handler((jobClient, job) -> {
                        Map<String, Object> result = handler.handle(toEngineJob(job));
                        jobClient.newCompleteCommand(job.getKey()).variables(result).send().join();
                    })
                    .name(workerName)
                    .timeout(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(100))
                    .streamEnabled(true)
                    .open());
        }
    }

    private static ActivatedJob toEngineJob(io.camunda.client.api.response.ActivatedJob job) {
        return new ActivatedJob(job.getKey(), job.getType(), job.getProcessInstanceKey(),
                job.getProcessDefinitionKey(), job.getBpmnProcessId(), job.getProcessDefinitionVersion(),
                job.getElementId(), job.getElementInstanceKey(), new HashMap<>(job.getCustomHeaders()),
                job.getWorker(), job.getRetries(), java.time.Instant.ofEpochMilli(job.getDeadline()),
                new HashMap<>(job.getVariablesAsMap()));
    }

    @Override
    public synchronized void stop() {
        workers.forEach(JobWorker::close);
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return !workers.isEmpty();
    }

    /** After the embedded gateway, so its address is known. */
    @Override
    public int getPhase() {
        return nl.opgaveengine.engine.gateway.EmbeddedGateway.PHASE + 100;
    }
}
