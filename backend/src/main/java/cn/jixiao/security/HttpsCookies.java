package cn.jixiao.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Over HTTPS (TLS on the node, or at nginx with {@code X-Forwarded-Proto: https} and
 * {@code server.forward-headers-strategy=native}) the session and CSRF cookies are {@code Secure} and carry the
 * {@code __Host-} prefix, which the browser accepts only from a secure origin, for path / and without a domain:
 * no other host or plain-HTTP page can set or shadow them. Over plain HTTP (the embedded default on localhost)
 * they keep their plain names, which a browser would refuse with the prefix.
 */
@Configuration
public class HttpsCookies {

    static final String HOST_PREFIX = "__Host-";
    static final String CSRF_COOKIE = "XSRF-TOKEN";

    /** The session cookie (Spring Session), named {@code server.servlet.session.cookie.name}, __Host- over HTTPS. */
    @Bean
    CookieSerializer cookieSerializer(ServerProperties server) {
        String name = server.getServlet().getSession().getCookie().getName();
        DefaultCookieSerializer plain = sessionCookie(name == null ? "JSESSIONID" : name, false);
        DefaultCookieSerializer secure = sessionCookie(HOST_PREFIX + (name == null ? "JSESSIONID" : name), true);
        return new CookieSerializer() {
            @Override
            public void writeCookieValue(CookieValue value) {
                (value.getRequest().isSecure() ? secure : plain).writeCookieValue(value);
            }

            @Override
            public List<String> readCookieValues(HttpServletRequest request) {
                return (request.isSecure() ? secure : plain).readCookieValues(request);
            }
        };
    }

    private static DefaultCookieSerializer sessionCookie(String name, boolean secure) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setCookiePath("/");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setUseSecureCookie(secure);
        return serializer;
    }

    /** The readable CSRF cookie the SPA sends back as X-XSRF-TOKEN. */
    static CookieCsrfTokenRepository csrfCookie(boolean secure) {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieName(secure ? HOST_PREFIX + CSRF_COOKIE : CSRF_COOKIE);
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").secure(secure));
        return repository;
    }

    static CookieCsrfTokenRepository forRequest(HttpServletRequest request, CookieCsrfTokenRepository plain,
                                                CookieCsrfTokenRepository secure) {
        return request.isSecure() ? secure : plain;
    }
}
