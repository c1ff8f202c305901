package nl.opgaveengine.query.beheer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.env.Environment;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * The command-line flag: {@code --opgave.projecties.herbouwen=true} rebuilds every projection when the application is
 * ready, {@code --opgave.projecties.herbouwen=portfolio,verantwoording} only those; progress goes to the log.
 */
@Component
public class HerbouwBijStart {

    static final String PROPERTY = "opgave.projecties.herbouwen";
    private static final Logger LOG = LoggerFactory.getLogger(HerbouwBijStart.class);

    private final ProjectieHerbouwer herbouwer;
    private final Environment environment;

    public HerbouwBijStart(ProjectieHerbouwer herbouwer, Environment environment) {
        this.herbouwer = herbouwer;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void herbouwIndienGevraagd() {
        String value = environment.getProperty(PROPERTY, "").trim();
        if (value.isEmpty() || value.equalsIgnoreCase("false")) {
            return;
        }
        List<String> namen = value.equalsIgnoreCase("true") ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        LOG.info("Projecties herbouwen bij start: {}", namen.isEmpty() ? "alle" : namen);
        herbouwer.herbouw(namen);
    }
}
