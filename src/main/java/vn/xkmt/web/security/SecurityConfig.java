package vn.xkmt.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. Anonymous: sign-in, static assets, health. Pages use a form sign-in and a
 * session; the API ({@code /api/**}) takes HTTP Basic with the same accounts, or the session of a
 * signed-in browser. Province scope (which evaluations a user sees) is checked in the services.
 */
@Configuration
class SecurityConfig {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, stored as {bcrypt}$2a$10$…; the prefix lets a later hash replace it.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Every password check (form and Basic) goes through the sign-in throttle. */
    @Bean
    ThrottledSignIn throttledSignIn(AccountDetails accounts, PasswordEncoder encoder, SignInThrottle throttle,
                                    UserAccounts users) {
        return new ThrottledSignIn(accounts, encoder, throttle, users);
    }

    private static AuthenticationManager manager(ThrottledSignIn signIn) {
        return new ProviderManager(signIn);
    }

    /** Health for everyone (details for admins); metrics and the rest for admins, by Basic or session. */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http, ApiAuthErrors errors, ThrottledSignIn signIn) throws Exception {
        http.securityMatcher("/actuator/**").authenticationManager(manager(signIn))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(b -> b.realmName("XKMT").authenticationEntryPoint(errors))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfig::sessionWrite));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiAuthErrors errors, ThrottledSignIn signIn) throws Exception {
        http.securityMatcher("/api/**").authenticationManager(manager(signIn))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/evaluations").hasAnyRole("APPRAISER", "ADMIN")
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        // the council's record and the register: read by the province's users, written by
                        // its secretariat; targets written by admins (provinces are checked in the services)
                        .requestMatchers(HttpMethod.GET, "/api/council/**", "/api/register/**", "/api/targets/**")
                        .authenticated()
                        .requestMatchers("/api/council/**", "/api/register/**").hasAnyRole("SECRETARIAT", "ADMIN")
                        .requestMatchers("/api/targets/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                // A Basic sign-in is kept in the session too: a client that keeps the cookie pays the
                // bcrypt check once, not on every request.
                .httpBasic(b -> b.realmName("XKMT").authenticationEntryPoint(errors)
                        .securityContextRepository(new DelegatingSecurityContextRepository(
                                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                // A request carrying its own credentials cannot be forged by another site; a request that
                // rides on the browser session must carry the CSRF token (header X-CSRF-TOKEN).
                .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfig::sessionWrite))
                .headers(h -> h.contentSecurityPolicy(p -> p.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, PageAuthErrors errors, ThrottledSignIn signIn) throws Exception {
        http.authenticationManager(manager(signIn)).authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/fonts/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
                                "/error").permitAll()
                        .requestMatchers("/upload", "/upload/**").hasAnyRole("APPRAISER", "ADMIN")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/council/**", "/register/**").hasAnyRole("SECRETARIAT", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/targets/**").hasRole("ADMIN")
                        // rule editor; the rule set's province is checked by the controller
                        .requestMatchers("/rules", "/rules/**").hasAnyRole("POLICY_EDITOR", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfig::signInFailed)
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("XKMT_SESSION"))
                .exceptionHandling(e -> e.accessDeniedHandler(errors))
                .headers(h -> h.contentSecurityPolicy(p -> p.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Back to the sign-in form: "wrong" or, during a lock-out, how long to wait (a relative redirect). */
    static void signInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws java.io.IOException {
        String to = e instanceof SignInLocked l ? "/login?locked=" + l.seconds() : "/login?error";
        response.sendRedirect(request.getContextPath() + to);
    }

    /** A write that rides on a session cookie (the only kind another site could forge). */
    static boolean sessionWrite(HttpServletRequest request) {
        return !SAFE.contains(request.getMethod()) && request.getHeader("Authorization") == null
                && request.getRequestedSessionId() != null;
    }
}
