package nl.opgaveengine.app;

import java.util.Arrays;
import nl.opgaveengine.app.integrity.VerifyEventLogRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Opgave Engine in one process: embedded engine, event store, command and query APIs. */
@SpringBootApplication(scanBasePackages = "nl.opgaveengine")
public class OpgaveEngineApplication {

    public static void main(String[] args) {
        // Axon's update checker phones home; the product never does.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        if (Arrays.asList(args).contains("--" + VerifyEventLogRunner.FLAG)) {
            // verify and exit: no web server, exit code 0 when intact, 1 when broken
            ConfigurableApplicationContext context = new SpringApplicationBuilder(OpgaveEngineApplication.class)
                    .web(WebApplicationType.NONE).run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(OpgaveEngineApplication.class, args);
    }
}
