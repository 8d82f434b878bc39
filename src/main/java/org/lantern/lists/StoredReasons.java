package org.lantern.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lantern.lists.ListCrossReference.Key;
import org.lantern.lists.ListCrossReference.Reason;
import org.lantern.people.ChildMatching;

/**
 * Why a candidate matched a list's row, kept with the row as text ("given:EXACT:4.10;...") and read
 * back as the reasons the coordinator sees, each field's part in the weight.
 */
final class StoredReasons {

  private StoredReasons() {}

  /** A candidate's fields as stored with the row. */
  static String write(ChildMatching.Candidate c) {
    return c.fields().stream()
        .map(
            f -> f.field() + ":" + f.level() + ":" + String.format(Locale.ROOT, "%.2f", f.weight()))
        .collect(Collectors.joining(";"));
  }

  /** The stored explanation, leaving out fields missing on either side (they weigh nothing). */
  static List<Reason> read(String stored) {
    List<Reason> reasons = new ArrayList<>();
    for (String part : stored.split(";")) {
      String[] p = part.split(":");
      if (p.length == 3 && !p[1].equals("NULL")) {
        reasons.add(
            new Reason(
                new Key("linkage.field." + p[0]),
                new Key("linkage.level." + p[1]),
                Double.parseDouble(p[2])));
      }
    }
    return reasons;
  }
}
