package nl.doorbraak.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses the caller's XHTML strictly, so malformed input fails here with its line and column instead of turning into a
 * half-rendered PDF. No DTDs or external entities are loaded: that would read files or the network (XXE).
 */
final class XhtmlDocuments {

    private XhtmlDocuments() {
    }

    static Document parse(String xhtml) {
        try {
            return secureBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new PdfRenderingException(String.format(Locale.ROOT, "Malformed XHTML at line %d, column %d: %s",
                    e.getLineNumber(), e.getColumnNumber(), e.getMessage()), e);
        } catch (SAXException | IOException e) {
            throw new PdfRenderingException("Malformed XHTML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new FailOnError());
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be configured securely", e);
        }
    }

    /** The default handler prints "[Fatal Error]" to stderr and goes on; we want one clear exception. */
    private static final class FailOnError implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) {
            // Warnings do not make the document unusable.
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
