package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * An application for observer or partner status at the Organization, as the record gives it: who applied
 * (a state by its ISO alpha-2 code, or an international organization by its id), for which status, when,
 * in what form and to whom, and which of the 2018 Regulations' criteria the record finds met or not met.
 *
 * <p>An applicant whose code is two upper-case Latin letters is a state ({@link #isState()}); any other id
 * names an international organization, such as {@code sco}. Sources may be empty for a hypothetical
 * application.
 *
 * <pre>{@code
 * StatusApplication a = StatusApplication.builder()
 *     .id("hypothetical-observer").applicant("XA").status(StatusKind.OBSERVER)
 *     .date(LocalDate.of(2030, 4, 1)).form(RequestForm.OFFICIAL_WRITTEN)
 *     .addressee(Addressee.SECRETARY_GENERAL)
 *     .addCriteriaMet(StatusCriterion.UN_MEMBER)
 *     .build();
 * a.isState();    // true
 * a.toString();   // StatusApplication[hypothetical-observer XA OBSERVER 2030-04-01]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class StatusApplication implements StatusMatter {

  StatusApplication() {}

  /**
   * Returns a builder for an application.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The day the application was made (or received).
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * The form of the application.
   *
   * @return the form, or empty if the record does not say
   */
  public abstract Optional<RequestForm> form();

  /**
   * To whom the application was addressed.
   *
   * @return the addressee, or empty if the record does not say
   */
  public abstract Optional<Addressee> addressee();

  /**
   * The criteria of the 2018 Regulations the record finds the applicant met.
   *
   * @return an unmodifiable set in declaration order, possibly empty
   */
  @Value.NaturalOrder
  public abstract SortedSet<StatusCriterion> criteriaMet();

  /**
   * The criteria of the 2018 Regulations the record finds the applicant did not meet.
   *
   * @return an unmodifiable set in declaration order, possibly empty; disjoint from {@link #criteriaMet()}
   */
  @Value.NaturalOrder
  public abstract SortedSet<StatusCriterion> criteriaNotMet();

  @Value.Check
  final void check() {
    Checks.statusMatter(this);
    for (StatusCriterion c : criteriaMet()) {
      if (criteriaNotMet().contains(c)) {
        throw new IllegalArgumentException(
            "criteriaMet and criteriaNotMet must be disjoint but both hold " + c);
      }
    }
  }

  /**
   * Returns id, applicant, status and date, such as
   * {@code StatusApplication[hypothetical-observer XA OBSERVER 2030-04-01]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "StatusApplication[" + id() + " " + applicant() + " " + status() + " " + date() + "]";
  }

  /**
   * Builds a {@link StatusApplication}; id, applicant, status and date are required. A builder is mutable
   * and not thread-safe.
   */
  public static final class Builder extends ImmutableStatusApplication.Builder {
    Builder() {}
  }
}
