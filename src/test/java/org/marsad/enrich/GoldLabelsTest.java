package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldLabelsTest {

  private static final String TRAIN = """
      {"docno": "A-1", "split": "train", "countries": ["LY"], "actors": [], "topics": []}
      {"docno": "A-2", "split": "train", "countries": [], "actors": [{"name": "Khalifa Haftar", "type": "person", "surface": ["حفتر"]}], "topics": ["armed-conflict"]}
      """;
  private static final String VALIDATION = """
      {"docno": "B-1", "split": "validation", "countries": [], "actors": [], "topics": []}
      """;

  @Test
  void aFolderIsReadFileByFileInNameOrder(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("validation.jsonl"), VALIDATION);
    Files.writeString(folder.resolve("train-1.jsonl"), TRAIN);
    Files.writeString(folder.resolve("README.md"), "not labels");

    assertThat(GoldLabels.read(folder)).extracting(GoldLabels::docno).containsExactly("A-1", "A-2", "B-1");
    assertThat(GoldLabels.read(folder.resolve("validation.jsonl"))).singleElement()
        .extracting(GoldLabels::split).isEqualTo(GoldLabels.Split.VALIDATION);
  }

  @Test
  void aBadLineNamesItsFileAndLine(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("train-2.jsonl"), TRAIN + "{\"docno\": \"A-3\"}\n");

    assertThatThrownBy(() -> GoldLabels.read(folder))
        .hasMessageContaining("train-2.jsonl").hasMessageContaining("Line 3");
  }
}
