package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Check.findingSaying;
import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Addressee;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.RequestForm;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.StatusAction;
import io.github.cstokit.model.StatusApplication;
import io.github.cstokit.model.StatusCriterion;
import io.github.cstokit.model.StatusDecision;
import io.github.cstokit.model.StatusKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Charter Art. 21 and the 2018 Regulations' criteria, on hypothetical applications and decisions (the
 * reference records none) judged against the real instruments and their dates: the Charter in force from
 * 2003-09-18, Protocol No. 3 from 2021-01-19, the Regulations adopted 2018-11-08 with no entry into force
 * known.
 */
class StatusRulesTest {

  /** The real facts, except that the Regulations are taken to be in force from their adoption. */
  static final Scenario REGULATIONS_IN_FORCE = regulationsInForce();

  private static Scenario regulationsInForce() {
    List<Instrument> list = new ArrayList<>();
    for (Instrument i : FACTS.instruments()) {
      list.add(i.id().endsWith("-regulations-2018")
          ? Instrument.builder().from(i).entryIntoForce(PartialDate.parse("2018-11-08")).build()
          : i);
    }
    return Scenario.builder().addStates(FACTS.states()).addEvents(FACTS.events()).addInstruments(list)
        .build();
  }

  static StatusApplication.Builder observer(String id, String applicant, String date) {
    return StatusApplication.builder().id(id).applicant(applicant).status(StatusKind.OBSERVER).date(d(date))
        .form(RequestForm.OFFICIAL_WRITTEN).addressee(Addressee.SECRETARY_GENERAL);
  }

  static StatusDecision.Builder grant(String id, String applicant, String date) {
    return StatusDecision.builder().id(id).applicant(applicant).status(StatusKind.OBSERVER)
        .action(StatusAction.GRANT).body(Body.COLLECTIVE_SECURITY_COUNCIL).date(d(date));
  }

  static final StatusCriterion[] OBSERVER_CRITERIA = {StatusCriterion.UN_MEMBER,
      StatusCriterion.DIPLOMATIC_RELATIONS_WITH_ALL_MEMBERS, StatusCriterion.PEACEFUL_SETTLEMENT};

  @Test
  void aWrittenRequestToTheSecretaryGeneralByANonMemberSatisfiesArt21() {
    Verdict v = StatusRules.checkApplication(observer("a", "US", "2015-06-01").build(), FACTS);
    Finding f = finding(v, Rule.CHARTER_21_OBSERVER_STATUS, Outcome.SATISFIED);
    assertEquals(List.of(Citation.parse("Charter Art. 21 [2002]")), f.citations());
    assertTrue(f.reason().contains("addressed to the Secretary General"), f.reason());
    // An international organization may apply too.
    finding(StatusRules.checkApplication(observer("o", "sco", "2015-06-01").build(), FACTS),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.SATISFIED);
  }

  @Test
  void theWrongAddresseeTheWrongFormOrAMemberApplicantViolateArt21() {
    findingSaying(StatusRules.checkApplication(
        observer("a", "US", "2015-06-01").addressee(Addressee.COUNCIL_CHAIRMAN).build(), FACTS),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.VIOLATED, "not to the Secretary General");
    findingSaying(StatusRules.checkApplication(
        observer("a", "US", "2015-06-01").form(RequestForm.OTHER).build(), FACTS),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.VIOLATED, "not an official written request");
    findingSaying(StatusRules.checkApplication(observer("a", "KZ", "2015-06-01").build(), FACTS),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.VIOLATED, "KZ is a member on 2015-06-01");
  }

  @Test
  void anUnrecordedFormOrAddresseeLeavesArt21Open() {
    Finding f = finding(StatusRules.checkApplication(StatusApplication.builder().id("a").applicant("US")
            .status(StatusKind.OBSERVER).date(d("2015-06-01")).build(), FACTS),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.INDETERMINATE);
    assertEquals("the form of the request is not recorded; its addressee is not recorded", f.reason());
  }

  @Test
  void art21AppliesFromTheChartersEntryIntoForceUntilProtocolNo3() {
    findingSaying(StatusRules.checkApplication(observer("a", "US", "2002-10-06").build(), FACTS),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.NOT_APPLICABLE, "did not yet exist");
    findingSaying(StatusRules.checkApplication(observer("a", "US", "2003-09-17").build(), FACTS),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.INDETERMINATE, "not shown to be in force on 2003-09-17");
    finding(StatusRules.checkApplication(observer("a", "US", "2003-09-18").build(), FACTS),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.SATISFIED);
    Finding last = finding(StatusRules.checkApplication(observer("a", "US", "2021-01-18").build(), FACTS),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.SATISFIED);
    assertEquals(List.of(Citation.parse("Charter Art. 21 [2002]")), last.citations());
    Finding replaced = finding(StatusRules.checkApplication(observer("a", "US", "2021-01-19").build(), FACTS),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.INDETERMINATE);
    assertEquals(List.of(Citation.parse("Charter Protocol No. 3 [2018]")), replaced.citations());
    assertTrue(replaced.reason().contains("its wording was not read"), replaced.reason());
  }

  @Test
  void theCouncilGrantsOnARequestThatPrecedesTheGrant() {
    Scenario facts = FACTS.toBuilder().addStatusApplication(observer("a", "US", "2015-06-01").build()).build();
    Verdict v = StatusRules.checkDecision(grant("g", "US", "2015-09-15").applicationId("a").build(), facts);
    Finding f = finding(v, Rule.CHARTER_21_OBSERVER_STATUS, Outcome.SATISFIED);
    assertEquals("granted by the Council on the application of 2015-06-01", f.reason());
    // The application is judged too: its own Art. 21 finding, then the criteria (Regulations not yet signed).
    assertEquals(List.of(Rule.CHARTER_21_OBSERVER_STATUS, Rule.CHARTER_21_OBSERVER_STATUS,
        Rule.OBSERVER_REGULATIONS_CRITERIA), v.findings().stream().map(Finding::rule).toList());
    assertEquals(Outcome.NOT_APPLICABLE, v.findings().get(2).outcome());
    // Without an application id, the applicant's latest application for the status on or before the grant.
    finding(StatusRules.checkDecision(grant("g", "US", "2015-09-15").build(), facts),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.SATISFIED);
  }

  @Test
  void aGrantBeforeTheRequestOrByAnotherBodyViolatesArt21() {
    Scenario facts = FACTS.toBuilder().addStatusApplication(observer("a", "US", "2015-06-01").build()).build();
    Finding early = finding(StatusRules.checkDecision(grant("g", "US", "2015-05-31").build(), facts),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.VIOLATED);
    assertEquals("the application of 2015-06-01 comes after the decision; the request must precede the grant",
        early.reason());
    Finding body = finding(StatusRules.checkDecision(
        grant("g", "US", "2015-09-15").body(Body.PERMANENT_COUNCIL).build(), facts),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.VIOLATED);
    assertTrue(body.reason().startsWith("decided by the Permanent Council"), body.reason());
    finding(StatusRules.checkDecision(grant("g", "KZ", "2015-09-15").build(), facts),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.VIOLATED);
  }

  @Test
  void aGrantWithNoApplicationRecordedIsOpen() {
    Verdict v = StatusRules.checkDecision(grant("g", "US", "2015-09-15").build(), FACTS);
    finding(v, Rule.CHARTER_21_OBSERVER_STATUS, Outcome.INDETERMINATE);
    // The Observer Regulations were adopted on 2018-11-08: in 2015 their criteria did not exist.
    assertEquals("the Observer Regulations did not yet exist on 2015-09-15: signed 2018-11-08",
        finding(v, Rule.OBSERVER_REGULATIONS_CRITERIA, Outcome.NOT_APPLICABLE).reason());
    // Adopted but not shown in force (2019): with no application, the criteria cannot be judged.
    assertTrue(finding(StatusRules.checkDecision(grant("g", "US", "2019-09-15").build(), FACTS),
        Rule.OBSERVER_REGULATIONS_CRITERIA, Outcome.INDETERMINATE).reason().endsWith(" is not shown to be in"
            + " force on 2019-09-15: no entry into force is recorded, and the sources do not establish it (a"
            + " Council act is otherwise taken to apply from the day it was taken); no application is recorded,"
            + " so the applicant's criteria cannot be judged"));
    assertEquals("no application is recorded, so the applicant's criteria cannot be judged",
        finding(StatusRules.checkDecision(grant("g", "US", "2019-09-15").build(), REGULATIONS_IN_FORCE),
            Rule.OBSERVER_REGULATIONS_CRITERIA, Outcome.INDETERMINATE).reason());
    // A named application the facts do not hold is no application either.
    finding(StatusRules.checkDecision(grant("g", "US", "2015-09-15").applicationId("none").build(), FACTS),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.INDETERMINATE);
  }

  @Test
  void theCouncilSuspendsOrAnnulsAStatusItGranted() {
    StatusDecision granted = grant("g", "US", "2015-09-15").build();
    Scenario facts = FACTS.toBuilder().addStatusDecision(granted).build();
    StatusDecision suspend = grant("s", "US", "2016-09-15").action(StatusAction.SUSPEND).build();
    Finding ok = finding(StatusRules.checkDecision(suspend, facts), Rule.CHARTER_21_OBSERVER_STATUS,
        Outcome.SATISFIED);
    assertEquals("suspended by the Council", ok.reason());
    finding(StatusRules.checkDecision(grant("n", "US", "2016-09-15").action(StatusAction.ANNUL).build(), facts),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.SATISFIED);
    finding(StatusRules.checkDecision(suspend, FACTS), Rule.CHARTER_21_OBSERVER_STATUS, Outcome.INDETERMINATE);
    assertEquals(1, StatusRules.checkDecision(suspend, facts).findings().size());
    finding(StatusRules.checkDecision(grant("s", "US", "2002-01-01").action(StatusAction.ANNUL).build(), facts),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.NOT_APPLICABLE);
  }

  @Test
  void theObserverCriteriaAsReadAreMetNotMetOrOpen() {
    Finding met = finding(StatusRules.checkApplication(
        observer("a", "US", "2019-06-01").addCriteriaMet(OBSERVER_CRITERIA).build(), REGULATIONS_IN_FORCE),
        Rule.OBSERVER_REGULATIONS_CRITERIA, Outcome.SATISFIED);
    assertEquals(List.of(Citation.parse("Observer Regulations Art. 1(3) [2018]")), met.citations());
    assertTrue(met.reason().endsWith("the rest of the Regulation was not read"), met.reason());
    assertTrue(met.facts().contains("members on 2019-06-01: AM, BY, KG, KZ, RU, TJ"), met.facts().toString());
    Finding notMet = finding(StatusRules.checkApplication(observer("a", "US", "2019-06-01")
            .addCriteriaMet(StatusCriterion.UN_MEMBER, StatusCriterion.PEACEFUL_SETTLEMENT)
            .addCriteriaNotMet(StatusCriterion.DIPLOMATIC_RELATIONS_WITH_ALL_MEMBERS).build(),
        REGULATIONS_IN_FORCE), Rule.OBSERVER_REGULATIONS_CRITERIA, Outcome.VIOLATED);
    assertEquals("the applicant does not meet DIPLOMATIC_RELATIONS_WITH_ALL_MEMBERS (para 1.3)", notMet.reason());
    Finding open = finding(StatusRules.checkApplication(
        observer("a", "US", "2019-06-01").addCriteriaMet(StatusCriterion.UN_MEMBER).build(),
        REGULATIONS_IN_FORCE), Rule.OBSERVER_REGULATIONS_CRITERIA, Outcome.INDETERMINATE);
    assertEquals("the record does not say whether the applicant meets DIPLOMATIC_RELATIONS_WITH_ALL_MEMBERS,"
        + " PEACEFUL_SETTLEMENT", open.reason());
    findingSaying(StatusRules.checkApplication(
        observer("a", "sco", "2019-06-01").addCriteriaMet(OBSERVER_CRITERIA).build(), REGULATIONS_IN_FORCE),
        Rule.OBSERVER_REGULATIONS_CRITERIA, Outcome.INDETERMINATE, "written for a state");
  }

  @Test
  void theCriteriaApplyOnlyOnceTheRegulationsAreShownInForce() {
    // The record says the Regulations' entry into force is not established (inForceStatus
    // NOT_ESTABLISHED), so they are not presumed in force from their adoption, as Council acts otherwise
    // are (docs/rules.md); decided in one place for every rule.
    StatusApplication a = observer("a", "US", "2019-06-01").addCriteriaMet(OBSERVER_CRITERIA).build();
    findingSaying(StatusRules.checkApplication(a, FACTS), Rule.OBSERVER_REGULATIONS_CRITERIA,
        Outcome.INDETERMINATE,
        "the sources do not establish it",
        "the applicant meets the criteria of para 1.3");
    findingSaying(StatusRules.checkApplication(a, REGULATIONS_IN_FORCE),
        Rule.OBSERVER_REGULATIONS_CRITERIA, Outcome.SATISFIED, "para 1.3");
    // Before their adoption on 2018-11-08 the Regulations did not exist.
    findingSaying(StatusRules.checkApplication(observer("a", "US", "2018-11-07").build(), FACTS),
        Rule.OBSERVER_REGULATIONS_CRITERIA, Outcome.NOT_APPLICABLE, "2018-11-08");
  }

  @Test
  void thePartnerCriterionIsMetNotMetOrOpen() {
    StatusApplication.Builder partner = StatusApplication.builder().id("p").applicant("US")
        .status(StatusKind.PARTNER).date(d("2019-06-01"));
    Verdict ok = StatusRules.checkApplication(
        partner.addCriteriaMet(StatusCriterion.NO_CONTRARY_SECURITY_OBLIGATIONS).build(), REGULATIONS_IN_FORCE);
    assertEquals(1, ok.findings().size(), "Charter Art. 21 concerns observers only");
    Finding f = finding(ok, Rule.PARTNER_REGULATIONS_CRITERIA, Outcome.SATISFIED);
    assertEquals(List.of(Citation.parse("Partner Regulations Art. 1(3) [2018]")), f.citations());
    StatusApplication.Builder against = StatusApplication.builder().id("p").applicant("US")
        .status(StatusKind.PARTNER).date(d("2019-06-01"))
        .addCriteriaNotMet(StatusCriterion.NO_CONTRARY_SECURITY_OBLIGATIONS);
    finding(StatusRules.checkApplication(against.build(), REGULATIONS_IN_FORCE),
        Rule.PARTNER_REGULATIONS_CRITERIA, Outcome.VIOLATED);
    StatusApplication unknown = StatusApplication.builder().id("p").applicant("US").status(StatusKind.PARTNER)
        .date(d("2019-06-01")).build();
    finding(StatusRules.checkApplication(unknown, REGULATIONS_IN_FORCE), Rule.PARTNER_REGULATIONS_CRITERIA,
        Outcome.INDETERMINATE);
    finding(StatusRules.checkApplication(unknown, FACTS), Rule.PARTNER_REGULATIONS_CRITERIA,
        Outcome.INDETERMINATE);
  }

  @Test
  void partnerDecisionsAreJudgedOnTheCriteriaOnly() {
    StatusApplication p = StatusApplication.builder().id("p").applicant("US").status(StatusKind.PARTNER)
        .date(d("2019-06-01")).addCriteriaMet(StatusCriterion.NO_CONTRARY_SECURITY_OBLIGATIONS).build();
    Scenario facts = REGULATIONS_IN_FORCE.toBuilder().addStatusApplication(p).build();
    StatusDecision.Builder d = StatusDecision.builder().id("pg").applicant("US").status(StatusKind.PARTNER)
        .action(StatusAction.GRANT).body(Body.COLLECTIVE_SECURITY_COUNCIL).date(d("2019-11-28"));
    Verdict granted = StatusRules.checkDecision(d.build(), facts);
    assertEquals(1, granted.findings().size());
    finding(granted, Rule.PARTNER_REGULATIONS_CRITERIA, Outcome.SATISFIED);
    findingSaying(StatusRules.checkDecision(d.action(StatusAction.ANNUL).build(), facts),
        Rule.PARTNER_REGULATIONS_CRITERIA, Outcome.NOT_APPLICABLE, "was not read");
  }

  @Test
  void theFindingCarriesTheWordsOfArt21WhenTheFactsHoldThem() {
    Scenario facts = FACTS.toBuilder()
        .addProvisions(io.github.cstokit.data.CstoData.bundled().provisions()).build();
    Finding f = finding(StatusRules.checkApplication(observer("a", "US", "2015-06-01").build(), facts),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.SATISFIED);
    assertEquals(1, f.words().size());
    assertEquals(Citation.parse("Charter Art. 21 [2002]"), f.words().get(0).citation());
    assertTrue(f.words().get(0).passages().get(0).contains("на имя Генерального секретаря"));
    // After Protocol No. 3 the words shown are those of the Protocol's opening, the only part read.
    Finding later = finding(StatusRules.checkApplication(observer("a", "US", "2022-06-01").build(), facts),
        Rule.CHARTER_21_OBSERVER_STATUS, Outcome.INDETERMINATE);
    assertEquals("charter-protocol-3-opening", later.words().get(0).id());
  }
}
