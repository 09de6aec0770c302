package cn.jixiao.export;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CJK font embedded in exported PDFs (subset, Identity-H, so any reader shows the Chinese text and text
 * extraction finds it). No artifact on Maven Central that this build can reach carries a CJK TrueType font, so
 * the font comes from the machine, looked up in this order:
 * <ol>
 *   <li>the system property {@value #PROPERTY} or the environment variable {@value #ENV}: a .ttf path, or a
 *       .ttc path with the face index ({@code /path/wqy-microhei.ttc,0});</li>
 *   <li>a classpath resource {@value #RESOURCE} (if a deployment chooses to ship one in the jar);</li>
 *   <li>Debian's packages: {@code fonts-droid-fallback} ({@value #DROID}, Apache-2.0, the one CI installs),
 *       then {@code fonts-wqy-microhei}, {@code fonts-wqy-zenhei}, {@code fonts-arphic-uming}.</li>
 * </ol>
 * Without any of them PDF export fails with an {@link IllegalStateException} that says what to install.
 */
public final class CjkFont {

    /** System property naming the font file. */
    public static final String PROPERTY = "jixiao.export.cjk-font";
    /** Environment variable naming the font file. */
    public static final String ENV = "JIXIAO_CJK_FONT";
    /** Classpath resource tried after the property and the variable. */
    public static final String RESOURCE = "/fonts/cjk.ttf";
    /** The font of Debian's {@code fonts-droid-fallback}. */
    public static final String DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    private static final List<String> DEBIAN = List.of(
            DROID,
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0");

    /** Liberation Sans from {@code com.github.librepdf:openpdf-fonts-extra} (Maven): digits, Latin, ≥ ≤ %. */
    static final String LATIN_RESOURCE = "/liberation/LiberationSans-Regular.ttf";

    private static volatile BaseFont font;
    private static volatile String source;
    private static volatile BaseFont latin;

    private CjkFont() {
    }

    /** The shared font (loaded once). */
    public static BaseFont get() {
        BaseFont f = font;
        if (f == null) {
            synchronized (CjkFont.class) {
                f = font;
                if (f == null) {
                    f = load();
                    font = f;
                }
            }
        }
        return f;
    }

    /**
     * The font for digits and Latin text, which the CJK fallback fonts lack: Liberation Sans from the classpath,
     * embedded; Helvetica (not embedded, every reader has it) if the resource is missing.
     */
    static BaseFont latin() {
        BaseFont f = latin;
        if (f == null) {
            synchronized (CjkFont.class) {
                f = latin;
                if (f == null) {
                    f = loadLatin();
                    latin = f;
                }
            }
        }
        return f;
    }

    private static BaseFont loadLatin() {
        try (InputStream in = CjkFont.class.getResourceAsStream(LATIN_RESOURCE)) {
            if (in != null) {
                return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        true, in.readAllBytes(), null);
            }
        } catch (IOException | DocumentException e) {
            // fall through to Helvetica
        }
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Helvetica unavailable", e);
        }
    }

    /** Where the font was loaded from (a path or {@code classpath:…}), loading it if needed. */
    public static String source() {
        get();
        return source;
    }

    /** Whether a CJK font can be found, without failing. */
    public static boolean available() {
        try {
            get();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static BaseFont load() {
        List<String> tried = new ArrayList<>();
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENV);
        }
        if (configured != null && !configured.isBlank()) {
            BaseFont f = fromFile(configured.strip(), tried);
            if (f != null) {
                return f;
            }
            throw new IllegalStateException("配置的中文字体无法加载 / configured CJK font cannot be loaded: "
                    + configured);
        }
        try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                byte[] bytes = in.readAllBytes();
                BaseFont f = BaseFont.createFont("cjk.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes,
                        null);
                source = "classpath:" + RESOURCE;
                return f;
            }
        } catch (IOException | DocumentException e) {
            tried.add("classpath:" + RESOURCE + " (" + e.getMessage() + ")");
        }
        for (String candidate : DEBIAN) {
            BaseFont f = fromFile(candidate, tried);
            if (f != null) {
                return f;
            }
        }
        throw new IllegalStateException("未找到可嵌入 PDF 的中文字体：请安装 Debian 软件包 fonts-droid-fallback"
                + "（apt-get install fonts-droid-fallback），或用系统属性 " + PROPERTY + " / 环境变量 " + ENV
                + " 指定 .ttf 文件。No CJK font found (tried " + String.join(", ", tried) + ").");
    }

    private static BaseFont fromFile(String spec, List<String> tried) {
        int comma = spec.lastIndexOf(',');
        String file = comma > 0 && spec.substring(comma + 1).matches("\\d+") ? spec.substring(0, comma) : spec;
        if (!Files.isReadable(Path.of(file))) {
            tried.add(spec + " (missing)");
            return null;
        }
        try {
            // from memory: OpenPDF then subsets each PDF's glyphs from the array instead of re-reading the file
            // (from a path it reads 4 MB per document, which made a PDF take 0.4 s)
            byte[] bytes = Files.readAllBytes(Path.of(file));
            String name = Path.of(file).getFileName().toString() + (file.equals(spec) ? "" : spec.substring(comma));
            BaseFont f = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
            source = spec;
            return f;
        } catch (IOException | RuntimeException e) {
            tried.add(spec + " (" + e.getMessage() + ")");
            return null;
        }
    }
}
