package nl.opgaveengine.command.portfolio;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.command.security.GlobalRole;

/** The role checks the steering aggregates share: the attribution's role must be one of the allowed global roles. */
public final class Rollen {

    private Rollen() {
    }

    public static void require(Attribution who, String wat, GlobalRole... allowed) {
        String role = String.valueOf(who.role());
        if (Arrays.stream(allowed).noneMatch(r -> r.name().equals(role))) {
            String names = Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" of "));
            throw new BusinessRuleException(ErrorCode.NO_MANDATE, who.actor() + " mag niet " + wat + ": daarvoor is de rol "
                    + names + " nodig.", Map.of("vereisteRol", allowed[0].name()));
        }
    }

    public static void requireReason(Attribution who, String wat) {
        if (!who.hasReason()) {
            throw new BusinessRuleException(ErrorCode.REASON_REQUIRED, "Een reden is verplicht: " + wat + ".",
                    Map.of("veld", "reden"));
        }
    }

    public static BusinessRuleException invalid(String veld, String message) {
        return new BusinessRuleException(ErrorCode.INVALID_INPUT, message, Map.of("veld", veld));
    }
}
