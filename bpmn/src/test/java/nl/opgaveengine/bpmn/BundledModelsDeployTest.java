package nl.opgaveengine.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import nl.opgaveengine.engine.Deployment;
import nl.opgaveengine.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The application deploys every bundled model at start-up: the engine must accept each of them. */
@SpringBootTest(properties = "opgave.engine.worker.enabled=false")
class BundledModelsDeployTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theEngineAcceptsEveryBundledModel() throws IOException {
        for (String resource : Procesmodellen.RESOURCES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                Deployment deployment = engine.deploy(resource, in.readAllBytes(), "start-up");
                assertThat(deployment.processes()).as(resource).hasSize(1);
            }
        }
    }
}
