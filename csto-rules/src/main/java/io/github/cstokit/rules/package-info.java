/**
 * Procedure checks: consensus and its exceptions, membership procedures, deployment mandates, offices and
 * rotation. All the classes in this package are immutable and thread-safe.
 *
 * <p>One entry point per procedure family, each judging {@link io.github.cstokit.model.CstoFacts} on the
 * act's date and returning a {@link io.github.cstokit.rules.Verdict}:
 * {@link io.github.cstokit.rules.DecisionRules} (decisions of the statutory bodies),
 * {@link io.github.cstokit.rules.DefenceRules} (Treaty Art. 2 and 4),
 * {@link io.github.cstokit.rules.MandateRules} (deployment mandates),
 * {@link io.github.cstokit.rules.MembershipRules} (admission, withdrawal, suspension, expulsion,
 * non-renewal, freezes) and {@link io.github.cstokit.rules.OfficeRules} (Secretary General, chairmanship,
 * third-state bases). Every rule, with its stable id, citations and basis, is listed in
 * {@link io.github.cstokit.rules.Rule}.
 *
 * <pre>{@code
 * Verdict v = MandateRules.check(kz2022, facts);
 * System.out.println(v.explain());
 * }</pre>
 */
@CstoStyle
package io.github.cstokit.rules;

import io.github.cstokit.model.internal.CstoStyle;
