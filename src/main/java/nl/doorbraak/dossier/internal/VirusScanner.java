package nl.doorbraak.dossier.internal;

/**
 * Scans a document before it is stored. Without {@code DOORBRAAK_CLAMD_HOST} nothing is scanned ({@link NoVirusScanner});
 * with it, clamd's INSTREAM command does ({@link ClamdScanner}).
 */
public interface VirusScanner {

    /**
     * @throws ScannerUnavailable when a configured scanner cannot be asked: the upload is then refused (fail closed)
     */
    ScanVerdict scan(byte[] content);

    /** The outcome; {@code signature} names what was found (for the audit row), null when clean. */
    record ScanVerdict(boolean infected, String signature) {

        static ScanVerdict clean() {
            return new ScanVerdict(false, null);
        }

        static ScanVerdict infected(String signature) {
            return new ScanVerdict(true, signature);
        }
    }

    /** The scanner is configured but did not answer (or answered nonsense). */
    class ScannerUnavailable extends RuntimeException {

        public ScannerUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
