package nl.doorbraak;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML checker (the validator behind validator.w3.org/nu), run in-process over the HTML a page was served
 * with. Errors count; warnings (advice such as "consider adding a lang attribute") do not.
 */
final class NuHtmlChecker {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);

    NuHtmlChecker() {
        ErrorHandler collector = new Collector();
        try {
            validator.setUpMainSchema(HTML_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML checker could not start", e);
        }
    }

    /** The errors in {@code html}, each with its line and column. */
    List<String> errorsIn(String html) {
        errors.clear();
        try {
            validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        } catch (IOException | SAXException e) {
            errors.add("the checker stopped: " + e.getMessage());
        }
        return List.copyOf(errors);
    }

    private final class Collector implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) {
            // advice, not an error
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add("line " + exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
