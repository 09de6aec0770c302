package cn.jixiao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The web app's scripts as they are served, for the rule that a script types no word the server serves. */
public final class WebScripts {

    private static final Pattern LITERAL = Pattern.compile("'([^'\\n]*)'|\"([^\"\\n]*)\"|`([^`]*)`");

    private WebScripts() {
    }

    /** Every script under static/app on the classpath, by its path from static/ (app/meta.js, …). */
    public static Map<String, String> all() {
        Map<String, String> scripts = new LinkedHashMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:static/app/**/*.js")) {
                String url = r.getURL().toString();
                scripts.put(url.substring(url.indexOf("static/") + "static/".length()),
                        r.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scripts;
    }

    /** "script: literal" for every string literal of a script that is one of {@code words}. */
    public static List<String> retyped(Map<String, String> scripts, Collection<String> words) {
        List<String> retyped = new ArrayList<>();
        scripts.forEach((name, text) -> {
            Matcher literal = LITERAL.matcher(text);
            while (literal.find()) {
                String s = literal.group(1) != null ? literal.group(1)
                        : literal.group(2) != null ? literal.group(2) : literal.group(3);
                if (words.contains(s)) {
                    retyped.add(name + ": " + s);
                }
            }
        });
        return retyped;
    }
}
