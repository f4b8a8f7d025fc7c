package io.github.cstokit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recurring operation or exercise of the Organization, such as the anti-drug operation Channel or the
 * exercise Interaction, with its recorded {@linkplain #editions() editions}.
 *
 * <pre>{@code
 * Activity interaction = Activity.builder()
 *     .id("ex-interaction").kind(ActivityKind.EXERCISE).name("Interaction").nameRu("Взаимодействие")
 *     .addEdition(mulino).addSource("tass-1083457")
 *     .build();
 * interaction.toString();   // Activity[ex-interaction EXERCISE Interaction, 1 edition]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Activity implements Identified, Sourced, Noted {

  Activity() {}

  /**
   * Returns a builder for an activity.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether it is a recurring operation or an exercise.
   *
   * @return the kind, not null
   */
  public abstract ActivityKind kind();

  /**
   * The English name, such as {@code Interaction}.
   *
   * @return the name, not null or blank
   */
  public abstract String name();

  /**
   * The Russian name, such as {@code Взаимодействие}.
   *
   * @return the name, or empty if not recorded
   */
  public abstract Optional<String> nameRu();

  /**
   * When the activity began, as precisely as known (a recurring operation's first year).
   *
   * @return the date, or empty if not recorded
   */
  public abstract Optional<PartialDate> since();

  /**
   * The recorded editions, in the order of the data.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<ActivityEdition> editions();

  @Value.Check
  final void check() {
    Checks.recorded(this);
    Checks.notBlank("name", name());
    Checks.notBlank("nameRu", nameRu());
  }

  /**
   * The editions dated within a period (see {@link ActivityEdition#isWithin(Period)}).
   *
   * @param period the period, not null
   * @return an unmodifiable list in the order of {@link #editions()}, possibly empty
   */
  public List<ActivityEdition> editions(Period period) {
    Objects.requireNonNull(period, "period");
    List<ActivityEdition> list = new ArrayList<>();
    for (ActivityEdition e : editions()) {
      if (e.isWithin(period)) {
        list.add(e);
      }
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * Returns id, kind, name and the number of editions, such as
   * {@code Activity[ex-interaction EXERCISE Interaction, 11 editions]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    int n = editions().size();
    return "Activity[" + id() + " " + kind() + " " + name() + ", " + n
        + (n == 1 ? " edition" : " editions") + "]";
  }

  /** Builds an {@link Activity}; id, kind, name and a source are required. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}
