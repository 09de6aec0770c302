package cn.jixiao.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/** Uploads are limited by path like every other body (they replace Spring Boot's spring.servlet.multipart.*). */
@Configuration
class RequestBodyLimitConfig {

    @Bean
    MultipartConfigElement multipartConfigElement(RequestBodyLimits limits) {
        return PathLimitedMultipartResolver.config(limits);
    }

    @Bean(DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    MultipartResolver multipartResolver(RequestBodyLimits limits) {
        return new PathLimitedMultipartResolver(limits);
    }
}
