package org.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.FacetType;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Java's field names and the configset's schema stay one set: a field the schema lacks fails here. */
class DocumentFieldTest {

  @Test
  void everyFieldMarsadWritesIsDeclaredAndStoredInTheSchema() throws Exception {
    List<Element> fields = schemaFields();
    List<String> declared = fields.stream().map(f -> f.getAttribute("name")).toList();
    for (DocumentField field : DocumentField.values()) {
      assertThat(declared).as("schema field for %s", field).contains(field.field());
      Element element = fields.get(declared.indexOf(field.field()));
      // Read back by fromSolr (re-tagging, the document view): every one must be stored.
      assertThat(element.getAttribute("stored")).as("%s stored", field.field()).isEqualTo("true");
    }
  }

  @Test
  void facetFieldsAreTheTaggersFacets() {
    for (FacetType type : FacetType.values()) {
      assertThat(DocumentField.of(type).field()).isEqualTo(type.field());
    }
  }

  private static List<Element> schemaFields() throws Exception {
    try (InputStream in = DocumentFieldTest.class.getResourceAsStream("/solr-config/conf/managed-schema.xml")) {
      assertThat(in).as("the configset on the test classpath").isNotNull();
      NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
          .getElementsByTagName("field");
      List<Element> fields = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        fields.add((Element) nodes.item(i));
      }
      return fields;
    }
  }
}
