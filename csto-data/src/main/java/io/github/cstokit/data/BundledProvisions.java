package io.github.cstokit.data;

import io.github.cstokit.data.internal.read.files.ProvisionsFile;
import io.github.cstokit.model.ProvisionText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The words of the provisions whose wording was read, from the bundled {@code provisions.json}: the
 * library's own reading of the texts, the same for every dataset, bundled or loaded.
 *
 * <p>The file is read lazily, on the first question about a provision's words, and once per class
 * loader: a check that never shows words never reads it, and it is not part of the compiled snapshot,
 * whose format it therefore leaves unchanged. A bundled file with a problem is a packaging error: every
 * question then throws a {@link CstoDataException} listing the problems, each with its JSON pointer.
 */
final class BundledProvisions {

  /** Holds the outcome of the one read; the JVM initializes it lazily and thread-safely. */
  private static final class Holder {
    static final BundledProvisions READ = read();

    private Holder() {}
  }

  private final List<ProvisionText> provisions;
  private final List<String> problems;
  /** The provisions by short name, article and paragraph: a citation's candidates, before its version. */
  private final java.util.Map<String, List<ProvisionText>> byProvision = new java.util.HashMap<>();
  /** The provisions by record id. */
  private final java.util.Map<String, ProvisionText> byId = new java.util.HashMap<>();

  private BundledProvisions(List<ProvisionText> provisions, List<String> problems) {
    this.provisions = provisions;
    this.problems = problems;
    for (ProvisionText p : provisions) {
      byProvision.computeIfAbsent(key(p.citation()), k -> new ArrayList<>(1)).add(p);
      byId.put(p.id(), p);
    }
  }

  private static String key(io.github.cstokit.model.Citation c) {
    return c.shortName() + '\u0000' + c.article().orElse("") + '\u0000' + c.paragraph().orElse("");
  }

  /**
   * The one provision a citation cites, as {@link io.github.cstokit.model.CstoFacts#provision} finds it
   * by searching the list: empty when none or more than one is cited.
   */
  java.util.Optional<ProvisionText> find(io.github.cstokit.model.Citation citation) {
    List<ProvisionText> candidates = byProvision.get(key(citation));
    if (candidates == null) {
      return java.util.Optional.empty();
    }
    ProvisionText found = null;
    for (ProvisionText p : candidates) {
      if (p.isCitedBy(citation)) {
        if (found != null) {
          return java.util.Optional.empty();
        }
        found = p;
      }
    }
    return java.util.Optional.ofNullable(found);
  }

  private static BundledProvisions read() {
    byte[] bytes;
    try (InputStream in = BundledProvisions.class.getResourceAsStream(ProvisionsFile.FILE)) {
      if (in == null) {
        return new BundledProvisions(List.of(), List.of(ProvisionsFile.FILE + "#: the bundled file is missing"));
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return new BundledProvisions(List.of(),
          List.of(ProvisionsFile.FILE + "#: the bundled file cannot be read: " + e.getMessage()));
    }
    return of(ProvisionsFile.read(bytes));
  }

  /** The provisions of a read, sorted by citation then id, or its problems. */
  static BundledProvisions of(ProvisionsFile.Result read) {
    if (!read.problems().isEmpty()) {
      return new BundledProvisions(List.of(), read.problems());
    }
    List<ProvisionText> sorted = new ArrayList<>(read.provisions());
    sorted.sort((a, b) -> {
      int c = a.citation().compareTo(b.citation());
      return c != 0 ? c : a.id().compareTo(b.id());
    });
    return new BundledProvisions(Collections.unmodifiableList(sorted), List.of());
  }

  /**
   * The bundled provisions.
   *
   * @return the provisions, read on the first call
   * @throws CstoDataException if the bundled file is missing or has a problem
   */
  static BundledProvisions get() {
    BundledProvisions p = Holder.READ;
    if (!p.problems.isEmpty()) {
      throw new CstoDataException(p.problems);
    }
    return p;
  }

  /** The provision text with a record id, if any. */
  java.util.Optional<ProvisionText> byId(String id) {
    return java.util.Optional.ofNullable(byId.get(id));
  }

  /** All provision texts, sorted by citation, then id. */
  List<ProvisionText> list() {
    return provisions;
  }
}
