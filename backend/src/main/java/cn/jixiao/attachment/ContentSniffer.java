package cn.jixiao.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides a file's type from its bytes: the magic number, and for the two container formats what they
 * contain (a ZIP is DOCX, XLSX or OFD by its entries; an OLE2 compound file is DOC or XLS by its streams).
 * Anything else — an executable named .pdf, a ZIP of something else — has no type.
 */
final class ContentSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private ContentSniffer() {
    }

    static Optional<AttachmentType> typeOf(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        byte[] start = Arrays.copyOf(head, n);
        if (startsWith(start, PDF)) {
            return Optional.of(AttachmentType.PDF);
        }
        if (startsWith(start, JPEG)) {
            return Optional.of(AttachmentType.JPEG);
        }
        if (startsWith(start, PNG)) {
            return Optional.of(AttachmentType.PNG);
        }
        if (startsWith(start, ZIP)) {
            return zipType(file);
        }
        if (startsWith(start, OLE2)) {
            return oleType(file);
        }
        return Optional.empty();
    }

    private static Optional<AttachmentType> zipType(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (has(zip, "OFD.xml")) {
                return Optional.of(AttachmentType.OFD);
            }
            if (has(zip, "[Content_Types].xml") && has(zip, "word/document.xml")) {
                return Optional.of(AttachmentType.DOCX);
            }
            if (has(zip, "[Content_Types].xml") && has(zip, "xl/workbook.xml")) {
                return Optional.of(AttachmentType.XLSX);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged archive is no document
        }
    }

    private static boolean has(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry != null && !entry.isDirectory();
    }

    private static Optional<AttachmentType> oleType(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return Optional.of(AttachmentType.DOC);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Optional.of(AttachmentType.XLS);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
