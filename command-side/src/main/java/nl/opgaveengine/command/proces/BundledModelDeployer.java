package nl.opgaveengine.command.proces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.opgaveengine.bpmn.Procesmodellen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Deploys the bundled models at start-up; a model that did not change keeps its version. */
@Component
@Order(0)
public class BundledModelDeployer implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BundledModelDeployer.class);

    private final ProcessBridge bridge;

    public BundledModelDeployer(ProcessBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String resource : Procesmodellen.RESOURCES) {
            try (InputStream in = new ClassPathResource(resource).getInputStream()) {
                String name = resource.substring(resource.lastIndexOf('/') + 1);
                ProcessBridge.DeployedModel model = bridge.deploy(name, in.readAllBytes(), "systeem");
                LOG.info("Procesmodel {} versie {} beschikbaar ({})", model.bpmnProcessId(), model.version(), name);
            } catch (IOException e) {
                throw new UncheckedIOException("Kan gebundeld procesmodel " + resource + " niet lezen", e);
            }
        }
    }
}
