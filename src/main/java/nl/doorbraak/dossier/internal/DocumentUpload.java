package nl.doorbraak.dossier.internal;

import java.io.IOException;

/**
 * A file as the form sent it: the chosen kind (a code, may be anything), the name the browser gave, its size, and a
 * way to read it, so a file that is too large is refused without being read. The browser's content type is not
 * taken: the content tells the type.
 */
public record DocumentUpload(String kind, String fileName, long size, Content content) {

    /** Reads the uploaded bytes. */
    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }

    public static DocumentUpload none(String kind) {
        return new DocumentUpload(kind, null, 0, () -> new byte[0]);
    }
}
