package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeaserFinderTest {

  private static final org.marsad.solr.analysis.ArabicNormaliser NORMALISER = new org.marsad.solr.analysis.ArabicNormaliser();
  private final TeaserFinder finder = new TeaserFinder(NORMALISER, new ActorCues(NORMALISER).commonGivenNames);

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
  void leadsAreLookedForOnlyWhereTheOutletAppendsThemOrIsUnknown() {
    String body = ARTICLE + "\n" + String.join("\n",
        "أعلنت الشرطة الهولندية، الجمعة، إطلاقها النار على مشتبه به بعد حادث طعن في محطة القطارات المركزية.",
        "تحطمت طائرة هليكوبتر عسكرية في شرق إثيوبيا، ما أسفر عن مقتل جميع الركاب.");
    int cut = finder.articleEnd(TITLE, body);
    assertThat(cut).isLessThan(body.length());
    assertThat(finder.articleEnd(TITLE, body, null)).isEqualTo(cut);
    assertThat(finder.articleEnd(TITLE, body, "CNN")).isEqualTo(cut);
    assertThat(finder.articleEnd(TITLE, body, "arabic.cnn.com")).isEqualTo(cut);
    assertThat(finder.articleEnd(TITLE, body, "CNN Arabic")).isEqualTo(cut);
    assertThat(finder.articleEnd(TITLE, body, "cnnews.example")).isEqualTo(body.length());
    assertThat(finder.articleEnd(TITLE, body, "alarabia")).isEqualTo(body.length());
    assertThat(finder.articleEnd(TITLE, body, "www.alarabiya.net")).isEqualTo(body.length());
  }

  @Test
  void theOutletIsTheSourceOrElseTheAddresssHost() {
    assertThat(TaggableText.of("t", null, "b", null, "CNN", "https://www.bbc.co.uk/x").outlet()).isEqualTo("CNN");
    assertThat(TaggableText.of("t", null, "b", null, null, "https://arabic.cnn.com/a/b").outlet()).isEqualTo("arabic.cnn.com");
    assertThat(TaggableText.of("t", null, "b", null, " ", "not a url with spaces").outlet()).isNull();
    assertThat(TaggableText.of("t", null, "b", null, null, null).outlet()).isNull();
  }

  @Test
  void aTimelinesDatedEntriesAreTheArticlesOwn() {
    String timeline = ARTICLE + "\n" + String.join("\n",
        "ديسمبر/كانون أول عام 2016: أعلنت روسيا وتركيا وإيران هدنة لوقف إطلاق النار في معظم أنحاء البلاد.",
        "6 مايو/أيار عام 2017: أعلن عن أربع مناطق لخفض التوتر تشمل محافظة إدلب والغوطة الشرقية وجنوبي سوريا.",
        "يناير/كانون ثاني 2018: تجاهلت تركيا دعوات من فرنسا ودول أخرى لهدنة في منطقة عفرين شمالي سوريا.");
    assertThat(finder.articleEnd(TITLE, timeline, "CNN")).isEqualTo(timeline.length());
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

  private static final String LEAD =
      "أعلنت الشرطة الهولندية، الجمعة، إطلاقها النار على مشتبه به بعد حادث طعن في محطة القطارات المركزية.";

  @Test
  void aClosingListIsTheArticlesOwn() {
    String squad = ARTICLE + "\n"
        + "- للدفاع: ماتيو ديبوشي (سانت اتيان) ومامادو ساكو (كريستال بالاس الإنكليزي) وكورت زوما (ستوك سيتي الإنكليزي على سبيل الإعارة)\n"
        + "-للهجوم: وسام بن يدر (إشبيلية الإسباني) وكينغسلي كومان (بايرن ميونيخ الألماني) وألكسندر لاكازيت (أرسنال الإنكليزي) وأنطوني مارسيال.";
    String countries = ARTICLE + "\n"
        + "أفغانستان والبحرين وبنغلاديش وروسيا البيضاء وبوتسوانا وتشاد والصين ومصر وغينيا الاستوائية والهند وإندونيسيا.\n"
        + "أنتيغوا وباربودا والبهاماس وباربادوس وبليز وجزر القمر وكوبا والكونغو الديمقراطية والدومينيكان وإثيوبيا وغامبيا.";
    String timeline = ARTICLE + "\n2018\n"
        + "11 فبراير/ شباط: تحطمت طائرة روسية من طراز أنتونوف بعد دقائق من إقلاعها من مطار ديموديدوفو في موسكو.\n2016\n"
        + "25 ديسمبر/كانون أول: تحطمت طائرة عسكرية روسية في البحر الأسود، ما أدى لمقتل 92 شخصا على متنها.";
    assertThat(finder.articleEnd(TITLE, squad)).isEqualTo(squad.length());
    assertThat(finder.articleEnd(TITLE, countries)).isEqualTo(countries.length());
    assertThat(finder.articleEnd(TITLE, timeline)).isEqualTo(timeline.length());
  }

  @Test
  void aClosingQuestionOrAShortLineIsNoLead() {
    String question = ARTICLE + "\n" + LEAD + "\n"
        + "أمام هذا الواقع.. هل يعد قرار الاستغناء عن العمالة الأجنبية أمرا منطقيا؟ وكيف ستستطيع الشركات تحمل الأعباء؟";
    String shortLines = ARTICLE + "\n*نقلا عن \"المدينة\" السعودية\n** جميع المقالات المنشورة تمثل رأي كتابها فقط.";
    assertThat(finder.articleEnd(TITLE, question)).isEqualTo(question.length());
    assertThat(finder.articleEnd(TITLE, shortLines)).isEqualTo(shortLines.length());
  }

  @Test
  void aLeadMayQuoteAQuestion() {
    String leads = LEAD + "\n"
        + "طرحت وزيرة الخارجية الأسبق، هيلاري كلينتون، الأحد، تساؤلها حول مجريات التحقيق، قائلة: \"أين التحقيق في ذلك؟\" ولم تضف.";
    String body = ARTICLE + "\n" + leads;
    assertThat(body.substring(0, finder.articleEnd(TITLE, body)).strip()).isEqualTo(ARTICLE);
  }

  @Test
  void onAPageThatAppendsLeadsALeadMayOpenWithAQuestionItGoesOnToAnswer() {
    String asks = "هل تدمن على استخدام فيسبوك أو انستغرام، وتقضي ساعات طويلة عليهما؟ "
        + "سيتغير ذلك من اليوم فصاعدا، فقد أعلنت فيسبوك عن أدوات جديدة تحد من الإدمان على استخدام المنصتين.";
    assertLeadsCut("CNN", asks, LEAD, LEAD);
    // Of unknown origin the line is the article's own, and so is a question left unanswered.
    assertNothingCut(null, asks, LEAD);
    String closing = "هل تتغير عادات المستخدمين بعد إعلان فيسبوك عن أدوات جديدة تحد من الإدمان على استخدام المنصتين؟";
    String body = ARTICLE + "\n" + closing + "\n" + LEAD + "\n" + LEAD;
    assertThat(body.substring(0, finder.articleEnd(TITLE, body, "CNN")).strip()).isEqualTo(ARTICLE + "\n" + closing);
  }

  /** Two leads of the article's own affair (a visit to Cairo about Libya), as CNN appends them. */
  private static final String SAME_AFFAIR = String.join("\n",
      "بحث وزير الخارجية الأمريكي مع نظيره المصري في القاهرة الأزمة الليبية وأمن الحدود بين البلدين والحل السياسي.",
      "أكد وزير الخارجية المصري أن مصر تدعم الحل السياسي في ليبيا وأن المحادثات مع الوزير الأمريكي تناولت الأزمة.");

  @Test
  void onAPageThatAppendsLeadsLeadsOfTheSameAffairAreCutToo() {
    assertLeadsCut("CNN", SAME_AFFAIR);
    // Of unknown origin, lines that share the article's words are its own closing paragraphs.
    assertNothingCut(null, SAME_AFFAIR);
  }

  @Test
  void aLeadThatNamesItsDayOpensAStoryWhereverThePageComesFrom() {
    assertLeadsCut(null,
        "بحث وزير الخارجية الأمريكي، الاثنين، مع نظيره المصري في القاهرة الأزمة الليبية وأمن الحدود والحل السياسي.",
        "أكد وزير الخارجية المصري، الثلاثاء، أن مصر تدعم الحل السياسي في ليبيا وأن المحادثات تناولت الأزمة.");
  }

  @Test
  void aVerbWhoseRootBeginsWithWawOpensALeadButAConjunctionDoesNot() {
    String wawVerb = "وجَّهت ميلانيا ترامب، زوجة الرئيس الأمريكي، رسالة شكر إلى الرئيس المصري وزوجته على استضافتها خلال زيارتها.";
    String conjunction = "وقالت ميلانيا ترامب، زوجة الرئيس الأمريكي، في رسالة شكر إلى الرئيس المصري إنها سعدت بزيارتها إلى القاهرة.";
    assertLeadsCut("CNN", wawVerb, LEAD);
    assertNothingCut("CNN", conjunction, LEAD);
  }

  @Test
  void inAndFromOpenLeadsButTheirLinkingPhrasesContinueTheArticle() {
    String lead = "من جديد عاد علاء مبارك، نجل الرئيس المصري الأسبق، الخميس، للحديث عن صورة والده التي تداولها مستخدمون.";
    String link = "من جهته، قال المتحدث باسم الخارجية المصرية إن الوزيرين اتفقا على مواصلة التشاور بشأن الأزمة الليبية.";
    String inLead = "في أول رد فعل له على ما تداولته القنوات بشأن المناهج الدراسية الجديدة، وصف وزير التربية الانتقادات بالمغلوطة.";
    assertLeadsCut("CNN", inLead, lead, LEAD);
    assertNothingCut("CNN", link, LEAD);
  }

  @Test
  void aLineOpeningWithAPersonsNameOrAHeadlineWithoutPunctuationIsNoLead() {
    String named = "محمد عبد السلام، الذي كان من المقرر أن يقود الوفد، كتب على تويتر أن نقل الجرحى في الطائرة أمر طبيعي.";
    String headline = "الجيش اللبناني يسيطر على مخيم نهر البارد بعد القضاء على تنظيم فتح الإسلام في شمال البلاد";
    assertNothingCut("CNN", named, LEAD);
    assertNothingCut("CNN", headline, LEAD);
  }

  @Test
  void numberedPointsAreTheArticlesOwnEvenOnAPageThatAppendsLeads() {
    String first = "1- حجم ومدى تعقيد مثل هذه الخطوة: يسعى المسؤولون السعوديون إلى الوصول إلى قيمة تريليوني دولار، وعبر بيع حصة صغيرة.";
    String second = "2- آمال ارتفاع أسعار النفط، حيث تذبذبت الأسعار منذ هبوطها بشكل حاد إلى 26 دولارا للبرميل في العام 2016.";
    String third = "3) تطوير سوق الأسهم السعودية، حيث قال وزير الطاقة السعودي في مقابلة، الخميس، إن المملكة تنتظر التصنيف.";
    assertNothingCut("CNN", first, second, third);
  }

  /** ARTICLE followed by {@code lines} on a page of {@code outlet} (null: unknown) ends where ARTICLE does. */
  private void assertLeadsCut(String outlet, String... lines) {
    String body = ARTICLE + "\n" + String.join("\n", lines);
    assertThat(body.substring(0, finder.articleEnd(TITLE, body, outlet)).strip()).isEqualTo(ARTICLE);
  }

  /** ARTICLE followed by {@code lines} on a page of {@code outlet} (null: unknown) is kept whole. */
  private void assertNothingCut(String outlet, String... lines) {
    String body = ARTICLE + "\n" + String.join("\n", lines);
    assertThat(finder.articleEnd(TITLE, body, outlet)).isEqualTo(body.length());
  }
}
