package cn.jixiao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets the Camunda web apps trust jixiao's login: the security chain has already admitted only
 * SYSTEM_ADMIN users to /camunda/**, and this hands that user to Camunda as "container" authentication.
 */
@Configuration
public class CamundaWebappAuthentication {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", FromSpringSecurity.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setName("camunda-container-authentication");
        return registration;
    }

    /** Instantiated by Camunda by class name, hence public with a no-argument constructor. */
    public static class FromSpringSecurity implements AuthenticationProvider {

        /** The group the Spring Boot starter gives its admin user; grants every web app. */
        static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !(auth.getPrincipal() instanceof CurrentUser user) || !user.hasRole(Role.SYSTEM_ADMIN)) {
                return AuthenticationResult.unsuccessful();
            }
            AuthenticationResult result = AuthenticationResult.successful(user.username());
            result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
            return result;
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // the login is jixiao's; nothing to add to the response
        }
    }
}
