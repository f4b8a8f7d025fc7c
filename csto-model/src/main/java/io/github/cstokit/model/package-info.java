/**
 * Immutable value types for the Collective Security Treaty Organization (CSTO) and the 1992 Collective
 * Security Treaty.
 *
 * <p>All the classes in this package are immutable and thread-safe, except the nested {@code Builder}
 * classes, which are mutable and not thread-safe: use a builder in one thread, then share what it builds.
 * No method accepts or returns
 * {@code null}: absent values are {@link java.util.Optional}, collections are unmodifiable. Factories follow
 * java.time's vocabulary: {@code of}, {@code from}, {@code parse}, {@code builder} and {@code withX}.
 * Invariants are checked at construction and reported as {@link java.lang.IllegalArgumentException} whose
 * message names the field, such as {@code sources must not be empty}; a builder missing a required value
 * throws {@link java.lang.IllegalStateException}. Malformed text throws {@link
 * io.github.cstokit.model.TextParseException}, an {@code IllegalArgumentException}.
 *
 * <h2 id="as-of">As-of semantics</h2>
 *
 * <p>Every query "on date D" ({@code status}, {@code members}, {@code chair}, {@code isInForce}, ...) takes a
 * {@link java.time.LocalDate} and answers for the whole of day D.
 *
 * <ul>
 *   <li><b>Partial dates count from their first day.</b> A fact dated {@code 1993-12} or {@code 1993}
 *       (a {@link io.github.cstokit.model.PartialDate}) takes effect, for as-of queries, on 1993-12-01 or
 *       1993-01-01 ({@link io.github.cstokit.model.PartialDate#firstDay()}). The precision is kept, so a
 *       check can tell a sourced day from a first-day convention.
 *   <li><b>Periods are half-open.</b> A {@link io.github.cstokit.model.Period} covers its start day and
 *       every day before its end; the end day itself belongs to the next period. A handover on day D ends
 *       one period and starts the next on D, so exactly one holder, chair or status applies on every day.
 *   <li><b>Events take effect on their day.</b> A status-changing membership event dated D gives the new
 *       status from D on (so the Treaty ceased to bind Azerbaijan, Georgia and Uzbekistan from 1999-04-21,
 *       the day of their non-renewal). The rules are in {@link io.github.cstokit.model.MembershipTimeline}.
 *   <li><b>Instruments</b> are in force from the first day of their entry-into-force date.
 *   <li><b>Frameworks.</b> Before 2003-09-18 members are parties to the Treaty, from then on members of the
 *       Organization ({@link io.github.cstokit.model.Framework#on(java.time.LocalDate)}).
 * </ul>
 *
 * <h2 id="sources">Sources</h2>
 *
 * <p>Facts of the historical record (events, instruments, organs, forces, appointments, chairmanships,
 * alternative values) require at least one source id. Decisions, host requests and mandates may have none,
 * because checks also judge hypothetical ones; the dataset requires sources for its own.
 */
@CstoStyle
package io.github.cstokit.model;

import io.github.cstokit.model.internal.CstoStyle;
