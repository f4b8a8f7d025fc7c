package io.github.cstokit.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A member's intention to host forces or military infrastructure of a non-member, what
 * {@link OfficeRules#checkThirdStateBasing(BasingRequest, io.github.cstokit.model.CstoFacts)} judges under
 * Treaty Art. 7 and the 2011 protocol.
 *
 * <pre>{@code
 * BasingRequest b = BasingRequest.builder()
 *     .hostState("KG").thirdState("US").date(LocalDate.of(2013, 1, 10))
 *     .consultationsHeld(LocalDate.of(2013, 1, 5)).addObjection("RU")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class BasingRequest {

  BasingRequest() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The ISO alpha-2 code of the hosting member.
   *
   * @return the code, not null
   */
  public abstract String hostState();

  /**
   * The ISO alpha-2 code of the non-member whose forces would be hosted.
   *
   * @return the code, not null
   */
  public abstract String thirdState();

  /**
   * The day of the hosting decision.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * When the urgent consultations with the other members were held.
   *
   * @return the date, or empty if none were held
   */
  public abstract Optional<LocalDate> consultationsHeld();

  /**
   * The states that officially objected.
   *
   * @return an unmodifiable set of ISO alpha-2 codes, possibly empty
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> objections();

  /**
   * Returns host, third state and date, such as {@code BasingRequest[KG US 2013-01-10]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "BasingRequest[" + hostState() + " " + thirdState() + " " + date() + "]";
  }

  /** Builds a {@link BasingRequest}; host state, third state and date are required. */
  public static final class Builder extends ImmutableBasingRequest.Builder {
    Builder() {}
  }
}
