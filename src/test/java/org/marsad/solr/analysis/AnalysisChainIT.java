package org.marsad.solr.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase.AnalysisPhase;
import org.apache.solr.client.solrj.response.AnalysisResponseBase.TokenInfo;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain as Solr's field-analysis API ({@code /solr/<core>/analysis/field}, the Admin UI's
 * Analysis screen) shows it, on a core built from {@code solr-config/}: proof that the configset
 * loads the custom filter and that each field type does what its comment says.
 */
class AnalysisChainIT {

  private static final String SENTENCE = "وقال المتحدثُ إنّ حكومتَها أرسلت ٣ مقاتلين لليبيا والروسية";

  @TempDir static Path home;
  static SolrTestNode solr;

  @BeforeAll
  static void start() throws Exception {
    solr = SolrTestNode.start(home);
    solr.createCore("news", SolrTestNode.CONFIGSET);
  }

  @AfterAll
  static void stop() throws IOException {
    solr.close();
  }

  @Test
  void stemmedFieldRemovesCliticsStopwordsAndMapsNisbaToTheCountry() throws Exception {
    FieldAnalysisResponse.Analysis analysis = analyse("text_ar", SENTENCE, SENTENCE);
    assertThat(terms(analysis.getIndexPhases()))
        .containsExactly("قال", "متحدث", "حكوم", "ارسلت", "3", "مقاتل", "ليبيا", "روسيا");
    assertThat(terms(analysis.getQueryPhases()))
        .containsExactly("قال", "متحدث", "حكوم", "ارسلت", "3", "مقاتل", "ليبيا", "روسيا");
    assertThat(lastPhase(analysis.getIndexPhases()).getClassName())
        .isEqualTo(ArabicCliticStemFilter.class.getName());
  }

  @Test
  void stacksTheStemOfAnAmbiguousClitic() throws Exception {
    FieldAnalysisResponse.Analysis analysis = analyse("text_ar", "نداء لمقاتلين", "لمقاتلين");
    List<TokenInfo> tokens = lastPhase(analysis.getIndexPhases()).getTokens();
    assertThat(tokens).extracting(TokenInfo::getText).containsExactly("نداء", "لمقاتل", "مقاتل");
    assertThat(tokens).extracting(TokenInfo::getPosition).containsExactly(1, 2, 2);
    assertThat(terms(analysis.getQueryPhases())).containsExactly("لمقاتل", "مقاتل");
  }

  @Test
  void exactFieldNormalisesWithoutStemmingAndKeepsStopwordsInTheIndex() throws Exception {
    FieldAnalysisResponse.Analysis analysis = analyse("text_ar_exact", SENTENCE, SENTENCE);
    assertThat(terms(analysis.getIndexPhases()))
        .containsExactly("وقال", "المتحدث", "ان", "حكومتها", "ارسلت", "3", "مقاتلين", "لليبيا", "والروسيه");
    assertThat(lastPhase(analysis.getIndexPhases()).getTokens()).extracting(TokenInfo::getEnd)
        .as("offsets span the original words, diacritics included").contains(SENTENCE.indexOf("ها ") + 2);
    assertThat(terms(analysis.getQueryPhases())).doesNotContain("ان");
  }

  @Test
  void namesFieldKeepsNamesAndTurnsLatinSpellingsIntoThem() throws Exception {
    FieldAnalysisResponse.Analysis analysis =
        analyse("text_ar_names", "وصل حفتر إلى طُبْرُق قادما من بنغازي", "Haftar in Tobruk حفتر");
    assertThat(terms(analysis.getIndexPhases())).containsExactly("حفتر", "طبرق", "بنغازي");
    assertThat(terms(analysis.getQueryPhases())).containsExactly("حفتر", "طبرق");
  }

  private static FieldAnalysisResponse.Analysis analyse(String type, String value, String query)
      throws Exception {
    FieldAnalysisRequest request = new FieldAnalysisRequest();
    request.addFieldType(type);
    request.setFieldValue(value);
    request.setQuery(query);
    FieldAnalysisResponse response = request.process(solr.client(), "news");
    return response.getFieldTypeAnalysis(type);
  }

  private static List<String> terms(Iterable<AnalysisPhase> phases) {
    return lastPhase(phases).getTokens().stream().map(TokenInfo::getText).toList();
  }

  private static AnalysisPhase lastPhase(Iterable<AnalysisPhase> phases) {
    AnalysisPhase last = null;
    for (AnalysisPhase phase : phases) {
      last = phase;
    }
    return last;
  }
}
