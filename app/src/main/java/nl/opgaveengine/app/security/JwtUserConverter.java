package nl.opgaveengine.app.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.opgaveengine.command.security.GlobalRole;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a validated token into our user: the name from the principal claim (else {@code sub}), the global roles
 * from the roles claim. Role names that are not ours are ignored, so an identity provider cannot invent roles.
 */
class JwtUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final OidcProperties properties;

    JwtUserConverter(OidcProperties properties) {
        this.properties = properties;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name = jwt.getClaimAsString(properties.getPrincipalClaim());
        if (name == null || name.isBlank()) {
            name = jwt.getSubject();
        }
        if (name == null || name.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                    "Het token noemt geen gebruiker", null));
        }
        return new JwtAuthenticationToken(jwt, authorities(jwt), name.trim());
    }

    private Collection<GrantedAuthority> authorities(Jwt jwt) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (String value : roleValues(jwt.getClaims(), properties.getRolesClaim())) {
            String mapped = properties.getRoleMapping().getOrDefault(value, value);
            String normalized = mapped.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
            for (GlobalRole role : GlobalRole.values()) {
                if (role.name().equals(normalized)) {
                    authorities.add(new SimpleGrantedAuthority(role.authority()));
                }
            }
        }
        return List.copyOf(authorities);
    }

    private static List<String> roleValues(Map<String, Object> claims, String path) {
        Object node = claims;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return List.of();
            }
            node = map.get(part);
        }
        List<String> values = new ArrayList<>();
        if (node instanceof Collection<?> collection) {
            collection.forEach(v -> values.add(String.valueOf(v)));
        } else if (node instanceof String text) {
            for (String v : text.split("[ ,]+")) {
                if (!v.isBlank()) {
                    values.add(v);
                }
            }
        }
        return values;
    }
}
