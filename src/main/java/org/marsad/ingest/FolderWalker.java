package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A folder walked recursively; its regular files, sorted by relative path, are read lazily from
 * disk (an {@link IngestSource.OnDisk} each, streamed to the parser).
 *
 * @param folder the folder
 */
public record FolderWalker(Path folder) implements BatchInput {

  @Override
  public List<String> names() throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("The folder " + folder.getFileName() + " no longer exists");
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile)
          .map(f -> folder.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @Override
  public void feed(Set<String> skip, int chunkSize, Consumer<List<IngestSource>> chunk) throws IOException {
    List<IngestSource> batch = new ArrayList<>(chunkSize);
    for (String name : names()) {
      if (skip.contains(name)) {
        continue;
      }
      batch.add(IngestSource.ofPath(name, folder.resolve(name)));
      if (batch.size() == chunkSize) {
        chunk.accept(List.copyOf(batch));
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      chunk.accept(List.copyOf(batch));
    }
  }
}
