package org.lantern.intelligence;

/** What an intelligence link between an adult and a child is. */
public enum LinkNature {
  ASSOCIATE,
  SEEN_WITH,
  HARBOURING,
  RELATIONSHIP,
  RELATIVE,
  OTHER;

  public String messageKey() {
    return "intelligence.nature." + name();
  }
}
