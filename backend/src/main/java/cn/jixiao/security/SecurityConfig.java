package cn.jixiao.security;

import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    /** Vue 3's in-browser template compiler needs eval; Ant Design Vue injects its styles inline. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    AuthenticationManager authenticationManager(AppUserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SessionBoundCsrfTokenRepository csrfTokenRepository() {
        return new SessionBoundCsrfTokenRepository();
    }

    /** At login: a new session id against fixation, and a new CSRF token, kept in the session and sent as cookie. */
    @Bean
    SessionAuthenticationStrategy loginSessionStrategy(SessionBoundCsrfTokenRepository csrfTokens) {
        CsrfAuthenticationStrategy newCsrfToken = new CsrfAuthenticationStrategy(csrfTokens);
        newCsrfToken.setRequestHandler(new SpaCsrfTokenRequestHandler(csrfTokens));
        return new CompositeSessionAuthenticationStrategy(List.of(
                new ChangeSessionIdAuthenticationStrategy(), newCsrfToken));
    }

    /**
     * The Camunda web apps (Cockpit, Admin, Tasklist) are for SYSTEM_ADMIN only, logged in through jixiao's own
     * login. Their Jersey servlets are not matched by MVC matchers, hence explicit path patterns; they
     * bring their own CSRF protection (checked first by {@link CamundaCsrfGuard}, which keeps the session when it
     * fails) and security headers. No request cache: an anonymous request gets its 401 or redirect and no session.
     */
    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http, SecurityContextRepository contexts,
                                       AccountCache accounts, JsonSecurityErrors jsonErrors, Clock clock)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher camunda = new OrRequestMatcher(path.matcher("/camunda/**"),
                path.matcher("/camunda-welcome"), path.matcher("/engine-rest/**"));
        http.securityMatcher(camunda)
                .addFilterBefore(new AccountStateFilter(accounts, contexts, jsonErrors, clock),
                        AuthorizationFilter.class)
                .addFilterAfter(new CamundaCsrfGuard(jsonErrors), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.SYSTEM_ADMIN.name()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.securityContextRepository(contexts))
                .headers(headers -> headers.disable())
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                path.matcher("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/#/login"),
                                request -> true));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, JsonSecurityErrors errors, SecurityContextRepository contexts,
                                    SessionBoundCsrfTokenRepository csrfTokens, AccountCache accounts, Clock clock)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.addFilterBefore(new AccountStateFilter(accounts, contexts, errors, clock), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path.matcher(HttpMethod.POST, "/api/auth/login")).permitAll()
                        .requestMatchers(path.matcher(HttpMethod.POST, "/api/auth/mfa")).permitAll()
                        .requestMatchers(path.matcher(HttpMethod.GET, "/api/meta")).permitAll()
                        .requestMatchers(AdminEndpoints.AUDIT.matcher(path)).hasRole(Role.AUDIT_ADMIN.name())
                        .requestMatchers(AdminEndpoints.SECURITY.matcher(path)).hasRole(Role.SECURITY_ADMIN.name())
                        .requestMatchers(AdminEndpoints.SHARED.matcher(path))
                        .hasAnyRole(Role.SYSTEM_ADMIN.name(), Role.SECURITY_ADMIN.name())
                        .requestMatchers(path.matcher("/api/admin/**")).hasRole(Role.SYSTEM_ADMIN.name())
                        .requestMatchers(path.matcher("/api/**")).authenticated()
                        .requestMatchers(path.matcher("/v3/api-docs/**")).hasRole(Role.SYSTEM_ADMIN.name())
                        .requestMatchers(path.matcher("/actuator/health/**")).permitAll()
                        .requestMatchers(path.matcher("/actuator/**")).hasRole(Role.SYSTEM_ADMIN.name())
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler(csrfTokens)))
                .securityContext(context -> context.securityContextRepository(contexts))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout
                        .logoutRequestMatcher(path.matcher(HttpMethod.POST, "/api/auth/logout"))
                        .deleteCookies("JSESSIONID", HttpsCookies.HOST_PREFIX + "JSESSIONID")
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(errors.unauthenticated())
                        .accessDeniedHandler(errors.denied()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=()")));
        return http.build();
    }
}
