package org.lantern.people.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a search for a brother or sister carries while a strategy discussion is being started: the
 * first child, the kind of meeting chosen and the children already added, as one URL parameter
 * ({@code first.KIND.other.other}). Anything else in it is ignored, so a tampered address only
 * loses the children added; every child is still checked by the access policy when the meeting
 * starts.
 */
public record StrategyContext(UUID first, String kind, List<UUID> others) {

  /** The most children a discussion about siblings takes. */
  static final int MAX_CHILDREN = 8;

  private static final Pattern KIND = Pattern.compile("[A-Z_]{1,40}");

  static @Nullable StrategyContext parse(@Nullable String text) {
    if (text == null || text.length() > 400) {
      return null;
    }
    String[] parts = text.split("\\.");
    if (parts.length < 2 || !KIND.matcher(parts[1]).matches()) {
      return null;
    }
    try {
      List<UUID> others = new ArrayList<>();
      for (int i = 2; i < parts.length; i++) {
        others.add(UUID.fromString(parts[i]));
      }
      return new StrategyContext(UUID.fromString(parts[0]), parts[1], others);
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  /** As carried in the find page's address. */
  public String code() {
    StringBuilder code = new StringBuilder(first.toString()).append('.').append(kind);
    others.forEach(o -> code.append('.').append(o));
    return code.toString();
  }

  /** The start page with {@code chosen} added (once, and never the first child again). */
  String withChild(UUID chosen) {
    Set<UUID> with = new LinkedHashSet<>(others);
    if (!chosen.equals(first) && with.size() < MAX_CHILDREN - 1) {
      with.add(chosen);
    }
    var link =
        UriComponentsBuilder.fromPath("/children/{id}/strategy/new").queryParam("kind", kind);
    with.forEach(w -> link.queryParam("with", w));
    return link.buildAndExpand(first).toUriString();
  }
}
