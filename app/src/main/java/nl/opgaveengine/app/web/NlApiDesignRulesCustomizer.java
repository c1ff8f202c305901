package nl.opgaveengine.app.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Shapes the generated OpenAPI document after the NL API Design Rules: the major version in the
 * server URL, {@code API-Version} on every success, problem details on every refusal, tags declared.
 */
@Component
public class NlApiDesignRulesCustomizer implements OpenApiCustomizer {

    private static final String BASE = "/v1";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Map<String, String> REFUSALS = new LinkedHashMap<>();

    static {
        REFUSALS.put("400", "Ongeldige invoer: het veld of de parameter staat in de problem details");
        REFUSALS.put("401", "Niet aangemeld");
        REFUSALS.put("403", "Geen mandaat: de vereiste rol staat in de problem details");
        REFUSALS.put("404", "Niet gevonden");
        REFUSALS.put("409", "Conflict met de huidige toestand, die de problem details noemen");
        REFUSALS.put("422", "Een verplicht gegeven (reden, onderbouwing, document) ontbreekt");
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.setServers(List.of(new Server().url(BASE).description("Deze installatie, API-versie 1")));
        Paths rebased = new Paths();
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/v2/")) {
                return; // the engine's Camunda 8 REST API is Camunda's, documented by Camunda (docs/camunda8.md)
            }
            rebased.addPathItem(path.startsWith(BASE + "/") ? path.substring(BASE.length()) : path, item);
            item.readOperations().forEach(this::document);
            if (path.equals(BASE + "/opgaven/{opgaveId}") && item.getGet() != null) {
                documentWaitingForAChange(item.getGet());
            }
            item.readOperationsMap().forEach((method, operation) -> {
                if (method != io.swagger.v3.oas.models.PathItem.HttpMethod.GET && !isMultipart(operation)) {
                    operation.addParametersItem(new io.swagger.v3.oas.models.parameters.Parameter()
                            .$ref("#/components/parameters/" + IDEMPOTENCY_KEY));
                }
            });
        });
        openApi.setPaths(rebased);
        TreeSet<String> tags = new TreeSet<>();
        rebased.values().forEach(item -> item.readOperations().forEach(op -> {
            if (op.getTags() != null) {
                tags.addAll(op.getTags());
            }
        }));
        openApi.setTags(tags.stream().map(name -> new Tag().name(name)).toList());
        openApi.getComponents().addSchemas("Probleem", problemSchema());
        openApi.getComponents().addParameters(IDEMPOTENCY_KEY, new io.swagger.v3.oas.models.parameters.HeaderParameter()
                .name(IDEMPOTENCY_KEY).required(false)
                .description("Maakt het verzoek veilig herhaalbaar: 1 tot 200 zichtbare ASCII-tekens, bijvoorbeeld een UUID,"
                        + " per gebruiker uniek. Het eerste verzoek met de sleutel wordt uitgevoerd; een 2xx-antwoord wordt"
                        + " in dezelfde transactie als de gebeurtenissen vastgelegd. Een herhaling met dezelfde methode, pad"
                        + " en body krijgt dat antwoord opnieuw (header Idempotent-Replayed: true) zonder iets te wijzigen;"
                        + " dezelfde sleutel met een ander verzoek geeft 422 (IDEMPOTENCY_KEY_REUSED); loopt het eerste"
                        + " verzoek nog, dan 409 (IDEMPOTENCY_KEY_IN_USE). Een weigering (4xx/5xx) wordt niet bewaard.")
                .schema(new StringSchema().maxLength(200).example("3f0c6c2e-6f7b-4d0e-9a57-2b1f4f1c9d10")));
        openApi.getComponents().addHeaders("API-Version", new Header()
                .description("De volledige versie van de API").schema(new StringSchema().example(ApiVersionFilter.VERSION)));
    }

    private void document(Operation operation) {
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2") || status.startsWith("3")) {
                response.addHeaderObject(ApiVersionFilter.HEADER, new Header().$ref("#/components/headers/API-Version"));
            }
        });
        REFUSALS.forEach((status, description) -> operation.getResponses().putIfAbsent(status, new ApiResponse()
                .description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Probleem"))))));
        operation.getResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() != null
                    && !response.getContent().containsKey("application/problem+json")) {
                response.setContent(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Probleem"))));
            }
        });
        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
            operation.setDescription(operation.getSummary() != null ? operation.getSummary()
                    : humanize(operation.getOperationId()));
        }
    }

    /**
     * The opgave detail's conditional and waiting GET: the two header parameters are optional (the generated document
     * lists them as required because a second handler method takes them), and a 304 answer with its ETag.
     */
    private static void documentWaitingForAChange(Operation operation) {
        operation.setDescription("Het detail van een opgave, met een ETag van de inhoud. Met If-None-Match en die ETag:"
                + " 304 zolang het detail niet veranderd is. Met daarbij Prefer: wait=n (RFC 7240, ten hoogste 30"
                + " seconden) wacht het antwoord tot het detail verandert (200, Preference-Applied: wait=n) of de tijd om"
                + " is (304): wie wacht tot een gate opengaat of een besluit zichtbaar is, hoeft niet te pollen.");
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> {
                if ("If-None-Match".equals(parameter.getName())) {
                    parameter.required(false).description("De ETag van een eerder ontvangen detail");
                } else if ("Prefer".equals(parameter.getName())) {
                    parameter.required(false).description("wait=n: wacht ten hoogste n seconden (max. 30) op een"
                            + " wijziging; alleen samen met If-None-Match").example("wait=20");
                }
            });
        }
        Header etag = new Header().description("Versie van de inhoud (zwakke ETag)").schema(new StringSchema()
                .example("W/\"3f0c6c2e6f7b4d0e9a572b1f4f1c9d10\""));
        ApiResponse ok = operation.getResponses().get("200");
        if (ok != null) {
            ok.addHeaderObject("ETag", etag);
        }
        operation.getResponses().put("304", new ApiResponse()
                .description("Niet gewijzigd: de ETag uit If-None-Match is nog actueel")
                .addHeaderObject("ETag", etag)
                .addHeaderObject(ApiVersionFilter.HEADER, new Header().$ref("#/components/headers/API-Version")));
    }

    private static boolean isMultipart(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().keySet().stream().anyMatch(t -> t.startsWith("multipart/"));
    }

    private static Schema<?> problemSchema() {
        ObjectSchema schema = new ObjectSchema();
        schema.setDescription("RFC 9457 problem details. Extension members such as code, veld, parameter,"
                + " vereisteRol and fouten name what was wrong.");
        schema.addProperty("type", new StringSchema().format("uri"));
        schema.addProperty("title", new StringSchema());
        schema.addProperty("status", new IntegerSchema());
        schema.addProperty("detail", new StringSchema());
        schema.addProperty("instance", new StringSchema().format("uri-reference"));
        schema.setRequired(List.of("status", "title", "detail"));
        return schema;
    }

    private static String humanize(String operationId) {
        if (operationId == null) {
            return "";
        }
        String words = operationId.replaceAll("_\\d+$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
    }
}
