/**
 * Seeded, framework-neutral generators of valid and deliberately invalid CSTO values, with edge cases,
 * combinators, simple shrinking and a small property runner.
 *
 * <h2 id="junit">From plain JUnit, in five lines</h2>
 *
 * <pre>{@code
 * @Test
 * void everyDayOfTheTreatysHistoryRoundTrips() {
 *   PropertyCheck.forAll(CstoGens.dates(), 42L, 10_000,
 *       day -> assertEquals(day, PartialDate.parse(day.toString()).firstDay()));
 * }
 * }</pre>
 *
 * <p>The run yields the edge cases first (the Treaty's signature, the day before its entry into force,
 * 2012-12-19, ...), then 10,000 draws from a {@link java.util.SplittableRandom} seeded with 42; a failure
 * throws an {@link java.lang.AssertionError} naming the seed, the case and the (shrunk) value. With
 * {@code @ParameterizedTest}, use a method source that returns
 * {@link io.github.cstokit.testkit.Samples#stream(Gen, long, int) Samples.stream(gen, seed, count)}.
 *
 * <h2 id="map">What is here</h2>
 *
 * <ul>
 *   <li>{@link io.github.cstokit.testkit.Gen}: the generator interface and its combinators ({@code map},
 *       {@code flatMap}, {@code filter} with a bounded retry, {@code elements} (values), {@code oneOf}
 *       (generators), {@code frequency},
 *       {@code listOf}, {@code intRange}, {@code dates}).
 *   <li>{@link io.github.cstokit.testkit.Samples} and {@link io.github.cstokit.testkit.PropertyCheck}:
 *       seeded samples and the property runner.
 *   <li>{@link io.github.cstokit.testkit.CstoGens}: states (of given facts and hypothetical), dates and
 *       key days, periods, citations, membership events, consistent timelines, synthetic scenarios, draws
 *       anchored in given facts, and {@link io.github.cstokit.testkit.Case cases} (a synthetic scenario and
 *       a subject) for what-if tests.
 *   <li>{@link io.github.cstokit.testkit.DecisionGens} and {@link io.github.cstokit.testkit.MandateGens}:
 *       decisions and deployment mandates, valid by construction or {@link
 *       io.github.cstokit.testkit.Invalid invalid} for exactly one rule of {@link
 *       io.github.cstokit.testkit.RuleIds}.
 * * </ul>
 *
 * <p>Draws anchored in real data take the facts as a parameter, an {@link io.github.cstokit.model.CstoFacts}
 * such as the bundled dataset or a {@link io.github.cstokit.model.Scenario}; the real states, the
 * instruments and the days of the law all come from it, never from constants of this module:
 *
 * <pre>{@code
 * CstoFacts facts = CstoData.bundled();
 * PropertyCheck.forAll(DecisionGens.withOneObjection(facts), 7L, 10_000,
 *     bad -> assertEquals(bad.ruleId(), firstFailingRuleId(myChecker.check(bad.value()))));
 * }</pre>
 *
 * <p>No class here keeps global or static mutable state; every generator is immutable and thread-safe.
 */
package io.github.cstokit.testkit;
