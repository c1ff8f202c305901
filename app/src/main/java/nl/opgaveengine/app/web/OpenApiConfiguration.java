package nl.opgaveengine.app.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3 document at {@code /v1/openapi.json}. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI opgaveEngineApi() {
        return new OpenAPI()
                .info(new Info().title("Opgave Engine API").version(ApiVersionFilter.VERSION)
                        .description("Opgaven registreren, intake (voorscheider), werkwijze, rollen, documenten en"
                                + " go/no-go-besluiten; procesmodellen; portfolio en gebeurtenissen.")
                        .contact(new Contact().name("Opgave Engine").email("opgave-engine@example.org")
                                .url("https://example.org/opgave-engine")))
                
                .components(new io.swagger.v3.oas.models.Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
