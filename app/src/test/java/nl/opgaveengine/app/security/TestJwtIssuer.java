package nl.opgaveengine.app.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * A test-only OpenID Connect issuer: an RSA key generated per test run signs tokens, and the application's
 * {@link JwtDecoder} trusts that key and this issuer only, as it would trust the issuer configured in production.
 */
public final class TestJwtIssuer {

    public static final String ISSUER = "https://idp.test.opgave-engine.example/realms/gemeente";
    private static final KeyPair KEYS = generate();
    private static final KeyPair STRANGER = generate();

    private TestJwtIssuer() {
    }

    /** Makes the application trust the test issuer. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        JwtDecoder testIssuerJwtDecoder() {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
            return decoder;
        }
    }

    /** An {@code Authorization} value for a valid token of this user with these global roles. */
    public static String bearer(String user, String... roles) {
        return "Bearer " + token(KEYS, ISSUER, user, Instant.now().plusSeconds(300), roles);
    }

    /** A token that expired a while ago. */
    public static String expired(String user, String... roles) {
        return "Bearer " + token(KEYS, ISSUER, user, Instant.now().minusSeconds(600), roles);
    }

    /** A well-formed token signed by a key the application does not trust. */
    public static String forged(String user, String... roles) {
        return "Bearer " + token(STRANGER, ISSUER, user, Instant.now().plusSeconds(300), roles);
    }

    /** A token of our key but naming another issuer. */
    public static String otherIssuer(String user, String... roles) {
        return "Bearer " + token(KEYS, "https://elders.example/realm", user, Instant.now().plusSeconds(300), roles);
    }

    private static String token(KeyPair keys, String issuer, String user, Instant expires, String... roles) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer).subject(UUID.randomUUID().toString()).claim("preferred_username", user)
                    .claim("roles", List.of(roles)).issueTime(Date.from(expires.minusSeconds(600)))
                    .expirationTime(Date.from(expires)).jwtID(UUID.randomUUID().toString()).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
