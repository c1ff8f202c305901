package nl.opgaveengine.command.security;

import java.time.Clock;
import java.util.Arrays;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.opgave.Attribution;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The authenticated principal: the actor of every command comes from here, never from a request body. */
@Component
public class CurrentUser {

    private final Clock clock;

    public CurrentUser(Clock clock) {
        this.clock = clock;
    }

    public String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("No authenticated user");
        }
        return authentication.getName();
    }

    public boolean has(GlobalRole role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(role.authority()::equals);
    }

    /** Refuses with 403 unless the user holds one of the roles; returns the first one held. */
    public GlobalRole require(GlobalRole... roles) {
        for (GlobalRole role : roles) {
            if (has(role)) {
                return role;
            }
        }
        throw new BusinessRuleException(ErrorCode.NO_MANDATE, name() + " mist de rol "
                + String.join(" of ", Arrays.stream(roles).map(Enum::name).toList()) + " voor deze handeling.",
                java.util.Map.of("vereisteRol", roles[0].name()));
    }

    /** An attribution for this user acting in the given role, now, for the given reason. */
    public Attribution attribution(String role, String reason) {
        return new Attribution(name(), role, clock.instant(), reason == null || reason.isBlank() ? null : reason.trim());
    }
}
