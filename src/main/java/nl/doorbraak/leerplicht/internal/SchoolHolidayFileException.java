package nl.doorbraak.leerplicht.internal;

/** The school holiday file cannot be used; the message names the file, the line and the field. */
class SchoolHolidayFileException extends RuntimeException {

    SchoolHolidayFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
