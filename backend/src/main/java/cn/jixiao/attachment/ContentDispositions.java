package cn.jixiao.attachment;

import java.nio.charset.StandardCharsets;

/**
 * A Content-Disposition that no file name can break: an ASCII-only {@code filename} for old clients and the
 * real name as RFC 5987 {@code filename*=UTF-8''…}, every byte outside the attr-char set percent-encoded.
 */
final class ContentDispositions {

    private ContentDispositions() {
    }

    static String of(boolean inline, String name) {
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''"
                + encode(name);
    }

    private static String asciiFallback(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
        return "attachment" + extension;
    }

    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
