package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import org.junit.jupiter.api.Test;

class WordClassesSerializerTest {

  private final WordClassesSerializer serializer = new WordClassesSerializer();

  @Test
  void theWordClassesAndTheEntryAfterThemSurviveAModelArchive() throws IOException {
    WordClusterDictionary classes = new WordClusterDictionary(
        new ByteArrayInputStream("ترامب c1\nماكرون c1\nوزاره c7\n".getBytes(StandardCharsets.UTF_8)));
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(archive)) {
      zip.putNextEntry(new ZipEntry("word-classes.clusters"));
      serializer.serialize(classes, zip);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("next"));
      zip.write("after".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.toByteArray()))) {
      zip.getNextEntry();
      WordClusterDictionary read = serializer.create(zip);
      zip.closeEntry();
      assertThat(read.lookupToken("ماكرون")).isEqualTo("c1");
      assertThat(read.lookupToken("وزاره")).isEqualTo("c7");
      assertThat(zip.getNextEntry().getName()).isEqualTo("next");
      assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("after");
    }
  }
}
