package nl.opgaveengine.app.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter;

/**
 * Sign-in and the role matrix. Two ways to sign in, side by side: bearer tokens (JWT) of an OpenID Connect
 * provider when {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or a {@link JwtDecoder}) is
 * configured, and HTTP Basic against the configured users ({@code opgave.security.users}, hashed passwords;
 * switched off with {@code opgave.security.basic-enabled=false}). Every request passes {@link AccessRules}; the
 * API is stateless, writes from browsers of other sites need a CSRF token, and every answer carries the standard
 * security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SecurityConfiguration.UsersProperties.class, OidcProperties.class})
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** The web interface's pages: only their own scripts, styles, fonts and images, and calls to this origin. */
    static final String WEB_INTERFACE_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self';"
            + " img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static final RequestMatcher WEB_INTERFACE = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/index.html"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/ui/**"));

    @Bean
    SecurityFilterChain api(HttpSecurity http, UsersProperties users, OidcProperties oidc,
                            ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        JwtDecoder configured = jwtDecoder.getIfAvailable();
        // a verified token is remembered for at most five minutes (and never past its exp)
        JwtDecoder decoder = configured == null ? null : new CachingJwtDecoder(configured,
                java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(5), 10_000);
        boolean basic = users.isBasicEnabled();
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(basic, decoder != null);
        ProblemAccessDeniedHandler denied = new ProblemAccessDeniedHandler();
        http.authorizeHttpRequests(auth -> {
            for (AccessRules.Rule rule : AccessRules.rules()) {
                auth.requestMatchers(rule.matcher()).access((authentication, context) -> new AuthorizationDecision(
                        AccessRules.refusal(rule, context.getRequest().getMethod(), authentication.get()) == null));
            }
            auth.anyRequest().denyAll();
        });
        if (basic) {
            http.httpBasic(b -> b.authenticationEntryPoint(entryPoint));
        } else {
            http.httpBasic(b -> b.disable());
        }
        if (decoder != null) {
            http.oauth2ResourceServer(o -> o
                    .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(new JwtUserConverter(oidc)))
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(denied));
        }
        CsrfTokenRequestAttributeHandler plainToken = new CsrfTokenRequestAttributeHandler();
        return http
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(plainToken)
                        .requireCsrfProtectionMatcher(new BrowserWriteRequestMatcher()))
                .headers(h -> h
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(WEB_INTERFACE),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(WEB_INTERFACE,
                                new ContentSecurityPolicyHeaderWriter(WEB_INTERFACE_POLICY)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny())
                        .crossOriginOpenerPolicy(c -> c.policy(
                                CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN))
                        .crossOriginResourcePolicy(c -> c.policy(
                                CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()")))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager users(UsersProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        for (UsersProperties.ConfiguredUser u : properties.getUsers()) {
            users.add(User.withUsername(u.getName()).password(u.getPassword())
                    .roles(u.getRoles().toArray(String[]::new)).build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    /** The configured users: name, password hash ({@code {bcrypt}...}) and global roles; HTTP Basic on or off. */
    @ConfigurationProperties(prefix = "opgave.security")
    public static class UsersProperties {

        private List<ConfiguredUser> users = new ArrayList<>();
        private boolean basicEnabled = true;

        public boolean isBasicEnabled() {
            return basicEnabled;
        }

        public void setBasicEnabled(boolean basicEnabled) {
            this.basicEnabled = basicEnabled;
        }

        public List<ConfiguredUser> getUsers() {
            return users;
        }

        public void setUsers(List<ConfiguredUser> users) {
            this.users = users;
        }

        /** One configured user. */
        public static class ConfiguredUser {
            private String name;
            private String password;
            private List<String> roles = new ArrayList<>();

            public String getName() {
                return name;
            }

            public void setName(String name) {
                this.name = name;
            }

            public String getPassword() {
                return password;
            }

            public void setPassword(String password) {
                this.password = password;
            }

            public List<String> getRoles() {
                return roles;
            }

            public void setRoles(List<String> roles) {
                this.roles = roles;
            }
        }
    }
}
