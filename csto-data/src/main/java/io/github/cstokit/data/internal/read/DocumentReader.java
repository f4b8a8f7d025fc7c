package io.github.cstokit.data.internal.read;

import io.github.cstokit.data.internal.json.Bound;
import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.json.JsonFile;
import io.github.cstokit.data.internal.read.files.InstrumentsFile;
import io.github.cstokit.data.internal.read.files.MandatesFile;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.Session;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one document of the {@code Documents} form: a JSON object holding a {@code "decision"} (a record
 * of the {@code decisions} array of {@code mandates.json}) or a {@code "mandate"} (a record of its
 * {@code mandates} array) with, optionally, the {@code "decision"} it refers to. The records are mapped by
 * {@link MandatesFile}, the dataset's own mapping, with the fields of a document
 * ({@link Fields#forDocument()}); references are resolved against the records given. One reader per
 * read; not thread-safe.
 */
public final class DocumentReader {

  /** What a document must hold. */
  public enum Expect {
    /** A decision, and nothing else. */
    DECISION,
    /** A mandate, perhaps with its decision. */
    MANDATE,
    /** Either of the two. */
    EITHER
  }

  /**
   * The records a document's references are resolved against.
   *
   * @param organs the organs, for a decision's {@code organ} and other bodies
   * @param forces the forces, for a mandate's {@code force}
   * @param decisions the recorded decisions, for a mandate's {@code decision} given by id
   * @param instruments the instruments, for a decision's {@code instrument} and a mandate's
   *     {@code legalBases}
   * @param sessions the sessions, for a decision's {@code session}
   */
  public record Known(List<Organ> organs, List<Force> forces, List<Decision> decisions,
      List<Instrument> instruments, List<Session> sessions) {}

  /**
   * What a document held, meaningful only when {@code problems} is empty.
   *
   * @param decision the decision of a decision document, or null
   * @param mandate the mandate of a mandate document, or null
   * @param problems every problem found, each naming the document and the place
   */
  public record Result(Decision decision, Mandate mandate, List<String> problems) {}

  private final Problems problems = Problems.forDocument();
  private final Fields fields = Fields.forDocument();
  private final InstrumentsFile instruments = new InstrumentsFile(fields, problems);
  private final MandatesFile mandates = new MandatesFile(fields, problems, instruments);

  private DocumentReader() {}

  /**
   * Reads a document.
   *
   * @param name the name problems are reported against, not null
   * @param text the document's text, not null; one leading byte-order mark is skipped
   * @param expect what it must hold, not null
   * @param known the records references are resolved against, not null
   * @return what it held, with every problem found
   */
  public static Result read(String name, String text, Expect expect, Known known) {
    return new DocumentReader().run(name, text.startsWith("\uFEFF") ? text.substring(1) : text, expect,
        known);
  }

  private Result run(String name, String text, Expect expect, Known known) {
    Optional<Dto.Document> document = JsonFile.parse(name, text, problems)
        .flatMap(root -> root.bindRoot(Dto.Document.class, problems)).map(Bound::dto);
    if (document.isEmpty()) {
      return result(null, null);
    }
    Dto.Decision decision = document.get().decision();
    Dto.Mandate mandate = document.get().mandate();
    Where root = Where.record(problems, name, "");
    if (expect == Expect.DECISION && mandate != null) {
      root.at("mandate").problem("a decision document holds no mandate");
    } else if (expect == Expect.MANDATE && mandate == null) {
      root.problem("the document must hold a \"mandate\"");
    } else if (decision == null && mandate == null) {
      root.problem(expect == Expect.DECISION ? "the document must hold a \"decision\""
          : "the document must hold a \"decision\" or a \"mandate\"");
    }
    if (!root.ok()) {
      return result(null, null);
    }
    know(known, decision);
    Optional<Decision> own = decision == null ? Optional.empty()
        : mandates.decision(decision, Where.record(problems, name, "/decision"));
    if (mandate == null) {
      return result(own.orElse(null), null);
    }
    Where at = Where.record(problems, name, "/mandate");
    if (decision != null && mandate.decision() != null && !mandate.decision().equals(decision.id())) {
      at.at("decision").problem("'" + mandate.decision() + "' is not the id of the document's decision"
          + (decision.id() == null ? ", which has none" : " '" + decision.id() + "'"));
    }
    Map<String, Force> forces = new HashMap<>();
    known.forces().forEach(f -> forces.put(f.id(), f));
    Map<String, Decision> decisions = new HashMap<>();
    known.decisions().forEach(d -> d.id().ifPresent(id -> decisions.put(id, d)));
    own.ifPresent(d -> d.id().ifPresent(id -> decisions.put(id, d)));
    Optional<Mandate> read = mandates.mandate(mandate, at, forces, decisions);
    if (own.isPresent() && read.isPresent() && read.get().decision().isEmpty()) {
      read = Optional.of(read.get().withDecision(own.get()));
    }
    return result(null, read.orElse(null));
  }

  /** Makes the known records' ids known to the fields; the document's own decision id too. */
  private void know(Known known, Dto.Decision own) {
    Set<String> organs = new HashSet<>();
    known.organs().forEach(o -> organs.add(o.id()));
    fields.knownArray("organs", organs);
    Set<String> forces = new HashSet<>();
    known.forces().forEach(f -> forces.add(f.id()));
    fields.knownArray("forces", forces);
    Set<String> decisions = new HashSet<>();
    known.decisions().forEach(d -> d.id().ifPresent(decisions::add));
    if (own != null && own.id() != null) {
      decisions.add(own.id());
    }
    fields.knownArray("decisions", decisions);
    Set<String> ids = new HashSet<>();
    known.instruments().forEach(i -> ids.add(i.id()));
    fields.knownArray("instruments", ids);
    instruments.known(known.instruments());
    mandates.knowSessions(known.sessions());
  }

  private Result result(Decision decision, Mandate mandate) {
    return new Result(decision, mandate, problems.list());
  }
}
