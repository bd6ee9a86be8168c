package nl.doorbraak.dossier.internal;

import java.util.Arrays;
import java.util.Optional;

/** The file types a dossier accepts, with their media type and how the page names them. */
public enum DocumentType {
    PDF("application/pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)"),
    DOC("application/msword", "Word (DOC)"),
    PNG("image/png", "PNG-afbeelding"),
    JPEG("image/jpeg", "JPEG-afbeelding");

    private final String mediaType;
    private final String label;

    DocumentType(String mediaType, String label) {
        this.mediaType = mediaType;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    static Optional<DocumentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }
}
