package io.github.cstokit.model;

import java.util.List;

/**
 * A fact that names the {@link Source}s it rests on, by their {@linkplain Source#id() ids}.
 *
 * <p>Facts of the historical record (events, instruments, organs, forces, appointments, chairmanships,
 * alternative values, ...) require at least one source; a hypothetical decision, request, mandate,
 * budget, application or edition may have none, because checks also judge hypothetical ones (see the
 * <a href="package-summary.html#sources">package's sources</a>). Each type says which it is.
 */
public interface Sourced {

  /**
   * The ids of the {@link Source}s for this fact.
   *
   * @return an unmodifiable list in the order given, each element an id; non-empty for a fact of the
   *     historical record
   */
  List<String> sources();
}
