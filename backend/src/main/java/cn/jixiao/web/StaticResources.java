package cn.jixiao.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How browsers may keep the web app (Spring Security's default {@code no-store} applies only where no
 * Cache-Control is set, so these handlers' headers stand):
 * <ul>
 * <li>a WebJar under its version ({@code /webjars/vue/3.5.26/…}, as index.html names them) never changes: public,
 *     for a year, immutable — a new version is a new URL;</li>
 * <li>the app's own files ({@code /index.html}, {@code /app/**}) change with each release under the same URL:
 *     {@code no-cache} with an ETag, so a reload costs a 304 per file. The ETag is weak because Tomcat does not
 *     compress a response with a strong one (it could not be byte-identical);</li>
 * <li>anything else (version-free WebJar URLs included) keeps Boot's handlers, revalidated by Last-Modified
 *     ({@code spring.web.resources.cache.cachecontrol.no-cache}).</li>
 * </ul>
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final String[] staticLocations;
    private final Map<String, String> etags = new ConcurrentHashMap<>();

    StaticResources(WebProperties web) {
        this.staticLocations = web.getResources().getStaticLocations();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/*/{version:\\d.*}/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(VERSIONED);
        registry.addResourceHandler("/index.html")
                .addResourceLocations(staticLocations)
                .setCacheControl(CacheControl.noCache())
                .setEtagGenerator(this::etag);
        registry.addResourceHandler("/app/**")
                .addResourceLocations(Arrays.stream(staticLocations).map(l -> l + "app/").toArray(String[]::new))
                .setCacheControl(CacheControl.noCache())
                .setEtagGenerator(this::etag);
    }

    /** A hash of the content, computed once per file and modification time (files in the jar never change). */
    private String etag(Resource resource) {
        try {
            String key = resource.getURL() + "@" + resource.lastModified();
            return etags.computeIfAbsent(key, k -> "W/\"" + md5(resource) + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String md5(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return DigestUtils.md5DigestAsHex(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
