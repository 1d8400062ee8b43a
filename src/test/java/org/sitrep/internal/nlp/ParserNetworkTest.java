package org.sitrep.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserNetworkTest {

  @Test
  void theIndexFindsEveryIdItWasGivenAndNoOther() {
    List<Integer> ids = List.of(7, 48 * 1000 + 3, 0, 123_456_789, 96);
    ParserNetwork.IntIndex index = new ParserNetwork.IntIndex(ids);
    for (int row = 0; row < ids.size(); row++) {
      assertThat(index.get(ids.get(row))).isEqualTo(row);
    }
    assertThat(index.get(8)).isEqualTo(-1);
    assertThat(index.get(48 * 1000 + 4)).isEqualTo(-1);
  }

  @Test
  void theIndexSurvivesManyIdsThatCollide() {
    List<Integer> ids = java.util.stream.IntStream.range(0, 5000).map(i -> i * 1024).boxed().toList();
    ParserNetwork.IntIndex index = new ParserNetwork.IntIndex(ids);
    for (int row = 0; row < ids.size(); row++) {
      assertThat(index.get(ids.get(row))).isEqualTo(row);
    }
    assertThat(index.get(1)).isEqualTo(-1);
  }

  @Test
  void theCacheGivesARowOnlyForItsOwnId() {
    ParserNetwork.RowCache cache = new ParserNetwork.RowCache(1);
    float[] row = {1f, 2f};
    cache.put(5, row);
    assertThat(cache.get(5)).isSameAs(row);
    assertThat(cache.get(6)).isNull();
    cache.put(6, new float[] {3f});
    assertThat(cache.get(5)).isNull();
  }
}
