package org.marsad.solr.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A filter that replaces each word with the forms it is matched on, the first in the word's place
 * and the others stacked at its position (increment 0, same offsets, so the highlighter marks the
 * whole word whichever form matched). A word with no forms is dropped and leaves its position, so
 * phrases do not join across it.
 */
abstract class StackingFilter extends TokenFilter {

  protected final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private State current;
  private int skipped;

  StackingFilter(TokenStream input) {
    super(input);
  }

  /**
   * The forms of the current token's word ({@link #term}), first the one that takes its place;
   * empty to drop it.
   */
  abstract List<String> forms();

  @Override
  public final boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(0);
      return true;
    }
    while (input.incrementToken()) {
      List<String> forms = forms();
      if (forms.isEmpty()) {
        skipped += position.getPositionIncrement();
        continue;
      }
      position.setPositionIncrement(position.getPositionIncrement() + skipped);
      skipped = 0;
      term.setEmpty().append(forms.get(0));
      if (forms.size() > 1) {
        pending.addAll(forms.subList(1, forms.size()));
        current = captureState();
      }
      return true;
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    position.setPositionIncrement(position.getPositionIncrement() + skipped);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    current = null;
    skipped = 0;
  }
}
