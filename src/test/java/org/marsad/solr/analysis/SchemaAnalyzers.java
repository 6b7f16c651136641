package org.marsad.solr.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Builds a field type's analyzer from the configset's own schema ({@code managed-schema.xml}) with
 * Lucene's {@link CustomAnalyzer} over the configset's files: the same char filters, tokenizer and
 * filters, by SPI name and with the same parameters, as Solr builds them. Tests compare the Java
 * text model with it, so the chain is read, not copied.
 */
final class SchemaAnalyzers {

  private SchemaAnalyzers() {}

  /**
   * @param type a field type of the schema
   * @param side {@code index} or {@code query}; a type with one analyzer has it for both
   */
  static Analyzer of(Path conf, String type, String side) {
    return build(conf, type, side, false);
  }

  /** The chain without its last filter: what that filter receives. */
  static Analyzer withoutLastFilter(Path conf, String type, String side) {
    return build(conf, type, side, true);
  }

  private static Analyzer build(Path conf, String type, String side, boolean withoutLastFilter) {
    try {
      Element schema = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(conf.resolve("managed-schema.xml").toFile()).getDocumentElement();
      Element analyzer = analyzer(fieldType(schema, type), side);
      CustomAnalyzer.Builder builder = CustomAnalyzer.builder(conf);
      java.util.List<Element> steps = children(analyzer);
      if (withoutLastFilter) {
        Element last = steps.remove(steps.size() - 1);
        if (!"filter".equals(last.getTagName())) {
          throw new IllegalArgumentException(type + " does not end with a filter");
        }
      }
      for (Element step : steps) {
        String name = step.getAttribute("name");
        Map<String, String> params = params(step);
        switch (step.getTagName()) {
          case "charFilter" -> builder.addCharFilter(name, params);
          case "tokenizer" -> builder.withTokenizer(name, params);
          case "filter" -> builder.addTokenFilter(name, params);
          default -> throw new IllegalStateException("Unexpected analysis step " + step.getTagName());
        }
      }
      return builder.build();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot build " + type + " from the schema: " + e.getMessage(), e);
    }
  }

  private static Element fieldType(Element schema, String type) {
    for (Element e : children(schema)) {
      if ("fieldType".equals(e.getTagName()) && type.equals(e.getAttribute("name"))) {
        return e;
      }
    }
    throw new IllegalArgumentException("No field type " + type + " in the schema");
  }

  private static Element analyzer(Element fieldType, String side) {
    Element only = null;
    for (Element e : children(fieldType)) {
      if ("analyzer".equals(e.getTagName())) {
        if (side.equals(e.getAttribute("type"))) {
          return e;
        }
        if (e.getAttribute("type").isEmpty()) {
          only = e;
        }
      }
    }
    if (only == null) {
      throw new IllegalArgumentException("No " + side + " analyzer in " + fieldType.getAttribute("name"));
    }
    return only;
  }

  private static Map<String, String> params(Element step) {
    Map<String, String> params = new LinkedHashMap<>();
    NamedNodeMap attributes = step.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      if (!"name".equals(a.getNodeName())) {
        params.put(a.getNodeName(), a.getNodeValue());
      }
    }
    return params;
  }

  private static java.util.List<Element> children(Element parent) {
    java.util.List<Element> elements = new java.util.ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e) {
        elements.add(e);
      }
    }
    return elements;
  }
}
