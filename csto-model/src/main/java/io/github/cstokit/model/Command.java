package io.github.cstokit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The unified command of a {@link Mandate}: the commander, and the body that appointed him and when.
 *
 * <pre>{@code
 * Command serdyukov = Command.builder()
 *     .commander("Col Gen Andrey Serdyukov").commanderState("RU")
 *     .appointingBody(Body.COLLECTIVE_SECURITY_COUNCIL).date(PartialDate.parse("2022-01-06"))
 *     .build();
 * serdyukov.toString();   // Command[Col Gen Andrey Serdyukov (RU) by CSC]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Command implements Sourced, Noted {

  Command() {}

  /**
   * Returns a builder for a command.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The commander's name and rank.
   *
   * @return the commander, not null or blank
   */
  public abstract String commander();

  /**
   * The ISO alpha-2 code of the commander's state.
   *
   * @return the code, or empty if not recorded
   */
  public abstract Optional<String> commanderState();

  /**
   * The body that appointed the commander.
   *
   * @return the body, not null
   */
  public abstract Body appointingBody();

  /**
   * When the commander was appointed.
   *
   * @return the date, or empty if unknown
   */
  public abstract Optional<PartialDate> date();

  /**
   * The commander's name in Russian.
   *
   * @return the name, or empty if not recorded
   */
  public abstract Optional<String> commanderRu();

  @Value.Check
  final void check() {
    Checks.notBlank("commander", commander());
    Checks.iso2("commanderState", commanderState());
    Checks.notBlank("commanderRu", commanderRu());
    Checks.sourcesAndNote(this);
  }

  /**
   * Returns commander, state and appointing body, such as {@code Command[Col Gen A. Serdyukov (RU) by CSC]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Command[" + commander() + commanderState().map(s -> " (" + s + ")").orElse("")
        + " by " + appointingBody().abbreviation() + "]";
  }

  /** Builds a {@link Command}; the commander and the appointing body are required. */
  public static final class Builder extends ImmutableCommand.Builder {
    Builder() {}
  }
}
