package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * {@link PackedMaxentModel} answers as OpenNLP's {@link GISModel} to the last bit: features it knows,
 * features it does not, repeated features and weighted ones.
 */
class PackedMaxentModelTest {

  private static final String[] OUTCOMES = {"person-start", "person-cont", "other"};
  /** Features weigh some outcomes only, as a trained model's do. */
  private static final GISModel GIS = new GISModel(new Context[] {
      new Context(new int[] {0, 2}, new double[] {1.25, -0.5}),
      new Context(new int[] {1}, new double[] {0.731}),
      new Context(new int[] {0, 1, 2}, new double[] {-2.0, 0.125, 3.0e-3}),
      new Context(new int[] {2}, new double[] {0.9}),
  }, new String[] {"w=ترامب", "p1w=دونالد", "suf=مب", "po=other"}, OUTCOMES);
  private static final MaxentModel PACKED = PackedMaxentModel.pack(GIS);

  @ParameterizedTest(name = "features [{0}]")
  @CsvSource(delimiter = '|', value = {
      "w=ترامب",
      "w=ترامب p1w=دونالد suf=مب po=other",
      "w=بايدن",
      "w=بايدن suf=مب",
      "suf=مب suf=مب po=other",
      "''",
  })
  void answersAsOpenNlp(String features) {
    String[] context = features.isEmpty() ? new String[0] : features.split(" ");
    assertThat(PACKED.eval(context)).containsExactly(GIS.eval(context));
    assertThat(PACKED.eval(context, new double[OUTCOMES.length])).containsExactly(GIS.eval(context));
    float[] values = new float[context.length];
    java.util.Arrays.fill(values, 0.5f);
    assertThat(PACKED.eval(context, values)).containsExactly(GIS.eval(context, values));
  }

  /** A beam's contexts share their word features and differ in the previous outcomes at the end. */
  @Test
  void aReaderAnswersAsOpenNlpWhateverItReadBefore() {
    PackedMaxentModel reader = ((PackedMaxentModel) PACKED).reader();
    String[][] contexts = {
        {"w=ترامب", "p1w=دونالد", "po=other"},
        {"w=ترامب", "p1w=دونالد", "po=person-start"},
        {"w=ترامب", "p1w=دونالد"},
        {"w=ترامب", "p1w=دونالد", "suf=مب", "po=other"},
        {"w=بايدن", "p1w=دونالد", "suf=مب", "po=other"},
        {},
        {"suf=مب", "suf=مب", "suf=مب", "w=ترامب", "po=other", "w=ترامب", "p1w=دونالد", "suf=مب", "po=other"},
        {"w=ترامب"},
    };
    String[] many = new String[200];
    java.util.Arrays.fill(many, "suf=مب");
    for (String[] context : java.util.stream.Stream.concat(java.util.Arrays.stream(contexts), java.util.stream.Stream.of(many, many)).toList()) {
      assertThat(reader.eval(context, new double[OUTCOMES.length])).containsExactly(GIS.eval(context));
    }
  }

  @Test
  void outcomesAreTheModels() {
    assertThat(PACKED.getNumOutcomes()).isEqualTo(3);
    assertThat(PACKED.getIndex("other")).isEqualTo(2);
    assertThat(PACKED.getOutcome(1)).isEqualTo("person-cont");
    double[] probs = PACKED.eval(new String[] {"w=ترامب"});
    assertThat(PACKED.getBestOutcome(probs)).isEqualTo(GIS.getBestOutcome(probs));
  }

  @Test
  void fingerprintsTellFeaturesApart() {
    assertThat(PackedMaxentModel.fingerprint("w=ترامب")).isNotEqualTo(PackedMaxentModel.fingerprint("w=ترامپ"))
        .isEqualTo(PackedMaxentModel.fingerprint(new String("w=ترامب")));
  }
}
