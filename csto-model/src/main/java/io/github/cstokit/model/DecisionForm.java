package io.github.cstokit.model;

import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * How a decision was made out and kept, as the record gives it: how many authentic copies, in which
 * languages, which body keeps the original, whether certified copies went to the signatory states, and
 * which head signed for each state.
 * A decision of the Council is made in one authentic copy in Russian, kept by the Secretariat, which sends
 * certified copies to the signatory states.
 *
 * <pre>{@code
 * DecisionForm f = DecisionForm.builder()
 *     .decision(councilDecision).originals(1).addLanguages("ru").depositary(Body.SECRETARIAT)
 *     .certifiedCopiesSent(true)
 *     .build();
 * f.languages();   // [ru]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class DecisionForm {

  DecisionForm() {}

  /**
   * Returns a builder for a decision's form.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The decision.
   *
   * @return the decision, not null
   */
  public abstract Decision decision();

  /**
   * The number of authentic (original) copies.
   *
   * @return the number, at least 1, or empty if not recorded
   */
  public abstract Optional<Integer> originals();

  /**
   * The languages of the authentic text, as lower-case ISO 639-1 codes such as {@code ru}.
   *
   * @return an unmodifiable set in natural order, empty if not recorded
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> languages();

  /**
   * The body that keeps the original.
   *
   * @return the body, or empty if not recorded
   */
  public abstract Optional<Body> depositary();

  /**
   * Whether certified copies were sent to the signatory states.
   *
   * @return true or false, or empty if not recorded
   */
  public abstract Optional<Boolean> certifiedCopiesSent();

  /**
   * Which head signed for each state, where the record says: its head of state or its head of government.
   * A state named here must be among the decision's signatures ({@link Decision#signatures()}). Heads of
   * government belong to the Council only from Charter Protocol No. 2 (in force 2021-01-19); the rules judge
   * a signature by the text in force on the decision's date.
   *
   * <pre>{@code
   * DecisionForm.builder().decision(d).putSignedBy("KZ", Head.HEAD_OF_GOVERNMENT).build().signedBy();
   * // {KZ=HEAD_OF_GOVERNMENT}
   * }</pre>
   *
   * @return an unmodifiable map from ISO alpha-2 codes in natural order, empty if not recorded
   * @since 0.2.0
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Head> signedBy();

  @Value.Check
  final void check() {
    for (String state : signedBy().keySet()) {
      if (!decision().signatures().contains(state)) {
        throw new IllegalArgumentException("signedBy names " + state + ", which is not among the decision's"
            + " signatures " + decision().signatures() + "; a head can sign only for a state that signed");
      }
    }
    if (originals().isPresent() && originals().get() < 1) {
      throw new IllegalArgumentException("originals must be at least 1, but is " + originals().get());
    }
    for (String l : languages()) {
      if (!l.matches("[a-z]{2}")) {
        throw new IllegalArgumentException("languages must be ISO 639-1 codes such as ru, but has '" + l + "'");
      }
    }
  }

  /**
   * Returns the decision's body and date, such as {@code DecisionForm[CSC 2004-06-18]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "DecisionForm[" + decision().body().abbreviation() + " " + decision().date() + "]";
  }

  /** Builds a {@link DecisionForm}; the decision is required. A builder is mutable and not thread-safe. */
  public static final class Builder extends ImmutableDecisionForm.Builder {
    Builder() {}
  }
}
