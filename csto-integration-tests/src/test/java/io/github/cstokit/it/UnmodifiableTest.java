package io.github.cstokit.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The probe the contract tests rely on tells modifiable from unmodifiable collections. */
class UnmodifiableTest {

  @Test
  void recognisesModifiableCollections() {
    assertFalse(Unmodifiable.holds(new ArrayList<>()));
    assertFalse(Unmodifiable.holds(new ArrayList<>(List.of(1, 2))));
    assertFalse(Unmodifiable.holds(new TreeSet<>(List.of("a"))));
    assertFalse(Unmodifiable.holds(new HashMap<>()));
    assertFalse(Unmodifiable.holds(new HashMap<>(Map.of("a", 1))));
  }

  @Test
  void recognisesUnmodifiableCollections() {
    assertTrue(Unmodifiable.holds(List.of()));
    assertTrue(Unmodifiable.holds(List.of(1)));
    assertTrue(Unmodifiable.holds(Collections.emptyList()));
    assertTrue(Unmodifiable.holds(Collections.unmodifiableSortedSet(new TreeSet<>(List.of("a")))));
    assertTrue(Unmodifiable.holds(Collections.emptySortedSet()));
    assertTrue(Unmodifiable.holds(Map.of()));
    assertTrue(Unmodifiable.holds(Collections.unmodifiableMap(new HashMap<>(Map.of("a", 1)))));
  }
}
