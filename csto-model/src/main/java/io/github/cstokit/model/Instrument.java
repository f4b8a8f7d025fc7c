package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A legal instrument of the CSTO framework: the Treaty, the Charter, an agreement, a protocol, a set of
 * regulations or a decision, in one version.
 *
 * <p>An amending protocol is an instrument of its own that {@link #amendedId() amends} another; it changes the
 * amended instrument's provisions from its own entry into force, so the provisions in force on a date
 * are those of the instrument and of its amending protocols {@link #isInForce(LocalDate) in force} on that
 * date. The {@link #version()} label (such as {@code 1992} or {@code 2010}) is what a {@link Citation}
 * names to say which text it cites.
 *
 * <p>Each of its {@linkplain #alternatives() alternatives} names the {@linkplain AlternativeValue#field()
 * field} it is for, such as another place of signature.
 *
 * <pre>{@code
 * Instrument treaty = Instrument.builder()
 *     .id("cst").kind(InstrumentKind.TREATY).shortName("Treaty")
 *     .titleEn("Collective Security Treaty").titleRu("Договор о коллективной безопасности")
 *     .signed(PartialDate.parse("1992-05-15")).entryIntoForce(PartialDate.parse("1994-04-20"))
 *     .version("1992").addSource("odkb-25years")
 *     .build();
 * treaty.isInForce(LocalDate.of(1994, 4, 20));   // true
 * treaty.toString();   // Instrument[cst Treaty 1992]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Instrument implements Identified, Sourced, Noted, Disputed {

  Instrument() {}

  /**
   * Returns a builder for an instrument.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What kind of instrument this is.
   *
   * @return the kind, not null
   */
  public abstract InstrumentKind kind();

  /**
   * The short name citations use, such as {@code Treaty}, {@code Charter} or
   * {@code Peacekeeping Agreement}; it must be a valid {@link Citation#shortName()}.
   *
   * @return the short name, not null
   */
  public abstract String shortName();

  /**
   * The official English title.
   *
   * @return the title, not null or blank
   */
  public abstract String titleEn();

  /**
   * The authentic Russian title.
   *
   * @return the title, or empty if not recorded
   */
  public abstract Optional<String> titleRu();

  /**
   * When it was signed or adopted, as precisely as known.
   *
   * @return the date, not null
   */
  public abstract PartialDate signed();

  /**
   * Where it was signed or adopted, such as {@code Tashkent}.
   *
   * @return the place, or empty if not recorded
   */
  public abstract Optional<String> place();

  /**
   * When it entered into force, as precisely as known.
   *
   * @return the date, or empty if it has not entered into force or the date is unknown
   */
  public abstract Optional<PartialDate> entryIntoForce();

  /**
   * What the sources say of the entry into force where they give no date for it: presumed in force on
   * signature, not subject to entry into force, or not established. It describes an instrument whose
   * {@link #entryIntoForce()} is empty; where a date is recorded (as in a what-if built {@code from} a
   * record), the date governs and the status is not read.
   *
   * @return the status, or empty where the record says nothing of it
   */
  public abstract Optional<InForceStatus> inForceStatus();

  /**
   * The id of the instrument this one amends.
   *
   * @return the amended instrument's id, or empty
   */
  public abstract Optional<String> amendedId();

  /**
   * The version label of the text, such as {@code 1992} or {@code 2010}; it must be a valid
   * {@link Citation#version()}.
   *
   * @return the label, not null
   */
  public abstract String version();

  /**
   * What the record says of the entry into force: which provision sets it, what is not verified, why
   * there is no date.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> inForceNote();

  /**
   * How firmly the sources establish the instrument's record.
   *
   * @return the grade, or empty where the data gives none (the sources state it)
   */
  public abstract Optional<Confidence> confidence();

  @Value.Check
  final void check() {
    Checks.recorded(this);
    // shortName and version follow Citation's grammar, as cite(...) would check them
    Citation.checkShortName(shortName());
    Checks.matches("version", version(), Checks.Form.LABEL);
    Checks.notBlank("titleEn", titleEn());
    Checks.notBlank("titleRu", titleRu());
    Checks.notBlank("place", place());
    if (entryIntoForce().isPresent()) {
      PartialDate inForce = entryIntoForce().get();
      Checks.notBefore(
          "inForce", inForce, "signed", signed(), !inForce.lastDay().isBefore(signed().firstDay()));
    }
    Checks.matches("amends", amendedId(), Checks.Form.ID);
    if (amendedId().isPresent() && amendedId().get().equals(id())) {
      throw new IllegalArgumentException("amends must not be the instrument's own id '" + id() + "'");
    }
    Checks.notBlank("inForceNote", inForceNote());
    Checks.fieldsNamed("alternatives", alternatives());
    Checks.choiceGiven(this);
  }

  /**
   * Whether the instrument is in force on a date: it has an entry-into-force date and the date is on or
   * after its first day (see the package documentation on partial dates).
   *
   * @param date the date, not null
   * @return true if in force
   */
  public boolean isInForce(LocalDate date) {
    return entryIntoForce().isPresent() && !date.isBefore(entryIntoForce().get().firstDay());
  }

  /**
   * Returns a citation of an article of this instrument, naming its version.
   *
   * @param article the article, such as {@code 12}, not null
   * @return the citation, such as {@code Charter Art. 12 [2010]}, not null
   * @throws IllegalArgumentException if the article is malformed
   */
  public Citation cite(String article) {
    return Citation.builder().shortName(shortName()).article(article).version(version()).build();
  }

  /**
   * Returns a citation of this instrument where the article is not identified, naming its version.
   *
   * @return the citation, such as {@code Charter [2002]}, not null
   */
  public Citation cite() {
    return Citation.builder().shortName(shortName()).version(version()).build();
  }

  /**
   * Returns the id, short name and version, such as {@code Instrument[cst Treaty 1992]}; the version is
   * left out where the id or the short name already says it, so that no year is repeated:
   * {@code Instrument[treaty-protocol-1993 1993 Protocol]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    boolean said = id().contains(version()) || shortName().contains(version());
    return "Instrument[" + id() + " " + shortName() + (said ? "" : " " + version()) + "]";
  }

  /**
   * Builds an {@link Instrument}; id, kind, short name, title, signature date, version and a source are
   * required.
   */
  public static final class Builder extends ImmutableInstrument.Builder {
    Builder() {}
  }
}
