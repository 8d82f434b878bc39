package org.lantern.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListSearchTests {

  @Test
  void blankFindsEverything() {
    assertThat(ListSearch.of(null).matchesAny("Ava Smith")).isTrue();
    assertThat(ListSearch.of("   ").isBlank()).isTrue();
  }

  @Test
  void findsAnyPartOfANameOrReferenceInAnyCaseWithSpacesSqueezed() {
    ListSearch search = ListSearch.of("  ava   SMI ");
    assertThat(search.matchesAny("MP-2026-1", "Ava  Smith")).isTrue();
    assertThat(search.matchesAny("Ava Jones")).isFalse();
    assertThat(ListSearch.of("mp-2026").matchesAny(null, "MP-2026-004217")).isTrue();
  }
}
