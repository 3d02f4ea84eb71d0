package io.waymark.document;

import io.waymark.common.InvalidInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import org.apache.tika.Tika;

/**
 * What a file is, decided by its content (Apache Tika's magic), not by its name: a PDF, a photo, a Word or
 * OpenDocument document, or plain text. A name only refines what the content already says (a Word file is a zip
 * inside); a program named "payslip.pdf" is a program.
 */
final class FileTypes {

    private static final Tika TIKA = new Tika();

    /** The types a document may be, with the extension its cleaned name gets when it has none. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("image/jpeg", "jpg"),
            Map.entry("image/png", "png"),
            Map.entry("image/heic", "heic"),
            Map.entry("image/heif", "heif"),
            Map.entry("image/webp", "webp"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
            Map.entry("text/plain", "txt"));

    private static final String WHAT_IS_TAKEN = "a PDF, a photo (JPEG, PNG, HEIC, WebP), a Word or OpenDocument"
            + " document, or plain text";

    private FileTypes() {
    }

    /** The file's type, or a refusal naming the field {@code file} in plain words. */
    static String of(Path file, String name) {
        String type;
        try (InputStream in = Files.newInputStream(file)) {
            type = TIKA.detect(in, name).split(";")[0].strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!ALLOWED.containsKey(type) || type.equals("text/plain") && !looksLikeText(file)) {
            throw new InvalidInput("file", "is " + described(type) + ", which Waymark does not keep: choose "
                    + WHAT_IS_TAKEN);
        }
        return type;
    }

    /** Tika calls a file with no known signature text by its name alone: the bytes must be text as well. */
    private static boolean looksLikeText(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            for (byte b : in.readNBytes(64 * 1024)) {
                if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String described(String type) {
        return switch (type) {
            case "application/x-msdownload", "application/x-dosexec", "application/x-executable",
                    "application/x-elf", "application/x-mach-o-executable", "application/x-sh",
                    "application/x-bat" -> "a program";
            case "application/zip", "application/x-tika-ooxml" -> "a zip file";
            case "text/html", "application/xhtml+xml", "image/svg+xml" -> "a web page or drawing that can run script";
            case "application/octet-stream", "text/plain" -> "not a file Waymark recognises";
            default -> "a file of type " + type;
        };
    }

    /**
     * The name as uploaded, made safe to store and to offer back: no folders, no control or reserved characters, at
     * most 120 characters, and an extension that matches what the file is.
     */
    static String cleanName(String uploaded, String type) {
        String name = uploaded == null ? "" : uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"<>:|?*;]", "")
                .replaceAll("\\s+", " ").strip().replaceFirst("^\\.+", "");
        String extension = ALLOWED.get(type);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.isBlank()) {
            stem = "document";
        }
        if (stem.length() > 110) {
            stem = stem.substring(0, 110).strip();
        }
        String own = dot > 0 ? name.substring(dot + 1).toLowerCase() : "";
        boolean fits = own.equals(extension) || type.equals("image/jpeg") && own.equals("jpeg");
        return stem + "." + (fits ? own : extension);
    }
}
