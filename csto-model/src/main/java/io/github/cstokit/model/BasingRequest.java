package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A member's intention to host forces or military infrastructure of a non-member, as the record gives it:
 * the host, the third state, the day of the hosting decision, the urgent consultations with the other
 * members and their official objections (Treaty Art. 7 and the 2011 protocol).
 *
 * <pre>{@code
 * BasingRequest b = BasingRequest.builder()
 *     .hostState("KG").thirdState("US").date(LocalDate.of(2013, 1, 10))
 *     .consultationsHeld(LocalDate.of(2013, 1, 5)).addObjection("RU")
 *     .build();
 * b.toString();   // BasingRequest[KG US 2013-01-10]
 * BasingRequest.of("KG", "US", LocalDate.of(2013, 1, 10)).objections();   // []
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
   * Returns a request with no consultations and no objections recorded.
   *
   * @param hostState the ISO alpha-2 code of the hosting member, not null
   * @param thirdState the ISO alpha-2 code of the non-member whose forces would be hosted, not null
   * @param date the day of the hosting decision, not null
   * @return the request, not null
   * @throws IllegalArgumentException if a code is malformed or the two states are the same
   */
  public static BasingRequest of(String hostState, String thirdState, LocalDate date) {
    return builder().hostState(hostState).thirdState(thirdState).date(date).build();
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
   * @return the code, not null, not the host's
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
   * @return an unmodifiable set of ISO alpha-2 codes in code order, possibly empty
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> objections();

  @Value.Check
  final void check() {
    Checks.iso2("hostState", hostState());
    Checks.iso2("thirdState", thirdState());
    if (thirdState().equals(hostState())) {
      throw new IllegalArgumentException(
          "thirdState must differ from hostState but both were '" + hostState() + "'");
    }
    for (String s : objections()) {
      Checks.iso2("objections", s);
    }
  }

  /**
   * Returns host, third state and date, such as {@code BasingRequest[KG US 2013-01-10]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "BasingRequest[" + hostState() + " " + thirdState() + " " + date() + "]";
  }

  /**
   * Builds a {@link BasingRequest}; host state, third state and date are required. A builder is mutable
   * and not thread-safe.
   */
  public static final class Builder extends ImmutableBasingRequest.Builder {
    Builder() {}
  }
}
