package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicMorphology.Reading;
import org.marsad.solr.analysis.ArabicNormaliser;

class PhraseDictionaryTest {

  private final ArabicNormaliser normaliser = new ArabicNormaliser();
  private final PhraseDictionary<String> dictionary = new PhraseDictionary<>(normaliser);

  /** Each match as "value@first+count/prefix", in text order. */
  private List<String> find(String text) {
    List<String> words = new ArrayList<>();
    List<List<Reading>> readings = new ArrayList<>();
    for (TextToken token : TextToken.tokenize(text)) {
      String key = normaliser.fold(token.text());
      words.add(key);
      readings.add(ArabicMorphology.PLAIN.readings(key, token.text()));
    }
    return dictionary.find(words, readings).stream()
        .map(m -> String.join("|", m.values()) + "@" + m.first() + "+" + m.count() + "/" + m.prefix())
        .toList();
  }

  @Test
  void theLongestPhraseWinsAndMatchesDoNotOverlap() {
    dictionary.add("مجلس الأمن", "unsc");
    dictionary.add("مجلس الأمن الدولي", "unsc-full");
    dictionary.add("الدولي", "intl");

    assertThat(find("اجتمع مجلس الأمن الدولي أمس")).containsExactly("unsc-full@1+3/");
    assertThat(find("اجتمع مجلس الأمن أمس والدولي")).containsExactly("unsc@1+2/", "intl@4+1/و");
  }

  @Test
  void aWordOnTheWayToAPhraseIsNoMatchByItself() {
    dictionary.add("وزارة الخارجية الأمريكية", "state");

    assertThat(find("وزارة الخارجية قالت")).isEmpty();
    assertThat(dictionary.contains("وزارة الخارجية")).isFalse();
    assertThat(dictionary.contains("وزارة الخارجية الأمريكية")).isTrue();
  }

  @Test
  void theFirstWordMayCarryCliticsAndTheLamOfTheArticle() {
    dictionary.add("الأمم المتحدة", "un");
    dictionary.add("روسيا", "ru");

    assertThat(find("وللأمم المتحدة ولروسيا")).containsExactly("un@0+2/ول", "ru@2+1/ول");
  }

  @Test
  void aStarredPhraseTakesAnyEndingOfItsLastWordAndAWholePhraseWinsATie() {
    dictionary.add("انتخاب*", "elections");
    dictionary.add("العقوبات الأمريك*", "sanctions");
    dictionary.add("العقوبات الأمريكية", "exact");

    assertThat(find("الانتخابات والعقوبات الأمريكيتين")).containsExactly("elections@0+1/ال", "sanctions@1+2/و");
    assertThat(find("العقوبات الأمريكية")).containsExactly("exact@0+2/");
    // A stem shorter than three letters matches nothing: انت* would be no term.
    assertThat(find("انت")).isEmpty();
  }

  @Test
  void aPhraseMayStandForSeveralValuesOnce() {
    dictionary.add("اتفاق", "diplomacy");
    dictionary.add("اتفاق", "economy");
    dictionary.add("اتفاق", "diplomacy");
    dictionary.add("الاتفاق", "article");

    assertThat(find("باتفاق")).containsExactly("diplomacy|economy@0+1/ب");
    // The word as written is read first: الاتفاق is a phrase of its own.
    assertThat(find("الاتفاق")).containsExactly("article@0+1/");
  }

  @Test
  void anEmptyPhraseIsRefused() {
    assertThat(dictionary.add(" ، ", "nothing")).isFalse();
    assertThat(dictionary.contains("")).isFalse();
    assertThat(find("أي شيء")).isEmpty();
  }
}
