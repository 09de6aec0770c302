package cn.jixiao.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client sends: bodies of any size streamed chunked or
 * with a Content-Length, any header spelling, raw bytes in the request line. The body is written on a thread of
 * its own while the answer is read, so a server that answers early (413) and closes is seen answering.
 */
public final class RawHttp {

    /** An answer: status, headers (names lower case) and the body, de-chunked. */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    /** A body of {@code size} bytes: {@code head}, then spaces (JSON whitespace), then {@code tail}. */
    public record Padded(String head, long size, String tail) {

        /** Just this text. */
        public static Padded of(String text) {
            return new Padded(text, text.getBytes(StandardCharsets.UTF_8).length, "");
        }

        void writeTo(OutputStream out, boolean chunked) throws IOException {
            byte[] h = head.getBytes(StandardCharsets.UTF_8);
            byte[] t = tail.getBytes(StandardCharsets.UTF_8);
            long spaces = size - h.length - t.length;
            write(out, h, chunked);
            byte[] block = new byte[64 * 1024];
            java.util.Arrays.fill(block, (byte) ' ');
            for (long left = spaces; left > 0; left -= block.length) {
                write(out, left >= block.length ? block : java.util.Arrays.copyOf(block, (int) left), chunked);
            }
            write(out, t, chunked);
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        }

        private static void write(OutputStream out, byte[] bytes, boolean chunked) throws IOException {
            if (bytes.length == 0) {
                return;
            }
            if (chunked) {
                out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            out.write(bytes);
            if (chunked) {
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private RawHttp() {
    }

    /**
     * Sends {@code requestLine} (e.g. {@code POST /api/x HTTP/1.1}) with {@code headers} and {@code body}, chunked
     * or with its Content-Length; {@code body} may be null.
     */
    public static Answer send(int port, String requestLine, Map<String, String> headers, Padded body, boolean chunked) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: localhost:").append(port)
                    .append("\r\nConnection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append(chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.size()).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread writer = null;
            if (body != null) {
                writer = new Thread(() -> {
                    try {
                        body.writeTo(out, chunked);
                    } catch (IOException e) {
                        // the server answered and closed before the whole body was sent: expected for 413
                    }
                }, "raw-http-body");
                writer.start();
            }
            Answer answer = read(new BufferedInputStream(socket.getInputStream()));
            socket.close();
            if (writer != null) {
                writer.join(60_000);
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("no answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else {
            body.write(in.readAllBytes());
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                String s = b.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }

    /** Cookie and CSRF headers of a logged-in client, for a raw request in its session. */
    public static Map<String, String> sessionOf(ApiClient client) {
        Map<String, String> headers = new LinkedHashMap<>();
        String session = client.cookie("JSESSIONID");
        headers.put("Cookie", (session == null ? "" : "JSESSIONID=" + session + "; ") + "XSRF-TOKEN="
                + client.cookie("XSRF-TOKEN"));
        headers.put("X-XSRF-TOKEN", client.cookie("XSRF-TOKEN"));
        return headers;
    }
}
