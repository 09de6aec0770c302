package cn.jixiao.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session JDBC as the app uses it, minus a write per request: Spring Session sets each session's last access
 * time on every request, which marks it changed and costs an UPDATE of its row (in a transaction of its own). Here
 * the last access time is passed on only once it is {@code touchEvery} old, and a session that nothing changed is
 * not saved at all; attributes, id changes and new sessions are saved as before. The price: a session in constant
 * use may end up to {@code touchEvery} before its inactivity timeout.
 * <p>
 * And a read less: Spring Session's filter looks the session up twice per request (once for the request, once more
 * when it commits the session a second time, after the response); the second time gets the session the first one
 * read, as it stands after any save ({@link #requestDone} forgets it).
 */
final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.QuietSession>, DisposableBean {

    private final FindByIndexNameSessionRepository<Session> jdbc;
    private final Duration touchEvery;
    private final ThreadLocal<QuietSession> found = new ThreadLocal<>();

    @SuppressWarnings("unchecked")
    QuietSessions(FindByIndexNameSessionRepository<? extends Session> jdbc, Duration touchEvery) {
        // save() receives back only the repository's own sessions, unwrapped
        this.jdbc = (FindByIndexNameSessionRepository<Session>) jdbc;
        this.touchEvery = touchEvery;
    }

    @Override
    public QuietSession createSession() {
        return new QuietSession(jdbc.createSession(), true);
    }

    @Override
    public void save(QuietSession session) {
        if (session.isNew || session.changed) {
            jdbc.save(session.delegate);
            session.isNew = false;
            session.changed = false;
        }
    }

    /** The request on this thread is over: the next one reads its session from the database. */
    void requestDone() {
        found.remove();
    }

    @Override
    public QuietSession findById(String id) {
        QuietSession known = found.get();
        if (known != null && known.getId().equals(id)) {
            return known;
        }
        Session row = SessionTransactions.read(() -> jdbc.findById(id));
        if (row == null) {
            return null;
        }
        QuietSession session = new QuietSession(row, false);
        found.set(session);
        return session;
    }

    @Override
    public void deleteById(String id) {
        found.remove();
        jdbc.deleteById(id);
    }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, QuietSession> out = new LinkedHashMap<>();
        jdbc.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, s) -> out.put(id, new QuietSession(s, false)));
        return out;
    }

    @Override
    public void destroy() throws Exception {
        if (jdbc instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /** A session that remembers whether anything worth saving happened to it. */
    final class QuietSession implements Session {

        private final Session delegate;
        private boolean isNew;
        private boolean changed;

        private QuietSession(Session delegate, boolean isNew) {
            this.delegate = delegate;
            this.isNew = isNew;
        }

        @Override
        public void setLastAccessedTime(Instant time) {
            if (isNew || Duration.between(delegate.getLastAccessedTime(), time).compareTo(touchEvery) >= 0) {
                delegate.setLastAccessedTime(time);
                changed = true;
            }
        }

        @Override
        public void setAttribute(String name, Object value) {
            delegate.setAttribute(name, value);
            changed = true;
        }

        @Override
        public void removeAttribute(String name) {
            delegate.removeAttribute(name);
            changed = true;
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            delegate.setMaxInactiveInterval(interval);
            changed = true;
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return delegate.changeSessionId();
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return delegate.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }
}
