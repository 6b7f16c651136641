package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.marsad.index.DocumentIndex;
import org.marsad.search.SearchFixture;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reference search page in headless Chromium against the real app and Solr: suggestions,
 * multi-select and excluded facets, paging, the document view, both languages. Screenshots go to
 * {@code target/screenshots/}. Fails when Debian's chromium and chromium-driver are missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SearchPageIT {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    Path dataDir = Files.createTempDirectory("marsad-page-it");
    registry.add("marsad.data-dir", dataDir::toString);
  }

  @LocalServerPort int port;
  @Autowired DocumentIndex index;
  @Autowired org.marsad.config.MarsadProperties marsad;
  @Autowired org.marsad.solr.SolrConnection solr;
  ChromeDriver browser;
  WebDriverWait wait;
  Path profile;

  @BeforeAll
  void start() throws Exception {
    // Fails, never skips: a browser test that quietly skips in CI tests nothing.
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      throw new IllegalStateException("The browser test needs Debian's headless Chromium: "
          + CHROMIUM + " and " + CHROMEDRIVER + " must be executable"
          + " (apt-get install chromium chromium-driver, as .ci/run does)");
    }
    SearchFixture.load(index);
    profile = Files.createTempDirectory("marsad-chromium");
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getPath());
    ChromeOptions options = new ChromeOptions();
    // Debian's browser and driver, given explicitly: Selenium Manager never downloads anything.
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=ar");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  @org.junit.jupiter.api.Order(1)
  void searchWithSuggestionsFacetsExclusionPagingAndTheDocumentView() throws IOException {
    open("/");
    waitForTotal(SearchFixture.SIZE);
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");

    // Typing part of a name in Arabic script suggests the actor; picking it filters by it.
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("حفت");
    By haftar = By.cssSelector("#suggestions li[data-type='actor'][data-id='khalifa-haftar']");
    wait.until(ExpectedConditions.elementToBeClickable(haftar)).click();
    wait.until(ExpectedConditions.urlContains("actor=khalifa-haftar"));
    waitForTotal(3);
    assertThat(count("country", "EG")).isEqualTo(2);
    assertThat(count("country", "LY")).isEqualTo(3);

    // Multi-select: choosing Egypt narrows the hits but leaves the country counts as they were.
    facetBox("country", "EG").click();
    waitForTotal(2);
    assertThat(count("country", "LY")).isEqualTo(3);
    facetBox("country", "EG").click();
    waitForTotal(3);

    // Exclusion: dropping Egypt leaves the one report without it, and a negative chip says so.
    browser.findElement(By.cssSelector(".facet[data-facet='country'] button[data-exclude='EG']")).click();
    waitForTotal(1);
    assertThat(browser.getCurrentUrl()).contains("notCountry=EG");
    assertThat(browser.findElement(By.cssSelector(".facet[data-facet='country'] li[data-id='EG']")).getAttribute("class"))
        .contains("excluded");
    assertThat(browser.findElements(By.cssSelector("#chips .chip.not"))).hasSize(1);
    open("/?actor=khalifa-haftar");
    waitForTotal(3);
    screenshot("search-ar-desktop");

    // Paging through all twelve.
    open("/?sort=newest");
    waitForTotal(SearchFixture.SIZE);
    assertThat(browser.findElements(By.cssSelector("#hits .hit"))).hasSize(10);
    browser.findElement(By.cssSelector("#pager button[data-page='next']")).click();
    wait.until(ExpectedConditions.urlContains("page=1"));
    wait.until(d -> d.findElements(By.cssSelector("#hits .hit")).size() == 2);

    // The document view highlights the tagger's evidence; a tag focuses its mentions.
    open("/?q=" + "حفتر");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits .hit[data-id='d04'] h3 a"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doc")));
    wait.until(d -> !d.findElements(By.cssSelector("#doc-text mark.ev.actor")).isEmpty());
    List<WebElement> marks = browser.findElements(By.cssSelector("#doc-text mark.ev"));
    assertThat(marks).extracting(WebElement::getText).contains("خليفة حفتر", "فايز السراج", "روسيا");
    browser.findElement(By.cssSelector(".doc-tags li[data-key='actor:fayez-al-sarraj']")).click();
    assertThat(browser.findElement(By.cssSelector("#doc-text mark[data-key='actor:fayez-al-sarraj']")).getAttribute("class"))
        .contains("focus");
    assertThat(browser.getCurrentUrl()).contains("doc=d04");
    screenshot("document-ar-desktop");

    // English: the same state, labels in English, left to right.
    browser.findElement(By.id("doc-lang")).click();
    wait.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".doc-tags"), "Khalifa Haftar"));
    screenshot("document-en-desktop");
    open("/?lang=en&country=LY&notTopic=sanctions&dates=year");
    waitForTotal(9);
    assertThat(browser.findElement(By.cssSelector(".facet[data-facet='country'] h2")).getText()).isEqualTo("Countries");
    screenshot("search-en-desktop");

    // Phone width: filters fold away above the results.
    browser.manage().window().setSize(new Dimension(390, 844));
    open("/?q=" + "ليبيا");
    waitForAnyTotal();
    screenshot("search-ar-phone");
    open("/?lang=en&topic=diplomacy");
    waitForTotal(3);
    screenshot("search-en-phone");
    browser.manage().window().setSize(new Dimension(1366, 900));
  }

  /** After the search test: it adds documents, which would change that test's counts. */
  @Test
  @org.junit.jupiter.api.Order(2)
  void hostileDocumentsAndATamperedSolrCannotRunScriptInThePage() throws Exception {
    // Solr's highlighter told to stop escaping, as an attacker with Solr access did before.
    java.util.Properties users = new java.util.Properties();
    try (var in = Files.newInputStream(marsad.dataDir().resolve(org.marsad.solr.SolrSecurity.CREDENTIALS_FILE))) {
      users.load(in);
    }
    var tamper = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
            solr.nodeBaseUrl() + "/" + solr.collection() + "/config/params"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
            (users.getProperty("admin.username") + ":" + users.getProperty("admin.password")).getBytes()))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
            "{\"update\":{\"relevance\":{\"hl.encoder\":\"default\"}}}")).build();
    assertThat(java.net.http.HttpClient.newHttpClient().send(tamper,
        java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    org.marsad.api.ApiClient api = new org.marsad.api.ApiClient(port, org.marsad.MarsadITSupport.BOOTSTRAP_KEY);
    upload(api, "hostile.txt", "خبر عن زلزولة في ليبيا <img src=x onerror=\"document.title='pwned'\"> "
        + "<script>document.title='pwned'</script> ثم زلزولة مرة أخرى");
    String newsId = upload(api, "hostile-news.txt", """
        <DOC>
        <DOCNO>HOSTILE-1</DOCNO>
        <URL>javascript:document.title='pwned'</URL>
        <SRC>Nowhere</SRC>
        <TITLE>خبر مريب عن قرقوزة</TITLE>
        <TIME>2017-02-03T22:19:00+01:00</TIME>
        <TEXT>
        قرقوزة في طرابلس، وخبر عن قرقوزة في بنغازي.
        </TEXT>
        </DOC>
        """);
    index.commit();

    open("/?q=" + "زلزولة");
    waitForTotal(1);
    WebElement snippet = browser.findElement(By.cssSelector("#hits .hit .snippet"));
    assertThat(snippet.findElements(By.tagName("mark"))).isNotEmpty();
    assertThat(snippet.findElements(By.cssSelector("img, script, b"))).isEmpty();
    assertThat(snippet.getText()).contains("<img src=x");
    assertThat(browser.getTitle()).isNotEqualTo("pwned");
    screenshot("hostile-snippet");

    // Whatever Solr sends, only <mark> becomes an element.
    assertThat(browser.executeScript(
        "return snippetNodes('<mark>a</mark><img src=x onerror=alert(1)>&lt;b&gt;&#x27;').map(n => n.nodeName + ':' + n.textContent)"))
        .isEqualTo(List.of("MARK:a", "#text:<img src=x onerror=alert(1)><b>'"));

    // A javascript: URL from a document is not a link.
    open("/?doc=" + newsId);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doc")));
    wait.until(d -> !d.findElement(By.id("doc-title")).getText().isEmpty());
    assertThat(browser.findElements(By.cssSelector("#doc a[href^='javascript']"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#doc-meta a"))).isEmpty();
    assertThat(browser.getTitle()).isNotEqualTo("pwned");
  }

  /** A host name other than localhost (Chromium resolves *.localhost to the loopback) gets no anonymous reads. */
  @Test
  @org.junit.jupiter.api.Order(3)
  void withoutAnonymousReadsThePageAsksForAKeyAndKeepsItForTheTab() {
    browser.get("http://marsad.localhost:" + port + "/?q=" + "ليبيا");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin")));
    browser.findElement(By.id("key")).sendKeys(org.marsad.MarsadITSupport.BOOTSTRAP_KEY);
    browser.findElement(By.id("signin-go")).click();
    waitForAnyTotal();
    assertThat(browser.findElement(By.id("signin")).isDisplayed()).isFalse();
    assertThat(browser.executeScript("return sessionStorage.getItem('marsad.key')"))
        .isEqualTo(org.marsad.MarsadITSupport.BOOTSTRAP_KEY);
  }

  private String upload(org.marsad.api.ApiClient api, String name, String text) {
    String body = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
        + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--x--\r\n";
    org.marsad.api.ApiClient.Response response = api.send("POST", "/api/documents", body,
        "Content-Type", "multipart/form-data; boundary=x");
    assertThat(response.status()).as(response.body()).isIn(200, 201);
    return response.json().at("/documents/0/id").asText();
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private void waitForTotal(long total) {
    wait.until(d -> String.valueOf(total).equals(d.findElement(By.id("total")).getAttribute("data-total")));
  }

  private void waitForAnyTotal() {
    wait.until(d -> d.findElement(By.id("total")).getAttribute("data-total") != null);
  }

  private long count(String facet, String id) {
    return Long.parseLong(browser.findElement(
        By.cssSelector(".facet[data-facet='" + facet + "'] li[data-id='" + id + "'] .count")).getAttribute("data-count"));
  }

  private WebElement facetBox(String facet, String id) {
    return browser.findElement(By.cssSelector(".facet[data-facet='" + facet + "'] input[data-value='" + id + "']"));
  }

  private void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
