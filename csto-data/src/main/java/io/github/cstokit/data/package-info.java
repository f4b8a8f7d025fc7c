/**
 * The CSTO dataset: loading, validation and as-of queries.
 *
 * <p>{@link io.github.cstokit.data.CstoData} returns the bundled dataset (the newest available, dataset
 * jars included), the dataset of a given version, or loads one from a directory, a ZIP archive or a
 * stream, checking it in full. {@link io.github.cstokit.data.Datasets#diff} lists what changed between two
 * datasets, and {@link io.github.cstokit.data.CstoDataset#citation()} says how to cite one. A {@link io.github.cstokit.data.CstoDataset} answers
 * the questions of {@link io.github.cstokit.model.CstoFacts} on a date, with the as-of semantics of the
 * model package (partial dates count from their first day, periods are half-open, events take effect on
 * their day), and those of {@link io.github.cstokit.data.CstoRecord}, the record beyond the facts: sources,
 * organs, forces, decisions, mandates, the sessions of the statutory bodies, the exercises and operations
 * with their editions, and the observer statuses. It says which dates it
 * {@linkplain io.github.cstokit.data.CstoDataset#covers(java.time.LocalDate) covers}, takes state codes in
 * any case and finds states by name. {@link io.github.cstokit.data.Exports} writes membership tables and the event log as CSV,
 * from a dataset or a what-if {@link io.github.cstokit.model.Scenario}.
 *
 * <pre>{@code
 * CstoDataset data = CstoData.bundled();
 * data.members(LocalDate.of(2010, 1, 1));   // [State[AM Armenia], State[BY Belarus], ...]
 * data.status("UZ", LocalDate.of(2013, 1, 1));   // SUSPENDED
 * data.sessions(Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)));   // the eight of 2022
 * try (Writer out = Files.newBufferedWriter(Path.of("atop.csv"))) {
 *   Exports.writeAtopMembers(data, out);
 * }
 * }</pre>
 *
 * <p><b>Errors.</b> A dataset that cannot be read, or is malformed or inconsistent, is reported as one
 * {@link io.github.cstokit.data.CstoDataException} listing every problem found with its file and JSON
 * pointer; nothing is half-loaded. The {@code Exports} methods throw the {@link java.io.IOException} of
 * the caller's {@link java.io.Writer} or {@link java.io.OutputStream}, which they flush but do not close.
 *
 * <p><b>Nullness.</b> No method in this package accepts or returns {@code null}. A null argument throws
 * {@link java.lang.NullPointerException}; an absent result is an empty {@link java.util.Optional}, and
 * collections are unmodifiable and never null.
 *
 * <p>An unknown state code given to {@code status} or {@code participation} throws
 * {@link java.lang.IllegalArgumentException} naming the codes the dataset knows.
 *
 * <p>All the classes in this package are immutable and thread-safe; builders of the model types they
 * return, such as {@link io.github.cstokit.model.Scenario.Builder}, are mutable and not thread-safe.
 */
package io.github.cstokit.data;
