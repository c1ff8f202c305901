package nl.opgaveengine.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Opgave Engine in one process: embedded engine, event store, command and query APIs. */
@SpringBootApplication(scanBasePackages = "nl.opgaveengine")
public class OpgaveEngineApplication {

    public static void main(String[] args) {
        // Axon's update checker phones home; the product never does.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(OpgaveEngineApplication.class, args);
    }
}
