package nl.opgaveengine.app.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a token of the identity provider becomes a user of ours ({@code opgave.security.oidc}). The issuer, its
 * keys and the audience are Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*} properties.
 */
@ConfigurationProperties(prefix = "opgave.security.oidc")
public class OidcProperties {

    /** The claim that names the user (the actor of every event); {@code sub} when a token lacks it. */
    private String principalClaim = "preferred_username";
    /** The claim with the global roles; a dotted path reaches into objects, e.g. {@code realm_access.roles}. */
    private String rolesClaim = "roles";
    /** Maps role names of the identity provider to our global roles; names equal to ours need no entry. */
    private Map<String, String> roleMapping = new LinkedHashMap<>();

    public String getPrincipalClaim() {
        return principalClaim;
    }

    public void setPrincipalClaim(String principalClaim) {
        this.principalClaim = principalClaim;
    }

    public String getRolesClaim() {
        return rolesClaim;
    }

    public void setRolesClaim(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    public Map<String, String> getRoleMapping() {
        return roleMapping;
    }

    public void setRoleMapping(Map<String, String> roleMapping) {
        this.roleMapping = roleMapping;
    }
}
