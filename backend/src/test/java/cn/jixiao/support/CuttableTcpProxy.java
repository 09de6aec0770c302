package cn.jixiao.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy for tests that can be cut and restored. Put between the application and its database
 * ({@link #inFrontOf}), cutting it is what the application sees when the database server stops:
 * every open connection breaks and new ones are turned away (accepted and reset at once, so the
 * port stays ours for the restore). Plain sockets, two threads per connection: for a test's
 * connection pool, not for load. Listens on 127.0.0.1, port JIXIAO_TEST_PROXY_PORT (default: any free one).
 */
public final class CuttableTcpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final String proxiedUrl;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private boolean cut;
    private volatile boolean closed;

    private CuttableTcpProxy(String jdbcUrl) throws IOException {
        URI target = URI.create(jdbcUrl.substring("jdbc:".length()));
        this.targetHost = target.getHost();
        this.targetPort = target.getPort() < 0 ? 3306 : target.getPort();
        String port = System.getenv("JIXIAO_TEST_PROXY_PORT");
        this.listener = new ServerSocket(port == null || port.isBlank() ? 0 : Integer.parseInt(port), 50,
                InetAddress.getLoopbackAddress());
        this.proxiedUrl = "jdbc:" + target.getScheme() + "://127.0.0.1:" + listener.getLocalPort() + target.getRawPath()
                + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        Thread acceptor = new Thread(this::acceptAll, "db-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a proxy to the host and port of a {@code jdbc:scheme://host:port/...} URL. */
    public static CuttableTcpProxy inFrontOf(String jdbcUrl) {
        try {
            return new CuttableTcpProxy(jdbcUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL given to {@link #inFrontOf}, leading through this proxy. */
    public String jdbcUrl() {
        return proxiedUrl;
    }

    /** The database "stops": open connections break, new ones are reset. */
    public synchronized void cut() {
        cut = true;
        open.forEach(CuttableTcpProxy::reset);
        open.clear();
    }

    /** The database is back: new connections reach it again. */
    public synchronized void restore() {
        cut = false;
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        cut();
    }

    private void acceptAll() {
        while (!closed) {
            try {
                connect(listener.accept());
            } catch (IOException e) {
                // listener closed, or one client failed: the loop condition decides
            }
        }
    }

    private synchronized void connect(Socket client) {
        if (cut) {
            reset(client);
            return;
        }
        try {
            Socket server = new Socket(targetHost, targetPort);
            open.add(client);
            open.add(server);
            pump(client, server);
            pump(server, client);
        } catch (IOException e) {
            reset(client);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away: drop both
            } finally {
                open.remove(from);
                open.remove(to);
                reset(from);
                reset(to);
            }
        }, "db-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    /** Closes with a TCP reset, as a vanished server would, rather than an orderly goodbye. */
    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
