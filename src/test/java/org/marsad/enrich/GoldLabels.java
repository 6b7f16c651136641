package org.marsad.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One document's labels as the labelling guide (eval/LABELS.md) defines them, read from a JSONL
 * line: {@code {"docno", "split"?, "countries", "actors": [{"name", "type", "surface"}], "topics"}}.
 * The surfaces are kept for the annotator and for name-finder training; scoring compares actors by
 * their canonical {@code name}, and a discovered actor (one the knowledge base lacks) by its surfaces.
 *
 * @param split which part of a labelled set the document belongs to
 */
public record GoldLabels(
    String docno, Split split, Set<String> countries, List<Actor> actors, Set<String> topics) {

  /**
   * The parts of a labelled set. Rules and weights are tuned on {@code TRAIN}; {@code VALIDATION}
   * is only ever scored; {@code HOLDOUT} is only ever scored too, and was labelled after the
   * validation split had been scored several times, so it is text no choice was made on;
   * {@code DEV} is a set without a split (the development set every rule so far was written
   * against, so it is train-like).
   */
  public enum Split {
    TRAIN, VALIDATION, HOLDOUT, DEV;

    /** Whether the part is only ever scored: nothing may be learnt or tuned on it. */
    public boolean scoredOnly() {
      return this == VALIDATION || this == HOLDOUT;
    }

    static Split of(String value) {
      return value == null ? DEV : valueOf(value.toUpperCase(Locale.ROOT));
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A labelled actor: its canonical (English Wikipedia) name, whether a person or organisation, and
   * how the article writes it.
   */
  public record Actor(String name, String type, List<String> surfaces) {

    public Actor(String name, String type) {
      this(name, type, List.of());
    }

    public Actor {
      surfaces = surfaces == null ? List.of() : List.copyOf(surfaces);
    }
  }

  public GoldLabels {
    countries = Set.copyOf(countries);
    actors = List.copyOf(actors);
    topics = Set.copyOf(topics);
  }

  /**
   * A labels file, or every {@code .jsonl} file of a folder in name order: a labelled set kept in
   * several files (eval/news-2018-labels/: train parts, validation, holdout), each small enough to
   * review and to keep in the repository.
   */
  public static List<Path> files(Path fileOrFolder) throws IOException {
    if (!Files.isDirectory(fileOrFolder)) {
      return List.of(fileOrFolder);
    }
    try (Stream<Path> listed = Files.list(fileOrFolder)) {
      return listed.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  /** Reads the labels of a file or of a folder's files ({@link #files}). */
  public static List<GoldLabels> read(Path fileOrFolder) throws IOException {
    List<GoldLabels> all = new ArrayList<>();
    for (Path file : files(fileOrFolder)) {
      try (InputStream in = Files.newInputStream(file)) {
        all.addAll(read(in));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
      }
    }
    return all;
  }

  /** Reads every non-blank line; a line that is not a label set fails with its line number. */
  public static List<GoldLabels> read(InputStream jsonl) {
    ObjectMapper json = new ObjectMapper();
    List<GoldLabels> all = new ArrayList<>();
    try {
      String[] lines = new String(jsonl.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          all.add(parse(json, lines[i], i + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  private static GoldLabels parse(ObjectMapper json, String line, int number) throws IOException {
    JsonNode node = json.readTree(line);
    if (!node.hasNonNull("docno") || !node.has("countries") || !node.has("actors") || !node.has("topics")) {
      throw new IllegalArgumentException("Line " + number + " lacks docno, countries, actors or topics");
    }
    List<Actor> actors = new ArrayList<>();
    node.get("actors").forEach(a -> {
      List<String> surfaces = new ArrayList<>();
      a.path("surface").forEach(x -> surfaces.add(x.asText()));
      actors.add(new Actor(a.get("name").asText(), a.get("type").asText(), surfaces));
    });
    JsonNode split = node.get("split");
    return new GoldLabels(node.get("docno").asText(), Split.of(split == null ? null : split.asText()),
        texts(node.get("countries")), actors, texts(node.get("topics")));
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> values = new LinkedHashSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
