package nl.doorbraak.dossier.internal;

import java.io.IOException;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What an upload must pass before it is stored: a kind, a file, not too large, one of the accepted types by its
 * content, and a clean scan. Each refusal names the field in Dutch (through its message key) and has a reason for
 * the audit row without the file name. A scanner that is configured but does not answer refuses (fail closed).
 */
final class DocumentChecks {

    static final int MAX_NAME = 255;

    private final long maxBytes;
    private final DocumentTypes types;
    private final VirusScanner scanner;

    DocumentChecks(long maxBytes, DocumentTypes types, VirusScanner scanner) {
        this.maxBytes = maxBytes;
        this.types = types;
        this.scanner = scanner;
    }

    /** An accepted upload, ready to store. */
    long maxBytes() {
        return maxBytes;
    }

    record Accepted(DocumentKind kind, String fileName, DocumentType type, byte[] content, String sha256) {
    }

    Accepted check(DocumentUpload upload) {
        DocumentKind kind = kind(upload.kind());
        String name = fileName(upload.fileName());
        if (upload.size() <= 0) {
            throw new DocumentRefused("document.refused.noFile", "geweigerd: geen bestand gekozen");
        }
        if (upload.size() > maxBytes) {
            throw new DocumentRefused("document.refused.tooLarge", "geweigerd: te groot (" + upload.size() + " bytes)",
                    DocumentRow.sizeText(maxBytes), DocumentRow.sizeText(upload.size()));
        }
        byte[] content = read(upload);
        DocumentType type = types.detect(content).orElseThrow(() -> new DocumentRefused("document.refused.type",
                "geweigerd: type niet toegestaan (" + types.tikaType(content) + ")"));
        scan(content);
        return new Accepted(kind, name, type, content, sha256(content));
    }

    private static DocumentKind kind(String code) {
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.name().equals(code)) {
                return kind;
            }
        }
        throw new DocumentRefused("document.refused.noKind", "geweigerd: geen soort document gekozen");
    }

    /** Only the last part of what the browser sent (some send a whole path), without control characters. */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "document";
        }
        return name.length() <= MAX_NAME ? name : name.substring(name.length() - MAX_NAME);
    }

    private static byte[] read(DocumentUpload upload) {
        try {
            byte[] content = upload.content().read();
            if (content.length == 0) {
                throw new DocumentRefused("document.refused.noFile", "geweigerd: leeg bestand");
            }
            return content;
        } catch (IOException e) {
            throw new DocumentRefused("document.refused.unreadable", "geweigerd: bestand niet te lezen");
        }
    }

    private void scan(byte[] content) {
        VirusScanner.ScanVerdict verdict;
        try {
            verdict = scanner.scan(content);
        } catch (VirusScanner.ScannerUnavailable e) {
            throw new DocumentRefused("document.refused.scannerUnavailable",
                    "geweigerd: virusscanner niet bereikbaar");
        }
        if (verdict.infected()) {
            throw new DocumentRefused("document.refused.infected", "geweigerd: virus gevonden (" + verdict.signature() + ")");
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
