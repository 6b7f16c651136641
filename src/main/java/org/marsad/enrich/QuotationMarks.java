package org.marsad.enrich;

/**
 * The marks news sets names apart with: "…", «…», “…” and '…'. A name in them is a name, not a
 * common word («القاعدة»، تنظيم "حراس الدين").
 */
final class QuotationMarks {

  private static final String OPENING = "\"«“'";
  private static final String CLOSING = "\"»”'";

  private QuotationMarks() {}

  static boolean opens(char c) {
    return OPENING.indexOf(c) >= 0;
  }

  static boolean closes(char c) {
    return CLOSING.indexOf(c) >= 0;
  }
}
