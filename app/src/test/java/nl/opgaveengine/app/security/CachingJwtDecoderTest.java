package nl.opgaveengine.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** The verified-token cache: verify once, never past exp or the maximum age, never remember a refusal. */
class CachingJwtDecoderTest {

    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    /** A decoder that counts its calls; tokens named "bad" are refused, others expire at T0 + the number in them. */
    private static final class CountingDecoder implements JwtDecoder {
        final List<String> calls = new ArrayList<>();

        @Override
        public Jwt decode(String token) {
            calls.add(token);
            if (token.startsWith("bad")) {
                throw new BadJwtException("signature does not match");
            }
            long seconds = Long.parseLong(token.substring(token.indexOf('-') + 1));
            return Jwt.withTokenValue(token).header("alg", "RS256").subject(token)
                    .issuedAt(T0.minusSeconds(10)).expiresAt(T0.plusSeconds(seconds)).build();
        }
    }

    private static final class MovableClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final CountingDecoder delegate = new CountingDecoder();
    private final MovableClock clock = new MovableClock();
    private final CachingJwtDecoder cache = new CachingJwtDecoder(delegate, clock, Duration.ofMinutes(5), 2);

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() {
        Jwt first = cache.decode("a-3600");
        clock.now = T0.plusSeconds(60);
        Jwt again = cache.decode("a-3600");

        assertThat(again).isSameAs(first);
        assertThat(delegate.calls).containsExactly("a-3600");
    }

    @Test
    void aTokenIsVerifiedAgainAfterTheMaximumAgeAndAfterItsExpiry() {
        cache.decode("a-3600");
        clock.now = T0.plus(Duration.ofMinutes(5));
        cache.decode("a-3600");
        assertThat(delegate.calls).containsExactly("a-3600", "a-3600");

        clock.now = T0;
        cache.decode("b-30");
        clock.now = T0.plusSeconds(29);
        cache.decode("b-30");
        assertThat(delegate.calls).containsExactly("a-3600", "a-3600", "b-30");
        clock.now = T0.plusSeconds(30);
        cache.decode("b-30");
        assertThat(delegate.calls).containsExactly("a-3600", "a-3600", "b-30", "b-30");
    }

    @Test
    void aRefusalIsNeverRemembered() {
        assertThatThrownBy(() -> cache.decode("bad-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("bad-1")).isInstanceOf(BadJwtException.class);
        assertThat(delegate.calls).containsExactly("bad-1", "bad-1");
    }

    @Test
    void theLeastRecentlyUsedTokenLeavesWhenTheCacheIsFull() {
        cache.decode("a-3600");
        cache.decode("b-3600");
        cache.decode("a-3600");
        cache.decode("c-3600");
        cache.decode("a-3600");
        cache.decode("b-3600");

        assertThat(delegate.calls).containsExactly("a-3600", "b-3600", "c-3600", "b-3600");
    }
}
