package nl.opgaveengine.bpmn;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The embedded engine alone, to run the models path by path without the domain. */
@SpringBootApplication(scanBasePackages = "nl.opgaveengine.engine")
class ModelTestApplication {
}
