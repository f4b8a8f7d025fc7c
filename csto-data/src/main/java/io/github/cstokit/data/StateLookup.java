package io.github.cstokit.data;

import io.github.cstokit.model.State;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Finds a dataset's states by code in any case, by ISO alpha-3 code, and by English or Russian name
 * (canonical or alias), and words the error for a code the dataset does not know.
 */
final class StateLookup {

  private final SortedSet<State> states;
  /** The canonical codes, for a check that allocates nothing. */
  private final java.util.Set<String> codes = new java.util.HashSet<>();
  /** Codes and names, lower-cased in the root locale, to their states. */
  private final Map<String, State> byKey = new HashMap<>();

  StateLookup(SortedSet<State> states) {
    this.states = states;
    for (State s : states) {
      codes.add(s.isoAlpha2());
      for (String key : new String[] {s.nameEn(), s.nameRu(), s.isoAlpha3(), s.isoAlpha2()}) {
        byKey.put(key(key), s);
      }
      for (String alias : s.nameRuAliases()) {
        byKey.putIfAbsent(key(alias), s);
      }
    }
  }

  private static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /** The state a code (any case), ISO alpha-3 code or English or Russian name denotes. */
  Optional<State> find(String codeOrName) {
    Objects.requireNonNull(codeOrName, "codeOrName");
    return Optional.ofNullable(byKey.get(key(codeOrName)));
  }

  /** The canonical alpha-2 code of a state given by its code in any case. */
  String code(String isoAlpha2) {
    Objects.requireNonNull(isoAlpha2, "isoAlpha2");
    if (codes.contains(isoAlpha2)) {
      return isoAlpha2;
    }
    if (isoAlpha2.length() == 2) {
      State s = byKey.get(key(isoAlpha2));
      if (s != null) {
        return s.isoAlpha2();
      }
    }
    throw unknown("state code", isoAlpha2);
  }

  /** The error for a state (or state code) the dataset does not know, naming the codes it knows. */
  IllegalArgumentException unknown(String what, String given) {
    StringBuilder known = new StringBuilder();
    for (State s : states) {
      known.append(known.length() == 0 ? "" : ", ").append(s.isoAlpha2());
    }
    return new IllegalArgumentException("unknown " + what + " '" + given + "': the dataset knows "
        + known);
  }
}
