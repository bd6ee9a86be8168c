package nl.doorbraak.pdf;

import java.util.Locale;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Puts what PDF/UA needs from the document into it before rendering, so a template cannot forget it: the language on
 * {@code <html lang>} (the PDF's /Lang), the {@code <title>} (the PDF's title, shown instead of the file name), a
 * subject (the PDF's description) and the house print style as the first style sheet.
 */
final class AccessibleHead {

    private AccessibleHead() {
    }

    static void apply(Document document, String title, Locale language, String printCss) {
        Element html = document.getDocumentElement();
        if (!"html".equals(localName(html))) {
            throw new PdfRenderingException("The document element must be <html>, not <" + html.getTagName() + ">");
        }
        html.setAttribute("lang", language.toLanguageTag());
        Element head = headOf(document, html);
        replaceTitle(document, head, title);
        addSubject(document, head, title);
        Element style = create(document, "style");
        style.setTextContent(printCss);
        head.insertBefore(style, head.getFirstChild());
    }

    private static Element headOf(Document document, Element html) {
        for (Node child = html.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "head".equals(localName(element))) {
                return element;
            }
        }
        Element head = create(document, "head");
        html.insertBefore(head, html.getFirstChild());
        return head;
    }

    private static void replaceTitle(Document document, Element head, String title) {
        for (Node child = head.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "title".equals(localName(element))) {
                element.setTextContent(title);
                return;
            }
        }
        Element element = create(document, "title");
        element.setTextContent(title);
        head.appendChild(element);
    }

    /**
     * openhtmltopdf takes the PDF's description (dc:description) from {@code <meta name="subject">} only; templates
     * write the HTML way, {@code <meta name="description">}. Without either, the title describes the document.
     */
    private static void addSubject(Document document, Element head, String title) {
        if (meta(head, "subject") != null) {
            return;
        }
        Element description = meta(head, "description");
        String text = description == null ? "" : description.getAttribute("content").strip();
        Element subject = create(document, "meta");
        subject.setAttribute("name", "subject");
        subject.setAttribute("content", text.isEmpty() ? title : text);
        head.appendChild(subject);
    }

    private static Element meta(Element head, String name) {
        for (Node child = head.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "meta".equals(localName(element))
                    && name.equalsIgnoreCase(element.getAttribute("name"))) {
                return element;
            }
        }
        return null;
    }

    /** New elements share the document's namespace, so an XHTML-namespaced document stays consistent. */
    private static Element create(Document document, String name) {
        return document.createElementNS(document.getDocumentElement().getNamespaceURI(), name);
    }

    private static String localName(Element element) {
        return element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    }
}
