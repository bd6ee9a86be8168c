package nl.doorbraak.region.internal;

/** A werkwijze file that cannot be used; the message names the file and the field, in Dutch. */
public class WerkwijzeException extends RuntimeException {

    private final String file;
    private final String field;

    public WerkwijzeException(String file, String field, String problem) {
        this(file, field, problem, null);
    }

    public WerkwijzeException(String file, String field, String problem, Throwable cause) {
        super("Werkwijze-bestand " + file + (field == null || field.isEmpty() ? "" : ", veld " + field) + ": " + problem,
                cause);
        this.file = file;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }
}
