package org.lantern.scrutiny;

/** Who a committee pack is for, and so the protective marking it carries. */
public enum Audience {
  /** Part A: the public agenda. */
  PART_A,
  /** Part B: exempt, for the committee's members and named officers only. */
  PART_B;

  public String messageKey() {
    return "scrutiny.audience." + name();
  }

  /** The protective marking on every page. */
  public String markingKey() {
    return switch (this) {
      case PART_A -> "scrutiny.marking.PART_A";
      case PART_B -> "scrutiny.marking.PART_B";
    };
  }

  /** The marking's banner at the top of the document. */
  public String bannerKey() {
    return switch (this) {
      case PART_A -> "scrutiny.marking.PART_A.banner";
      case PART_B -> "scrutiny.marking.PART_B.banner";
    };
  }
}
