package org.marsad;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the data flow one way: ingest → enrich → index → search → api, with {@code pipeline}
 * joining ingest, enrich and index for the API, {@code solr} and {@code config} below every stage,
 * {@code security} beside the API, and the Solr plugin package ({@code solr.analysis}) on Lucene
 * and ICU4J alone (every package may use its Arabic text model).
 */
@AnalyzeClasses(packages = "org.marsad", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] STAGES = {"ingest", "enrich", "index", "pipeline", "search", "api"};

  @ArchTest
  static final ArchRule dataFlowsOneWay = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .layer("config").definedBy("org.marsad.config..")
      .layer("analysis").definedBy("org.marsad.solr.analysis..")
      .layer("solr").definedBy("org.marsad.solr")
      .layer("ingest").definedBy("org.marsad.ingest..")
      .layer("enrich").definedBy("org.marsad.enrich..")
      .layer("index").definedBy("org.marsad.index..")
      .layer("pipeline").definedBy("org.marsad.pipeline..")
      .layer("search").definedBy("org.marsad.search..")
      .layer("api").definedBy("org.marsad.api..")
      .layer("security").definedBy("org.marsad.security..")
      .whereLayer("api").mayNotBeAccessedByAnyLayer()
      .whereLayer("security").mayOnlyBeAccessedByLayers("api")
      .whereLayer("security").mayOnlyAccessLayers("config")
      .whereLayer("search").mayOnlyBeAccessedByLayers("api")
      .whereLayer("pipeline").mayOnlyBeAccessedByLayers("api")
      .whereLayer("index").mayOnlyBeAccessedByLayers("pipeline", "search", "api")
      .whereLayer("enrich").mayOnlyBeAccessedByLayers("index", "pipeline", "search", "api")
      .whereLayer("ingest").mayOnlyBeAccessedByLayers("enrich", "index", "pipeline", "search", "api")
      .whereLayer("solr").mayOnlyBeAccessedByLayers(STAGES)
      .whereLayer("solr").mayOnlyAccessLayers("config", "analysis")
      .whereLayer("config").mayNotAccessAnyLayer()
      .whereLayer("analysis").mayNotAccessAnyLayer();

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("org.marsad.(**)").should().beFreeOfCycles();

  /**
   * The plugin jar holds this package alone and runs inside any Solr: Lucene, the JDK and ICU4J
   * (which Solr's analysis-extras module brings, as the schema's ICU filters need it anyway).
   */
  @ArchTest
  static final ArchRule analysisNeedsOnlyLucene = noClasses()
      .that().resideInAPackage("org.marsad.solr.analysis..")
      .should().dependOnClassesThat()
      .resideOutsideOfPackages("org.marsad.solr.analysis..", "java..", "org.apache.lucene..", "com.ibm.icu..");

  /** Only the index, search and Solr access packages speak SolrJ; the others go through them. */
  @ArchTest
  static final ArchRule solrClientStaysBelowTheApi = noClasses()
      .that().resideInAnyPackage("org.marsad.ingest..", "org.marsad.enrich..", "org.marsad.pipeline..",
          "org.marsad.api..", "org.marsad.config..")
      .should().dependOnClassesThat().resideInAPackage("org.apache.solr..");

  /** Every package says what it owns and what it must not import (javac drops a comment-only package-info). */
  @Test
  void everyPackageHasPackageInfo() throws IOException {
    Path root = Path.of("src/main/java/org/marsad");
    List<Path> packages;
    try (Stream<Path> dirs = Files.walk(root)) {
      packages = dirs.filter(Files::isDirectory).filter(ArchitectureTest::holdsJava).toList();
    }
    assertThat(packages).isNotEmpty().allSatisfy(dir -> {
      Path info = dir.resolve("package-info.java");
      assertThat(info).as("package-info.java in " + root.relativize(dir)).exists();
      assertThat(Files.readString(info)).as(info.toString()).contains("/**").containsPattern("(?i)import");
    });
  }

  private static boolean holdsJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
