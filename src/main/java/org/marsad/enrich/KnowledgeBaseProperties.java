package org.marsad.enrich;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the knowledge base is read from ({@code marsad.knowledge-base.*}).
 *
 * @param dir a directory whose countries.yaml, actors.yaml, topics.yaml or not-names.yaml replace the
 *     packaged ones (edit them there, then {@code POST /api/admin/knowledge-base/reload}); unset to
 *     use the packaged files only
 */
@ConfigurationProperties("marsad.knowledge-base")
public record KnowledgeBaseProperties(Path dir) {

  public KnowledgeBaseProperties {
    if (dir != null && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "marsad.knowledge-base.dir is " + dir.toAbsolutePath() + ", which is not a directory");
    }
  }
}
