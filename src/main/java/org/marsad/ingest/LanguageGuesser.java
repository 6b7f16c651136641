package org.marsad.ingest;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * The language of a text as an ISO 639-1 code (Optimaize's n-gram profiles through Tika), or null
 * when it cannot tell. The models load once (slow); detection reads at most the first few thousand
 * characters. Thread safe: Tika's detector buffers text, so calls are serialised.
 */
public final class LanguageGuesser {

  private static final int SAMPLE = 4000;

  private final OptimaizeLangDetector detector;

  public LanguageGuesser() {
    this.detector = new OptimaizeLangDetector();
    detector.loadModels();
  }

  public String guess(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    LanguageResult result;
    synchronized (detector) {
      result = detector.detect(sample);
    }
    return result.isUnknown() ? null : result.getLanguage();
  }
}
