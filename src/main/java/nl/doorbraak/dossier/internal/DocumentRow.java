package nl.doorbraak.dossier.internal;

import java.time.LocalDateTime;
import java.util.Locale;

/** A document on the dossier page: what it is, its name and type, its size, who added it when (Dutch time). */
public record DocumentRow(long id, DocumentKind kind, String fileName, DocumentType type, long size,
        String uploadedBy, LocalDateTime uploadedAt) {

    /** "230 kB", "1,4 MB": how big, the way a Dutch reader writes it. */
    public String sizeText() {
        return sizeText(size);
    }

    static String sizeText(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
        }
        return String.format(Locale.forLanguageTag("nl"), "%.1f MB", bytes / (1024.0 * 1024.0)).replace(",0 MB", " MB");
    }
}
