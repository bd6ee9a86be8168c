package nl.doorbraak.pdf;

/** The input could not become a PDF; the message says why, such as the line and column of malformed XHTML. */
public class PdfRenderingException extends RuntimeException {

    public PdfRenderingException(String message) {
        super(message);
    }

    public PdfRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
