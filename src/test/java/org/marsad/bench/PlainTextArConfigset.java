package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The configset the benchmarks compare Marsad's with: Solr's stock Arabic analysis (Lucene's
 * ArabicAnalyzer, as {@code text_ar}) on a title and a body, nothing else.
 */
final class PlainTextArConfigset {

  private PlainTextArConfigset() {}

  /**
   * Writes {@code solrconfig.xml} and {@code schema.xml} into {@code conf}.
   *
   * @param autoCommit commit as a served core does (hard every 15 s, soft every second); without
   *     it only explicit commits make documents visible, so a benchmark times them itself
   */
  static void write(Path conf, boolean autoCommit) throws IOException {
    Files.createDirectories(conf);
    String commits = autoCommit ? """

            <autoCommit><maxTime>15000</maxTime><openSearcher>false</openSearcher></autoCommit>
            <autoSoftCommit><maxTime>1000</maxTime></autoSoftCommit>""" : "";
    Files.writeString(conf.resolve("solrconfig.xml"), """
        <?xml version="1.0" encoding="UTF-8" ?>
        <config>
          <luceneMatchVersion>9.12</luceneMatchVersion>
          <dataDir>${solr.data.dir:}</dataDir>
          <schemaFactory class="ClassicIndexSchemaFactory"/>
          <updateHandler class="solr.DirectUpdateHandler2">
            <updateLog><str name="dir">${solr.ulog.dir:}</str></updateLog>%s
          </updateHandler>
          <requestHandler name="/select" class="solr.SearchHandler"/>
        </config>
        """.formatted(commits));
    Files.writeString(conf.resolve("schema.xml"), """
        <?xml version="1.0" encoding="UTF-8" ?>
        <schema name="plain-text-ar" version="1.6">
          <uniqueKey>id</uniqueKey>
          <fieldType name="string" class="solr.StrField" sortMissingLast="true"/>
          <fieldType name="plong" class="solr.LongPointField" docValues="true"/>
          <fieldType name="text_ar" class="solr.TextField">
            <analyzer class="org.apache.lucene.analysis.ar.ArabicAnalyzer"/>
          </fieldType>
          <field name="id" type="string" indexed="true" stored="true" required="true"/>
          <field name="_version_" type="plong" indexed="false" stored="false"/>
          <field name="title" type="text_ar" indexed="true" stored="true"/>
          <field name="body" type="text_ar" indexed="true" stored="true"/>
        </schema>
        """);
  }
}
