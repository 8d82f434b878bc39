package org.lantern.access;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one person may see of one child's file, section by section, from every basis they hold (see
 * {@link ScopeTable}). Empty when they hold none: then they may not open the file at all.
 */
public record FileScope(Set<AccessBasis> bases, Map<Section, SectionAccess> sections) {

  public FileScope {
    bases = bases.isEmpty() ? Set.of() : EnumSet.copyOf(bases);
    sections = Map.copyOf(sections);
  }

  static FileScope of(CurrentUser viewer, Set<AccessBasis> bases) {
    Map<Section, SectionAccess> sections = new EnumMap<>(Section.class);
    for (Section section : Section.values()) {
      EnumSet<Scope> scopes = EnumSet.noneOf(Scope.class);
      AccessBasis allowedBy = null;
      for (AccessBasis basis : AccessBasis.values()) {
        if (!bases.contains(basis)) {
          continue;
        }
        Set<Scope> given = ScopeTable.scopes(basis, section);
        if (given.contains(Scope.NONE)) {
          continue;
        }
        scopes.addAll(given);
        if (allowedBy == null) {
          allowedBy = basis;
        }
      }
      sections.put(
          section, new SectionAccess(section, scopes, allowedBy, viewer.id(), viewer.agencyId()));
    }
    return new FileScope(bases, sections);
  }

  /** What the person may see of this section. */
  public SectionAccess of(Section section) {
    return sections.get(section);
  }

  /** Whether the person may see anything of the file. */
  public boolean any() {
    return sections.values().stream().anyMatch(SectionAccess::any);
  }

  /** Whether the person sees every section whole. */
  public boolean whole() {
    return sections.values().stream().allMatch(SectionAccess::all);
  }

  /**
   * The sections the person sees nothing of, in order: for telling them what they are not shown.
   */
  public List<Section> hidden() {
    return Arrays.stream(Section.values()).filter(s -> !of(s).any()).toList();
  }

  /** The sections the person sees only part of, in order. */
  public List<Section> partial() {
    return Arrays.stream(Section.values()).filter(s -> of(s).any() && !of(s).all()).toList();
  }
}
