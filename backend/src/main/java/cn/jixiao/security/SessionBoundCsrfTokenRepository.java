package cn.jixiao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * The CSRF token of a session lives in the session: a token from another session (or from before the login) is
 * refused, and the login and the logout each start a new one. The SPA still reads it from the {@code XSRF-TOKEN}
 * cookie, which mirrors it. Before the login there is no session — none is made for anonymous requests — and the
 * cookie alone carries the token (double submit) for the login POST.
 */
final class SessionBoundCsrfTokenRepository implements CsrfTokenRepository {

    static final String ATTRIBUTE = SessionBoundCsrfTokenRepository.class.getName() + ".TOKEN";

    private final CookieCsrfTokenRepository plainCookie = HttpsCookies.csrfCookie(false);
    private final CookieCsrfTokenRepository secureCookie = HttpsCookies.csrfCookie(true);

    private CookieCsrfTokenRepository cookie(HttpServletRequest request) {
        return HttpsCookies.forRequest(request, plainCookie, secureCookie);
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return cookie(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        cookie(request).saveToken(token, request, response);
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (token == null) {
                session.removeAttribute(ATTRIBUTE);
            } else {
                session.setAttribute(ATTRIBUTE, token);
            }
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        CsrfToken own = session == null ? null : (CsrfToken) session.getAttribute(ATTRIBUTE);
        // a session holds its token from the moment the login made it; until then (there is none, or the login
        // is making it now and is about to replace the token) the cookie's counts
        return own != null ? own : cookie(request).loadToken(request);
    }

    /** The cookie says another token than the session (the SPA dropped it to retry): send the session's again. */
    void mirror(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) == null) {
            return;
        }
        CsrfToken inCookie = cookie(request).loadToken(request);
        if (inCookie == null || !inCookie.getToken().equals(token.getToken())) {
            cookie(request).saveToken(token, request, response);
        }
    }
}
