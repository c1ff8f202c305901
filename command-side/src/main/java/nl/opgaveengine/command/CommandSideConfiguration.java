package nl.opgaveengine.command;

import java.time.Clock;
import nl.opgaveengine.command.proces.WerkwijzeModellen;
import nl.opgaveengine.command.web.idempotency.IdempotencyProperties;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the command side: the clock, the werkwijze-to-model mapping and the command gateway. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WerkwijzeModellen.class, IdempotencyProperties.class})
public class CommandSideConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Replaces Axon's default gateway: a command that lost a race on its aggregate is decided again. */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return new ConflictRetryingCommandGateway(commandBus);
    }
}
