package nl.doorbraak.dossier.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * The type of a document read from its content with Apache Tika's magic bytes, never from its name or the browser's
 * content type. Tika's core tells a Word container only as "some OOXML" or "some OLE2 file", so those are opened a
 * little further: a DOCX names the Word main part in its {@code [Content_Types].xml}, a DOC has a WordDocument stream.
 */
@Component
class DocumentTypes {

    private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
    /** A zip bomb must not be read to the end: [Content_Types].xml is small. */
    private static final int MAX_CONTENT_TYPES = 1 << 20;

    private final MimeTypes tika = MimeTypes.getDefaultMimeTypes();

    /** The accepted type of this content, or empty when it is none of them. */
    Optional<DocumentType> detect(byte[] content) {
        String detected = tikaType(content);
        return switch (detected) {
            case "application/pdf" -> Optional.of(DocumentType.PDF);
            case "image/png" -> Optional.of(DocumentType.PNG);
            case "image/jpeg" -> Optional.of(DocumentType.JPEG);
            case "application/x-tika-ooxml", "application/zip",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
                    isDocx(content) ? Optional.of(DocumentType.DOCX) : Optional.empty();
            case "application/x-tika-msoffice", "application/msword" ->
                    isWordOle2(content) ? Optional.of(DocumentType.DOC) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** What Tika reads in the bytes alone (no file name is given to it). */
    String tikaType(byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content)) {
            MediaType type = tika.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    private static boolean isDocx(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("[Content_Types].xml".equals(entry.getName())) {
                    String types = new String(zip.readNBytes(MAX_CONTENT_TYPES), StandardCharsets.UTF_8);
                    return types.contains(WORD_MAIN);
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The OLE2 directory names its streams in UTF-16LE; a Word 97-2003 file has one called WordDocument. */
    private static boolean isWordOle2(byte[] content) {
        outer:
        for (int i = 0; i <= content.length - WORD_STREAM.length; i++) {
            for (int j = 0; j < WORD_STREAM.length; j++) {
                if (content[i + j] != WORD_STREAM[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
