package nl.doorbraak.dossier.internal;

/** A document to send to the browser: its name for the Content-Disposition header, its type and its bytes. */
public record DocumentDownload(String fileName, DocumentType type, byte[] content) {
}
