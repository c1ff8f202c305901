package nl.opgaveengine.app.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic against users from configuration ({@code opgave.security.users}), passwords stored as
 * hashes. The API is stateless; everything but the OpenAPI document and health needs a user.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityConfiguration.UsersProperties.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/v1/openapi.json", "/actuator/health").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(e -> e.authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless API with Basic credentials on every call: no session cookie to forge.
                .csrf(csrf -> csrf.disable())
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

    /** The configured users: name, password hash ({@code {bcrypt}...}) and global roles. */
    @ConfigurationProperties(prefix = "opgave.security")
    public static class UsersProperties {

        private List<ConfiguredUser> users = new ArrayList<>();

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
