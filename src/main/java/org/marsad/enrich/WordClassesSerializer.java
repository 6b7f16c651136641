package org.marsad.enrich;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Reads and writes the name model's word classes (the dictionary its word-class features look up)
 * inside the model archive without closing the archive's stream. OpenNLP's own serializer closes the
 * stream it is given, so no entry after the word classes could be written or read. The model's
 * manifest names this class for its word classes; OpenNLP instantiates it by name, hence public.
 */
public final class WordClassesSerializer implements ArtifactSerializer<WordClusterDictionary> {

  @Override
  public WordClusterDictionary create(InputStream in) throws IOException {
    return new WordClusterDictionary(new FilterInputStream(in) {
      @Override
      public void close() {
        // The archive's stream stays open for its next entry.
      }
    });
  }

  @Override
  public void serialize(WordClusterDictionary artifact, OutputStream out) throws IOException {
    artifact.serialize(new FilterOutputStream(out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    });
  }
}
