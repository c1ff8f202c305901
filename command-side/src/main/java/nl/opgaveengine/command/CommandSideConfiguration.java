package nl.opgaveengine.command;

import java.time.Clock;
import nl.opgaveengine.command.proces.WerkwijzeModellen;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the command side: the clock and the werkwijze-to-model mapping. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WerkwijzeModellen.class)
public class CommandSideConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
