package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statistical name finder shipped in the jar ({@link ActorNameModel}): it loads, it reads text in
 * the sentences the training cut, and the tagger with it finds names the rules alone miss; without
 * it the tagger is the rules alone.
 */
class ActorNameModelTest {

  private static KnowledgeBase kb;
  private static ActorNameModel model;
  /** The shipped tagger: the rules and the model. */
  private static KnowledgeBaseTagger modelTagger;
  /** The rules alone, the model loaded but not asked. */
  private static KnowledgeBaseTagger rulesTagger;

  @BeforeAll
  static void load() {
    kb = new KnowledgeBaseLoader(null).load();
    model = ActorNameModel.packaged();
    modelTagger = new KnowledgeBaseTagger(kb, NameDiscovery.NONE, OpenWorldSettings.DEFAULT, model);
    rulesTagger = new KnowledgeBaseTagger(kb, NameDiscovery.NONE, OpenWorldSettings.RULES, model);
  }

  @Test
  void thePackagedModelLoads() {
    assertThat(model.isPresent()).isTrue();
    assertThat(ActorNameModel.NONE.isPresent()).isFalse();
  }

  @Test
  void sentencesEndAtFullStopsQuestionMarksAndLineBreaks() {
    TaggedField body = rulesTagger.fields(new TaggableText(null, null, "قال الوزير إن الوضع هادئ. هل يتغير؟ لا\nربما غدا")).get(0);
    List<int[]> sentences = ActorNameModel.sentences(body);
    assertThat(sentences).extracting(s -> s[1] - s[0]).containsExactly(5, 2, 1, 2);
  }

  @Test
  void theModelFindsNamesTheRulesMiss() {
    String text = NAMES_ONLY_THE_MODEL_FINDS;
    Set<String> rules = ids(rulesTagger, text);
    Set<String> withModel = ids(modelTagger, text);
    assertThat(withModel).containsAll(rules).contains(EXPECTED);
    assertThat(rules).doesNotContain(EXPECTED);
  }

  @Test
  void aDiscoveredBodysFirstWordKeepsARootWaw() {
    // The و of وحدة and وزارتي is the word's own (waw-root-words.txt); ومنظمة's is "and".
    assertThat(ids(modelTagger, "قالت الشرطة البريطانية إن وحدة مكافحة الإرهاب تقود التحقيق في الحادث"))
        .contains("organization:وحده-مكافحه-الارهاب").doesNotContain("organization:حده-مكافحه-الارهاب");
    assertThat(ids(modelTagger, "وقالت وزارتي الخارجية والسياحة في بيان مشترك إن الزيارة ناجحة"))
        .containsExactly("organization:وزارتي-الخارجيه-والسياحه");
  }

  @Test
  void aPersonTheModelReadsFromABodysHeadIsThatBody() {
    // After the office مدير the model takes the agency for a person; its head (وكالة) makes it the body,
    // whole (وكالة's و is the word's own, waw-root-words.txt).
    assertThat(ids(modelTagger, "وقال مدير وكالة إدارة الطوارئ الفيدرالية، بروك لونغ، أثناء وجوده في فلوريدا إن الوضع صعب."))
        .contains("organization:وكاله-اداره-الطوارئ-الفيدراليه").noneMatch(id -> id.startsWith("person:"));
  }

  @Test
  void aGivenNameThatBeginsWithWhatLooksLikeACliticIsReadWhole() {
    // برزان is a given name of its own (given-names-common.txt), not ب + رزان.
    assertThat(ids(modelTagger, "وكان برزان إبراهيم الحسن الأخ غير الشقيق لصدام حسين"))
        .contains("person:برزان-ابراهيم-الحسن").doesNotContain("person:رزان-ابراهيم-الحسن");
  }

  @Test
  void aMinistryInAMinistersTitleIsNoBody() {
    // وزير الخارجية الموريتانية is the minister's office (minister-titles.txt), not Mauritania's ministry acting.
    assertThat(ids(modelTagger, "وقال وزير الخارجية الموريتانية إن بلاده قلقة")).doesNotContain("foreign-ministry-of-mr");
  }

  @Test
  void aHeadWithAWordThatMostlyTakesTheArticleNamesAKindOfBody() {
    // طيران and أمن are mostly written الطيران، الأمن (article-nouns.txt): "an airline", "security forces".
    // طهران seldom takes the article: جامعة طهران is a university's name.
    assertThat(ids(modelTagger, "وقالت شركة طيران إنها ستوقف رحلاتها. وأعلنت قوات امن أنها اعتقلت رجلا. وقالت جامعة طهران إن الطلاب عادوا."))
        .containsExactly("organization:جامعه-طهران");
  }

  @Test
  void aBodysNameBeginsAfterThePrepositionJoinedToIt() {
    // ل joined to طيران, a word mostly written with the article, is the preposition ("by the coalition's
    // air force").
    assertThat(ids(modelTagger, "ومن جهة أخرى، قُتل 12 عنصراً من المسلحين في غارات لطيران التحالف، استهدفت تعزيزات"))
        .containsExactly("organization:طيران-التحالف");
  }

  @Test
  void aKnownSurnameWithAWordOfTheSentenceIsThatPerson() {
    // The model reads عباس مرارا ("Abbas repeatedly") as a name of two words; مرارا is no name word.
    String text = "قال الرئيس الفلسطيني محمود عباس إن القدس عاصمة فلسطين. وأكد عباس مرارا أن المفاوضات انتهت";
    Enrichment enrichment = tagged(text);
    assertThat(enrichment.actors()).extracting(Tag::id).containsExactly("mahmoud-abbas");
    assertThat(enrichment.actors().get(0).evidence()).extracting(Evidence::text).contains("عباس").doesNotContain("عباس مرارا");
  }

  @Test
  void aLoneNameWordOfAKnownPersonIsThatPerson() {
    // Without it, the model's عباس would be a second value, "person:عباس", beside Mahmoud Abbas.
    String text = "أكد الرئيس الفلسطيني محمود عباس أن القدس عاصمة. وقال عباس إن القرار باطل";
    Enrichment enrichment = tagged(text);
    assertThat(enrichment.actors()).filteredOn(t -> t.id().startsWith("person:")).isEmpty();
    assertThat(enrichment.actors()).filteredOn(t -> t.id().equals("mahmoud-abbas")).singleElement()
        .satisfies(t -> assertThat(t.evidence()).extracting(Evidence::text).contains("عباس"));
  }

  @Test
  void aLinkAloneIsNoName() {
    // The model reads أبي ("my father"; Abiy Ahmed's given name) alone as a person: a link names nobody by itself.
    assertThat(ids(modelTagger, "وقالت: \"أمد لكم يدي مثلما فعل أبي عام 1992\" وأضاف.")).isEmpty();
  }

  @Test
  void aLoneGivenNameTheModelTakesIsTheFullNameWrittenBesideIt() {
    // Without it, the model's ديفيد alone would be the value, "person:ديفيد".
    String text = "وتاريخيا، طال الفساد ديفيد بنغوريون، أول رئيس وزراء لإسرائيل، إذ اتهم بالرشوة.";
    Enrichment enrichment = tagged(text);
    assertThat(enrichment.actors()).extracting(Tag::id).containsExactly("person:ديفيد-بنغوريون");
    assertThat(enrichment.actors().get(0).evidence()).extracting(Evidence::text).containsExactly("ديفيد بنغوريون");
    // After و a given name is a list's next item, whole as it stands: not "رونالدو نجمين".
    Enrichment listed = tagged("أعلم جيدا أن ميسي ورونالدو نجمين كبيرين لكنني لا أندهش من تأثيرهما.");
    assertThat(listed.actors()).extracting(Tag::id).doesNotContain("person:رونالدو-نجمين");
  }

  @Test
  void aLoneHeadIsTheOneBodyOfTheTextThatBearsIt() {
    // Without it, the model's الوزارة and التنظيم would be facet values of their own, every ministry and
    // every organisation of every text counted as one.
    Enrichment ministry = tagged(
        "أعلنت وزارة الصحة الفلسطينية مقتل ثلاثة، وقالت الوزارة في بيان إن الجرحى نقلوا إلى المستشفى");
    Enrichment organisation = tagged(
        "وأعلن تنظيم داعش مسؤوليته عن الهجوم، وقال التنظيم في بيان نشره على الإنترنت إن مقاتليه نفذوه");

    assertThat(ministry.actors()).singleElement()
        .satisfies(t -> assertThat(t.evidence()).extracting(Evidence::text).contains("الوزارة"));
    assertThat(organisation.actors()).extracting(Tag::id).containsExactly("islamic-state");
    assertThat(organisation.actors().get(0).evidence()).extracting(Evidence::text).contains("التنظيم");
  }

  @Test
  void aLoneGivenNameOfTheOnlyFullNameBeginningWithItIsThatPerson() {
    // A story calls a private person by the given name after naming him once in full: one value.
    String text = "توفي الطفل غاريت ماثياس بعد صراع مع المرض. وقال والده إن غاريت كان يحب القراءة."
        + " وأضاف أن غاريت طلب أن تُقرأ رسائله.";
    Set<String> ids = ids(modelTagger, text);
    assertThat(ids).filteredOn(id -> id.startsWith("person:")).containsExactly("person:غاريت-ماثياس");
  }

  @Test
  void oneEntityIsOneValueWhateverFormsTheRulesFindItIn() {
    // A description before a name the model took in, and the name alone after a verb of saying.
    assertThat(ids(modelTagger, "وقال القيادي الحوثي عبدالكريم الحوثي إن الجماعة مستعدة للحوار. وأضاف عبدالكريم الحوثي أن الهدنة صامدة."))
        .containsExactly("person:عبد-الكريم-الحوثي");
    // A known person's name inside a body's evidence (حكومة تيريزا ماي, the government's) is still hers.
    assertThat(ids(modelTagger, "انتقد الوزير خطة رئيسة الحكومة تيريزا ماي للخروج من الاتحاد. وقال الوزير إن خطة ماي خاطئة."))
        .containsExactlyInAnyOrder("theresa-may", "government-of-gb");
    // ولد before a known person's surname: "was born", no name of its own.
    assertThat(ids(modelTagger, "وكان مانويل فالس رئيسا للوزراء. وولد فالس في برشلونة عام 1962.")).containsExactly("manuel-valls");
    // The preposition على folds like the name علي: وعلى رأسهم is "led by", وعلى صلة "linked to".
    assertThat(ids(modelTagger, "يرجع السبب إلى عدم تجانسه على الصعيد الشخصي مع نجوم الفريق وعلى رأسهم ليونيل ميسي."))
        .containsExactly("lionel-messi");
    assertThat(ids(modelTagger, "وتتهم السلطات الصحيفة بأنها داعمة لفتح الله غولن وعلى صلة بالمحاولة الانقلابية."))
        .containsExactly("fethullah-gulen");
    // A company named with its country and then without: one company.
    assertThat(ids(modelTagger, "أعلنت شركة ديزر الفرنسية أرباحها. واستثمرت روتانا في شركة ديزر مبلغا كبيرا."))
        .containsExactlyInAnyOrder("organization:شركه-ديزر@FR", "rotana-group");
  }

  @Test
  void aLoneGivenNameTwoFullNamesBeginWithIsNoPersonOfItsOwn() {
    String text = "التقى غاريت ماثياس وغاريت بيرنز في المدينة. وقال غاريت إن اللقاء كان مثمرا.";
    Set<String> ids = ids(modelTagger, text);
    assertThat(ids).doesNotContain("person:غاريت");
  }

  @Test
  void aThresholdAboveOneLeavesThatTypeOut() {
    String text = NAMES_ONLY_THE_MODEL_FINDS;
    OpenWorldSettings organisationsOnly = OpenWorldSettings.DEFAULT.withModel(OpenWorldSettings.NEVER, 0.5, 1);
    assertThat(ids(new KnowledgeBaseTagger(kb, NameDiscovery.NONE, organisationsOnly, model), text)).doesNotContain(EXPECTED);
  }

  @Test
  void withoutTheModelNothingChanges() {
    String text = NAMES_ONLY_THE_MODEL_FINDS;
    assertThat(ids(new KnowledgeBaseTagger(kb, NameDiscovery.NONE, OpenWorldSettings.DEFAULT, ActorNameModel.NONE), text))
        .isEqualTo(ids(rulesTagger, text));
  }

  @Test
  void packedWeightsAnswerExactlyAsOpenNlpsOwnModel() throws IOException {
    ActorNameModel unpacked;
    try (InputStream in = ActorNameModel.class.getResourceAsStream(ActorNameModel.RESOURCE)) {
      unpacked = ActorNameModel.of(new TokenNameFinderModel(in));
    }
    assertThat(model.isPacked()).isTrue();
    assertThat(unpacked.isPacked()).isFalse();
    int names = 0;
    for (TaggedField field : rulesTagger.fields(new TaggableText(null, null, seedArticle()))) {
      // Every name at any probability: the same spans with the same probabilities, to the last bit.
      List<ActorNameModel.Found> found = model.find(field, 0, word -> true);
      assertThat(found).isEqualTo(unpacked.find(field, 0, word -> true));
      names += found.size();
    }
    assertThat(names).isGreaterThan(5);
  }

  @Test
  void onlySentencesWithACueAreRead() {
    TaggedField field = rulesTagger.fields(new TaggableText(null, null,
        "الطقس حار اليوم. " + NAMES_ONLY_THE_MODEL_FINDS)).get(0);
    int cueWord = field.normalised().indexOf("ماتيو");
    assertThat(model.find(field, 0.5, t -> t == cueWord)).extracting(ActorNameModel.Found::start).contains(cueWord);
    assertThat(model.find(field, 0.5, t -> t < 3)).isEmpty();
    assertThat(model.find(field, 0.5, t -> false)).isEmpty();
  }

  private static String seedArticle() throws IOException {
    try (InputStream in = ActorNameModelTest.class.getResourceAsStream("/enrich/seed-libya-us-russia.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * A name without a title or a known given name, which no rule takes. The model learnt the name
   * (from the training split's labels): at the probability the tagger asks, it finds names it has
   * seen, in contexts it has not — it does not invent names from context alone.
   */
  /** A name with no title, no comma and a family name the surname lexicon does not hold. */
  // A family name that is also a common word (حكيم): the rules take only rare words after a given name.
  private static final String NAMES_ONLY_THE_MODEL_FINDS = "وأشاد ماتيو حكيم بما قاله سيرغي لافروف";
  private static final String EXPECTED = "person:ماتيو-حكيم";

  /** What the shipped tagger makes of a text. */
  private static Enrichment tagged(String text) {
    return modelTagger.enrich(new TaggableText(null, null, text));
  }

  private static Set<String> ids(KnowledgeBaseTagger tagger, String text) {
    return new TreeSet<>(tagger.enrich(new TaggableText(null, null, text)).actors().stream().map(Tag::id).toList());
  }
}
