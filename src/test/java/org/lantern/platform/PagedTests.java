package org.lantern.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedTests {

  static final List<Integer> HUNDRED = IntStream.rangeClosed(1, 100).boxed().toList();

  @Test
  void cutsThePageAskedFor() {
    Paged<Integer> page = Paged.of(HUNDRED, 2, 25);
    assertThat(page.rows()).first().isEqualTo(26);
    assertThat(page.rows()).hasSize(25);
    assertThat(page.firstShown()).isEqualTo(26);
    assertThat(page.lastShown()).isEqualTo(50);
    assertThat(page.pages()).isEqualTo(4);
  }

  @Test
  void aPagePastTheEndOrBeforeTheStartShowsTheNearestRealPage() {
    assertThat(Paged.of(HUNDRED, 9, 25).page()).isEqualTo(4);
    assertThat(Paged.of(HUNDRED, 9, 25).rows()).first().isEqualTo(76);
    assertThat(Paged.of(HUNDRED, -3, 25).page()).isEqualTo(1);
    assertThat(Paged.of(List.of(), 3, 25).page()).isEqualTo(1);
    assertThat(Paged.of(List.of(), 3, 25).firstShown()).isZero();
    assertThat(Paged.of(List.of(), 1, 25).hasMorePages()).isFalse();
  }

  @Test
  void offersTheFirstTheLastAndTheNeighboursWithGaps() {
    assertThat(Paged.of(HUNDRED, 5, 10).links()).containsExactly(1, 0, 4, 5, 6, 0, 10);
    assertThat(Paged.of(HUNDRED, 1, 10).links()).containsExactly(1, 2, 0, 10);
    assertThat(Paged.of(HUNDRED, 1, 50).links()).containsExactly(1, 2);
    assertThat(Paged.of(HUNDRED, 3, 25).links()).containsExactly(1, 2, 3, 4);
  }
}
