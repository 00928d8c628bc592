package dev.gooseci.testgen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads the build's XML files (reports, effective POM) with external entities off, and walks their elements. */
final class Xml {
    private Xml() {}

    static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new BuildException(file + " is not valid XML: " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                children.add((Element) node);
            }
        }
        return children;
    }

    static Optional<Element> child(Element parent, String name) {
        return children(parent).stream()
                .filter(e -> e.getTagName().equals(name))
                .findFirst();
    }

    static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip());
    }

    /** The text of each child element by name, in document order; empty when {@code parent} is absent. */
    static Map<String, String> texts(Optional<Element> parent) {
        Map<String, String> texts = new LinkedHashMap<>();
        parent.ifPresent(p -> children(p)
                .forEach(e -> texts.put(e.getTagName(), e.getTextContent().strip())));
        return texts;
    }
}
