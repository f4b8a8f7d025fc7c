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

  private BundledProvisions(List<ProvisionText> provisions, List<String> problems) {
    this.provisions = provisions;
    this.problems = problems;
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

  /** All provision texts, sorted by citation, then id. */
  List<ProvisionText> list() {
    return provisions;
  }
}
