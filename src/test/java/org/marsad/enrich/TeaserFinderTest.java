package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeaserFinderTest {

  private final TeaserFinder finder = new TeaserFinder(new org.marsad.solr.analysis.ArabicNormaliser());

  private static final String TITLE = "وزير الخارجية الأمريكي يزور القاهرة لبحث الأزمة الليبية";
  private static final String ARTICLE = String.join("\n",
      "وصل وزير الخارجية الأمريكي إلى القاهرة، الأحد، في زيارة يبحث خلالها الأزمة الليبية مع نظيره المصري.",
      "وقال الوزير إن بلاده تدعم الحل السياسي في ليبيا وتعمل مع مصر على إنهاء الأزمة.",
      "وأضاف أن المحادثات تناولت أيضا أمن الحدود والتعاون الاقتصادي بين البلدين.");

  @Test
  void trailingLeadsOfOtherStoriesAreCut() {
    String leads = String.join("\n",
        "أعلنت الشرطة الهولندية، الجمعة، إطلاقها النار على مشتبه به بعد حادث طعن في محطة القطارات المركزية.",
        "تحطمت طائرة هليكوبتر عسكرية في شرق إثيوبيا، ما أسفر عن مقتل جميع الركاب.");
    String body = ARTICLE + "\n" + leads;
    assertThat(body.substring(0, finder.articleEnd(TITLE, body)).strip()).isEqualTo(ARTICLE);
  }

  @Test
  void anArticleThatEndsWithItsOwnParagraphsKeepsThem() {
    assertThat(finder.articleEnd(TITLE, ARTICLE)).isEqualTo(ARTICLE.length());
  }

  @Test
  void oneStrayLineIsNotEnoughToCut() {
    String body = ARTICLE + "\nتحطمت طائرة هليكوبتر عسكرية في شرق إثيوبيا، ما أسفر عن مقتل جميع الركاب.";
    assertThat(finder.articleEnd(TITLE, body)).isEqualTo(body.length());
  }

  @Test
  void aParagraphOpeningWithAConnectiveContinuesTheArticle() {
    String body = ARTICLE + "\n"
        + "بالإضافة إلى ذلك، بحث الوزير مع المسؤولين المصريين تمويل مشاريع للطاقة في جنوب البلاد.\n"
        + "أعلنت الشرطة الهولندية، الجمعة، إطلاقها النار على مشتبه به بعد حادث طعن في محطة القطارات المركزية.\n"
        + "تحطمت طائرة هليكوبتر عسكرية في شرق إثيوبيا، ما أسفر عن مقتل جميع الركاب.";
    assertThat(body.substring(0, finder.articleEnd(TITLE, body))).contains("بالإضافة إلى ذلك");
  }
}
