package org.lantern.access;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Need-to-know, as data: for each basis a person may have for seeing a child's file (a row), what
 * they see of each section (a column). A cell is a {@link Scope}, or several joined by {@code +}
 * (each admits records; together they admit what either does). A person with several bases sees
 * what any of them shows. docs/access.md is written from this table by {@code AccessTableTests}.
 *
 * <p>Change a cell here and the file, the chronology and the audit follow; the table is checked
 * complete (every basis, every section) when the class loads.
 */
public final class ScopeTable {

  static final String TABLE =
      """
      #                     IDENTITY FLAGS CONCERNS    SCREENINGS            MISSING     INTELLIGENCE PANELS MEETINGS NETWORK CASE
      PARTNERSHIP_ROLE      ALL      ALL   ALL         ALL                   ALL         ALL          ALL    ALL      ALL     ALL
      ALLOCATED_WORKER      ALL      ALL   ALL         ALL                   ALL         ALL          ALL    ALL      ALL     ALL
      ALLOCATED_TEAM        ALL      ALL   ALL         ALL                   ALL         ALL          ALL    ALL      ALL     ALL
      PROFESSIONAL_NETWORK  ALL      ALL   OWN_AGENCY  LEVEL_ONLY+OWN_AGENCY OWN_AGENCY  OWN_AGENCY   NONE   ATTENDED ALL     NONE
      REFERRER              NONE     NONE  REFERRED    NONE                  NONE        NONE         NONE   NONE     NONE    NONE
      RECORDER              ALL      NONE  OWN_RECORDS OWN_RECORDS           OWN_RECORDS OWN_RECORDS  NONE   NONE     NONE    NONE
      ATTENDEE              ALL      NONE  NONE        NONE                  NONE        NONE         NONE   ATTENDED NONE    NONE
      BREAK_GLASS           ALL      ALL   ALL         ALL                   ALL         ALL          ALL    ALL      ALL     ALL
      """;

  private static final Map<AccessBasis, Map<Section, Set<Scope>>> ROWS = parse(TABLE);

  private ScopeTable() {}

  /** What this basis shows of this section: never empty ({@link Scope#NONE} for nothing). */
  public static Set<Scope> scopes(AccessBasis basis, Section section) {
    return ROWS.get(basis).get(section);
  }

  static Map<AccessBasis, Map<Section, Set<Scope>>> parse(String text) {
    Map<AccessBasis, Map<Section, Set<Scope>>> rows = new EnumMap<>(AccessBasis.class);
    Section[] columns = null;
    for (String line : text.strip().split("\n")) {
      String[] cells = line.strip().split("\\s+");
      if (cells[0].equals("#")) {
        columns =
            Arrays.stream(cells, 1, cells.length).map(Section::valueOf).toArray(Section[]::new);
        continue;
      }
      if (columns == null || cells.length != columns.length + 1) {
        throw new IllegalStateException("Bad row in the scope table: " + line);
      }
      Map<Section, Set<Scope>> row = new EnumMap<>(Section.class);
      for (int i = 0; i < columns.length; i++) {
        EnumSet<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String s : cells[i + 1].split("\\+")) {
          scopes.add(Scope.valueOf(s));
        }
        if (scopes.contains(Scope.NONE) && scopes.size() > 1) {
          throw new IllegalStateException("NONE joined to another scope: " + line);
        }
        row.put(columns[i], Collections.unmodifiableSet(scopes));
      }
      if (rows.put(AccessBasis.valueOf(cells[0]), Collections.unmodifiableMap(row)) != null) {
        throw new IllegalStateException("Basis twice in the scope table: " + cells[0]);
      }
    }
    if (columns == null
        || columns.length != Section.values().length
        || rows.size() != AccessBasis.values().length) {
      throw new IllegalStateException("The scope table must cover every basis and section");
    }
    return Collections.unmodifiableMap(rows);
  }
}
