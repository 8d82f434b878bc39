package org.lantern.platform.disclosure;

/** Why a published count is, or is not, hidden. */
public enum Suppression {
  /** Shown as it is. */
  NONE,
  /** A small count (from 1 to one below the threshold). */
  PRIMARY,
  /** Hidden so that a small count elsewhere in its row or column cannot be worked out. */
  SECONDARY;

  /** What a table shows instead of a hidden count (the DfE symbol for "confidential"). */
  public static final String SYMBOL = "c";

  /** The message key of the footnote explaining {@link #SYMBOL}. */
  public static final String FOOTNOTE_KEY = "disclosure.footnote";
}
