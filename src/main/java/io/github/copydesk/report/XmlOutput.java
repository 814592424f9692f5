package io.github.copydesk.report;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML report as the JDK's {@link XMLStreamWriter} writes it, one element a line, indented two
 * spaces a level. The JDK's own writer is used whatever else is on the class path, so the same
 * report gives the same bytes under any Maven. Text and attribute values are given as they read
 * back: characters XML 1.0 forbids (control characters an article may carry, a lone surrogate)
 * become U+FFFD, so a report always parses; a line break or tab in an attribute value becomes a
 * space, as every XML reader would read it; and line breaks in text read as {@code \n}.
 */
final class XmlOutput {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter xml;
    private int depth;

    private XmlOutput(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** Writes a document whose content {@code body} writes, with its XML declaration. */
    static void write(Writer out, Body body) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(new XmlOutput(xml));
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /** Writes a document's content. */
    interface Body {
        void write(XmlOutput xml) throws XMLStreamException;
    }

    /** Opens an element on a line of its own; its attributes follow. */
    XmlOutput start(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        depth++;
        return this;
    }

    /** An element with no content, on a line of its own; its attributes follow. */
    XmlOutput empty(String name) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(name);
        return this;
    }

    XmlOutput attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, allowed(value).replaceAll("\r\n|[\r\n\t]", " "));
        return this;
    }

    XmlOutput attribute(String name, long value) throws XMLStreamException {
        xml.writeAttribute(name, Long.toString(value));
        return this;
    }

    /** Closes the element opened last with {@code text} as its content, on the line it opened on. */
    void endWithText(String text) throws XMLStreamException {
        xml.writeCharacters(allowed(text).replaceAll("\r\n?", "\n"));
        xml.writeEndElement();
        depth--;
    }

    /** Closes the element opened last, on a line of its own. */
    void end() throws XMLStreamException {
        depth--;
        newLine();
        xml.writeEndElement();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** {@code text} with each character outside XML 1.0's Char production replaced by U+FFFD. */
    static String allowed(String text) {
        StringBuilder allowed = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean xmlChar = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
            if (!xmlChar && allowed == null) {
                allowed = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (allowed != null) {
                allowed.appendCodePoint(xmlChar ? c : 0xFFFD);
            }
            i += width;
        }
        return allowed == null ? text : allowed.toString();
    }
}
