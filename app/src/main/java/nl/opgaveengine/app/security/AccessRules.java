package nl.opgaveengine.app.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opgaveengine.command.security.GlobalRole;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The role matrix, request by request: which global role may call which endpoint. The first rule that matches
 * a request decides. Opgave-scoped roles (sturingsdriehoek, mandates) are checked by the Opgave aggregate on top.
 * A {@link GlobalRole#CONTROLLER} changes nothing: every write is refused for a principal holding it, whatever
 * other roles it holds (segregation of duties: auditors do not change what they audit).
 */
public final class AccessRules {

    /** One line of the matrix. */
    public record Rule(HttpMethod method, String pattern, Access access, Set<GlobalRole> roles, String what,
                       boolean writesOnly) {

        RequestMatcher matcher() {
            RequestMatcher path = PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
            return writesOnly ? request -> isWrite(request.getMethod()) && path.matches(request) : path;
        }

        Rule onlyForWrites() {
            return new Rule(method, pattern, access, roles, what, true);
        }
    }

    static boolean isWrite(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    /** Who may pass a rule. */
    public enum Access {
        /** Everyone, signed in or not. */
        PUBLIC,
        /** Every signed-in user. */
        SIGNED_IN,
        /** Signed-in users holding one of the rule's roles. */
        ROLES,
        /** Signed-in users who are not read-only; the aggregate checks their opgave role or mandate. */
        ACTING_IN_OPGAVE_ROLE
    }

    private static final List<Rule> RULES = List.of(
            rule(HttpMethod.GET, "/v1/openapi.json", Access.PUBLIC, "het API-document lezen"),
            rule(HttpMethod.GET, "/actuator/health", Access.PUBLIC, "de gezondheid opvragen"),
            rule(HttpMethod.GET, "/", Access.PUBLIC, "de webinterface openen"),
            rule(HttpMethod.GET, "/index.html", Access.PUBLIC, "de webinterface openen"),
            rule(HttpMethod.GET, "/ui/**", Access.PUBLIC, "de webinterface openen"),
            rule(HttpMethod.GET, "/actuator/health/**", Access.PUBLIC, "de gezondheid opvragen"),
            rule(null, "/actuator/**", Access.ROLES, "de actuator gebruiken", GlobalRole.BEHEERDER),
            rule(HttpMethod.GET, "/v1/integriteit/**", Access.ROLES, "de integriteit van het eventlog controleren",
                    GlobalRole.CONTROLLER, GlobalRole.BEHEERDER),
            rule(HttpMethod.POST, "/v1/integriteit/checkpoints", Access.ROLES, "een checkpoint zetten",
                    GlobalRole.BEHEERDER),
            rule(null, "/v1/beheer/**", Access.ROLES, "beheren (replay, configuratie)", GlobalRole.BEHEERDER),
            rule(HttpMethod.POST, "/v1/opgaven", Access.ROLES, "opgaven registreren", GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.PUT, "/v1/opgaven/*/intake", Access.ROLES, "de intake doen", GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.PUT, "/v1/opgaven/*/werkwijze", Access.ROLES, "de werkwijze kiezen",
                    GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.POST, "/v1/opgaven/*/rollen", Access.ROLES, "rollen toekennen", GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.POST, "/v1/opgaven/*/rollen/*", Access.ROLES, "rollen beëindigen of overdragen",
                    GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.PUT, "/v1/opgaven/*/gates/*/planning", Access.ROLES, "gates plannen",
                    GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.POST, "/v1/opgaven/*/procesmodel/_migreren", Access.ROLES,
                    "opgaven naar een andere modelversie migreren", GlobalRole.PROCESEIGENAAR),
            rule(HttpMethod.POST, "/v1/opgaven/*/documenten", Access.ACTING_IN_OPGAVE_ROLE, "documenten toevoegen"),
            rule(HttpMethod.POST, "/v1/opgaven/*/besluiten", Access.ACTING_IN_OPGAVE_ROLE, "besluiten nemen"),
            rule(HttpMethod.POST, "/v1/opgaven/*/mandaten", Access.ACTING_IN_OPGAVE_ROLE, "mandaten delegeren"),
            rule(HttpMethod.POST, "/v1/opgaven/*/mandaten/*/_intrekken", Access.ACTING_IN_OPGAVE_ROLE,
                    "mandaten intrekken"),
            rule(HttpMethod.POST, "/v1/agendapunten", Access.ROLES, "de strategische agenda wijzigen",
                    GlobalRole.COLLEGE, GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.POST, "/v1/agendapunten/**", Access.ROLES, "de strategische agenda wijzigen",
                    GlobalRole.COLLEGE, GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.POST, "/v1/opgaven/*/agendapunten", Access.ROLES, "opgaven aan de agenda koppelen",
                    GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.POST, "/v1/opgaven/*/agendapunten/**", Access.ROLES, "opgaven van de agenda ontkoppelen",
                    GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.POST, "/v1/prioriteringsrondes/*/besluit", Access.ROLES,
                    "over een prioriteringsronde besluiten", GlobalRole.COLLEGE),
            rule(HttpMethod.POST, "/v1/prioriteringsrondes", Access.ROLES, "een prioriteringsronde openen",
                    GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.POST, "/v1/prioriteringsrondes/**", Access.ROLES, "opgaven scoren",
                    GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.PUT, "/v1/initiatiefkaders", Access.ROLES, "kaders voor initiatieven publiceren",
                    GlobalRole.COLLEGE),
            rule(HttpMethod.POST, "/v1/initiatieven/*/beoordeling", Access.ROLES, "initiatieven beoordelen",
                    GlobalRole.COLLEGE, GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.POST, "/v1/initiatieven/*/antwoorden", Access.ROLES, "initiatiefnemers antwoorden",
                    GlobalRole.COLLEGE, GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.POST, "/v1/initiatieven/*/_omzetten", Access.ROLES, "initiatieven omzetten in opgaven",
                    GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.POST, "/v1/gebieden", Access.ROLES, "de lijst van gebieden wijzigen",
                    GlobalRole.BEHEERDER, GlobalRole.PROJECTBUREAU),
            rule(HttpMethod.GET, "/v1/gebieden/**", Access.ROLES, "het gebiedsbeeld lezen",
                    GlobalRole.GEBIEDSMANAGER, GlobalRole.PROJECTBUREAU, GlobalRole.COLLEGE, GlobalRole.CONTROLLER),
            rule(null, "/v1/procesmodellen/**", Access.ROLES, "procesmodellen deployen of migreren",
                    GlobalRole.PROCESEIGENAAR).onlyForWrites(),
            // the Camunda 8 REST API of the embedded engine guards itself like its gRPC gateway: this machine only,
            // or the gateway's bearer token (CamundaRestV2Controller)
            rule(null, "/v2/**", Access.PUBLIC, "de Camunda 8 REST-API van de engine gebruiken"),
            rule(HttpMethod.GET, "/**", Access.SIGNED_IN, "lezen"),
            rule(HttpMethod.HEAD, "/**", Access.SIGNED_IN, "lezen"),
            rule(null, "/**", Access.ACTING_IN_OPGAVE_ROLE, "wijzigen"));

    private AccessRules() {
    }

    private static Rule rule(HttpMethod method, String pattern, Access access, String what, GlobalRole... roles) {
        return new Rule(method, pattern, access, Set.of(roles), what, false);
    }

    public static List<Rule> rules() {
        return RULES;
    }

    /** Why the authentication may not pass the rule, or {@code null} when it may. */
    static Refusal refusal(Rule rule, String method, Authentication authentication) {
        if (rule.access() == Access.PUBLIC) {
            return null;
        }
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new Refusal(null, "niet aangemeld", null);
        }
        Set<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (isWrite(method) && held.contains(GlobalRole.CONTROLLER.authority())) {
            return new Refusal(null, authentication.getName() + " heeft de rol CONTROLLER en mag daarom niets"
                    + " wijzigen (" + rule.what() + "): een controller leest, exporteert en verifieert alleen.", "READ_ONLY");
        }
        if (rule.access() == Access.ROLES && rule.roles().stream().noneMatch(r -> held.contains(r.authority()))) {
            String roles = rule.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(" of "));
            return new Refusal(rule.roles().stream().map(Enum::name).sorted().toList(),
                    authentication.getName() + " mist de rol " + roles + " om " + rule.what() + ".", "ROLE");
        }
        return null;
    }

    /** Why access was refused: the roles that would have passed, and a sentence. */
    record Refusal(List<String> vereisteRollen, String detail, String kind) {
    }

    static String describe(Rule rule) {
        return (rule.method() == null ? (rule.writesOnly() ? "POST/PUT/PATCH/DELETE" : "*") : rule.method().name()) + " " + rule.pattern() + " → "
                + switch (rule.access()) {
                    case PUBLIC -> "iedereen";
                    case SIGNED_IN -> "iedere aangemelde gebruiker";
                    case ROLES -> Arrays.toString(rule.roles().stream().map(Enum::name).sorted().toArray());
                    case ACTING_IN_OPGAVE_ROLE -> "aangemeld, niet alleen-lezen; opgaverol of mandaat bepaalt";
                };
    }
}
