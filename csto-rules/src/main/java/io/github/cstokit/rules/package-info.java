/**
 * Procedure checks: consensus and its exceptions, collective defence and third-state bases, membership
 * procedures, deployment mandates, offices and rotation. All the classes in this package are immutable and
 * thread-safe. The inputs are built with the model's nested {@code Builder} classes, which are mutable and
 * not thread-safe; this package publishes no builder of its own.
 *
 * <p>One entry point per procedure family, each judging {@link io.github.cstokit.model.CstoFacts} on the
 * act's date and returning a {@link io.github.cstokit.rules.Verdict}:
 * {@link io.github.cstokit.rules.DecisionRules} (decisions of the statutory bodies),
 * {@link io.github.cstokit.rules.DefenceRules} (Treaty Art. 2, 4 and 7: appeals and third-state bases),
 * {@link io.github.cstokit.rules.MandateRules} (deployment mandates),
 * {@link io.github.cstokit.rules.MembershipRules} (admission, withdrawal, suspension, expulsion,
 * non-renewal, freezes), {@link io.github.cstokit.rules.OfficeRules} (Secretary General and
 * chairmanship), {@link io.github.cstokit.rules.StatusRules} (observer and partner status: Charter Art. 21
 * and the 2018 Regulations' criteria), {@link io.github.cstokit.rules.ArrearsRules} (Charter Art. 25:
 * suspension of rights for arrears, decided by the Council), {@link io.github.cstokit.rules.BudgetRules}
 * (the budget: approved by the Council, never in deficit), {@link io.github.cstokit.rules.DecisionFormRules}
 * (the form of a Council decision and its depositary) and
 * {@link io.github.cstokit.rules.InstrumentRules} (whether an instrument a decision relies on is in force on
 * its date). Every rule, with its stable id, citations and basis, is listed in
 * {@link io.github.cstokit.rules.Rule}. Where the wording of a cited provision was read, the finding carries
 * the words as the facts give them ({@link io.github.cstokit.rules.Finding#words()}), in the language read,
 * with an English rendering and the source. The inputs the checks judge are facts of the model
 * ({@link io.github.cstokit.model.Decision}, {@link io.github.cstokit.model.Mandate},
 * {@link io.github.cstokit.model.Appeal}, {@link io.github.cstokit.model.BasingRequest},
 * {@link io.github.cstokit.model.WithdrawalNotice}, ...), so a dataset can hold them too.
 *
 * <p><b>Parameter order.</b> Every check takes the subject first (the act judged; for the Secretary
 * General, the Council's decision), then any other input, then the date where one is given, and the facts
 * last: {@code MandateRules.check(mandate, date, facts)}, {@code Rule.citations(date, facts)}.
 *
 * <p><b>Nullness.</b> No method in this package accepts or returns {@code null}. A null argument throws
 * {@link java.lang.NullPointerException}; an absent result is an empty {@link java.util.Optional}, and
 * collections are unmodifiable and never null. What the record leaves unknown is never assumed: it gives a
 * finding of {@link io.github.cstokit.rules.Outcome#INDETERMINATE} that says so.
 *
 * <pre>{@code
 * CstoDataset data = CstoData.bundled();
 * Mandate kz2022 = data.mandate("kz-2022-peacekeeping").orElseThrow();
 * Verdict v = MandateRules.check(kz2022, data);
 * v.outcome();                                    // SATISFIED
 * System.out.println(v.explain());
 * WhatIf.between(v, MandateRules.check(kz2022.withoutRequest(), data)).outcomeChanged();   // true
 * }</pre>
 */
@CstoStyle
package io.github.cstokit.rules;

import io.github.cstokit.model.internal.CstoStyle;
