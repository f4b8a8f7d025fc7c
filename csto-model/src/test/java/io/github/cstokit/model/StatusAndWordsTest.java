package io.github.cstokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Applications for observer or partner status, status decisions, arrears, suspensions of rights and the
 * words of provisions: their invariants, and how Scenario and the CstoFacts defaults hold them. The values
 * are placeholders (code XA, dates in 2030), not facts.
 */
class StatusAndWordsTest {

  static final LocalDate DAY = LocalDate.of(2030, 4, 1);

  static StatusApplication application(String id, LocalDate date) {
    return StatusApplication.builder().id(id).applicant("XA").status(StatusKind.OBSERVER).date(date).build();
  }

  static ProvisionText text(String id, String citation, String language) {
    ProvisionText.Builder b = ProvisionText.builder().id(id).instrumentId("treaty-1992")
        .citation(Citation.parse(citation)).reading(Reading.FULL).language(language).addPassage("words")
        .source(Source.builder().id("src").title("t").publisher("p").url("https://example.org/")
            .kind(SourceKind.OFFICIAL_TEXT).build());
    if (!language.equals("en")) {
      b.english("words");
    }
    return b.build();
  }

  @Test
  void anApplicationIsAStateOrAnOrganizationAndItsCriteriaAreMetOrNot() {
    StatusApplication a = application("a", DAY);
    assertTrue(a.isState());
    assertFalse(StatusApplication.builder().from(a).applicant("sco").build().isState());
    assertEquals("StatusApplication[a XA OBSERVER 2030-04-01]", a.toString());
    IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
        () -> StatusApplication.builder().from(a).addCriteriaMet(StatusCriterion.UN_MEMBER)
            .addCriteriaNotMet(StatusCriterion.UN_MEMBER).build());
    assertEquals("criteriaMet and criteriaNotMet must be disjoint but both hold UN_MEMBER", both.getMessage());
    assertThrows(IllegalArgumentException.class, () -> StatusApplication.builder().from(a).id("").build());
    assertEquals(StatusKind.PARTNER, StatusCriterion.NO_CONTRARY_SECURITY_OBLIGATIONS.status());
    assertEquals(StatusKind.OBSERVER, StatusCriterion.PEACEFUL_SETTLEMENT.status());
  }

  @Test
  void arrearsAreUnpaidFromTheirDueDayUntilPaidInFull() {
    Arrears a = Arrears.builder().id("d").state("XA").dueSince(LocalDate.of(2028, 1, 1))
        .paidInFull(LocalDate.of(2031, 1, 1)).build();
    assertFalse(a.isUnpaidOn(LocalDate.of(2027, 12, 31)));
    assertTrue(a.isUnpaidOn(LocalDate.of(2028, 1, 1)));
    assertTrue(a.isUnpaidOn(LocalDate.of(2030, 12, 31)));
    assertFalse(a.isUnpaidOn(LocalDate.of(2031, 1, 1)));
    assertEquals(0, a.yearsOverdueOn(LocalDate.of(2027, 1, 1)));
    assertEquals(1, a.yearsOverdueOn(LocalDate.of(2029, 12, 31)));
    assertEquals(2, a.yearsOverdueOn(LocalDate.of(2030, 1, 1)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Arrears.builder().id("d").state("XA").dueSince(DAY).paidInFull(DAY).build());
    assertEquals("paidInFull (2030-04-01) must be after dueSince (2030-04-01)", e.getMessage());
  }

  @Test
  void aSuspensionNamesAtLeastOneRight() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RightsSuspension.builder().id("s").state("XA").body(Body.COLLECTIVE_SECURITY_COUNCIL)
            .date(DAY).build());
    assertEquals("rights must not be empty", e.getMessage());
    RightsSuspension s = RightsSuspension.builder().id("s").state("XA").body(Body.COLLECTIVE_SECURITY_COUNCIL)
        .date(DAY).addRights(MemberRight.VOTE, MemberRight.NOMINATION_TO_QUOTA_POSTS).build();
    assertEquals(List.of(MemberRight.NOMINATION_TO_QUOTA_POSTS, MemberRight.VOTE), List.copyOf(s.rights()));
    assertEquals("RightsSuspension[s XA CSC 2030-04-01 [NOMINATION_TO_QUOTA_POSTS, VOTE]]", s.toString());
  }

  @Test
  void aSuspensionIsRestoredAfterItsDay() {
    RightsSuspension s = RightsSuspension.builder().id("s").state("XA").body(Body.COLLECTIVE_SECURITY_COUNCIL)
        .date(DAY).addRights(MemberRight.VOTE).build();
    assertEquals(Optional.empty(), s.restoredOn());
    RightsSuspension restored = RightsSuspension.builder().from(s).restoredOn(LocalDate.of(2031, 5, 1)).build();
    assertEquals(Optional.of(LocalDate.of(2031, 5, 1)), restored.restoredOn());
    assertEquals("RightsSuspension[s XA CSC 2030-04-01 [VOTE] restored 2031-05-01]", restored.toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RightsSuspension.builder().from(s).restoredOn(DAY).build());
    assertEquals("restoredOn (2030-04-01) must be after date (2030-04-01)", e.getMessage());
  }

  @Test
  void aProvisionTextHasAnEnglishRenderingUnlessItIsEnglish() {
    assertThrows(IllegalArgumentException.class,
        () -> ProvisionText.builder().from(text("t", "Treaty Art. 7 [1992]", "ru")).english(Optional.empty())
            .build());
    assertThrows(IllegalArgumentException.class,
        () -> ProvisionText.builder().from(text("t", "Charter Art. 2 [2002]", "en")).english("again").build());
    assertThrows(IllegalArgumentException.class,
        () -> ProvisionText.builder().from(text("t", "Treaty Art. 7 [1992]", "ru")).language("RU").build());
    assertThrows(IllegalArgumentException.class,
        () -> ProvisionText.builder().from(text("t", "Treaty Art. 7 [1992]", "ru")).passages(List.of()).build());
    assertThrows(IllegalArgumentException.class,
        () -> ProvisionText.builder().from(text("t", "Treaty Art. 7 [1992]", "ru")).passages(List.of(" "))
            .build());
    assertEquals("ProvisionText[t: Treaty Art. 7 [1992] ru FULL, read from src]",
        text("t", "Treaty Art. 7 [1992]", "ru").toString());
  }

  @Test
  void aCitationNamesTheWordingOfItsVersionOrAnyWordingWithoutOne() {
    ProvisionText v1992 = text("a", "Treaty Art. 4 [1992]", "ru");
    ProvisionText unversioned = text("b", "Charter Art. 25", "uz");
    assertTrue(v1992.isCitedBy(Citation.parse("Treaty Art. 4 [1992]")));
    assertFalse(v1992.isCitedBy(Citation.parse("Treaty Art. 4 [2010]")));
    assertTrue(v1992.isCitedBy(Citation.of("Treaty", "4")));
    assertFalse(v1992.isCitedBy(Citation.of("Treaty", "4", "1")));
    assertFalse(v1992.isCitedBy(Citation.parse("Treaty Art. 5 [1992]")));
    assertTrue(unversioned.isCitedBy(Citation.parse("Charter Art. 25 [2002]")));
    assertFalse(unversioned.isCitedBy(Citation.parse("Charter [2002]")));
  }

  @Test
  void theFactsDefaultsHoldNothingAndFindOneWordingByCitation() {
    Scenario empty = Scenario.builder().build();
    assertEquals(List.of(), empty.statusApplications());
    assertEquals(List.of(), empty.statusDecisions());
    assertEquals(List.of(), empty.arrears());
    assertEquals(List.of(), empty.rightsSuspensions());
    assertEquals(Optional.empty(), empty.provision(Citation.parse("Treaty Art. 4 [1992]")));
    Scenario worded = Scenario.builder().addProvision(text("a", "Treaty Art. 4 [1992]", "ru"))
        .addProvision(text("b", "Treaty Art. 4 [2010]", "en")).build();
    assertEquals("b", worded.provision(Citation.parse("Treaty Art. 4 [2010]")).orElseThrow().id());
    assertEquals(Optional.empty(), worded.provision(Citation.of("Treaty", "4")), "two wordings: ambiguous");
    assertThrows(NullPointerException.class, () -> worded.provision(null));
  }

  @Test
  void aScenarioSortsKeepsAndCopiesTheRecordsAndRefusesRepeatedIds() {
    StatusApplication later = application("later", DAY.plusDays(1));
    StatusApplication earlier = application("earlier", DAY);
    StatusDecision grant = StatusDecision.builder().id("g").applicant("XA").status(StatusKind.OBSERVER)
        .action(StatusAction.GRANT).body(Body.COLLECTIVE_SECURITY_COUNCIL).date(DAY.plusDays(2)).build();
    Arrears debt = Arrears.builder().id("d").state("AM").dueSince(DAY).build();
    RightsSuspension s = RightsSuspension.builder().id("s").state("AM").body(Body.COLLECTIVE_SECURITY_COUNCIL)
        .date(DAY).addRights(MemberRight.VOTE).build();
    Scenario base = Fixtures.scenario();
    Scenario facts = base.toBuilder().addStatusApplications(List.of(later, earlier)).addStatusDecision(grant)
        .addArrears(debt).addRightsSuspension(s).addProvision(text("t", "Treaty Art. 7 [1992]", "ru")).build();
    assertEquals(List.of(earlier, later), facts.statusApplications());
    assertEquals(List.of(grant), facts.statusDecisions());
    assertEquals(List.of(debt), facts.arrears());
    assertEquals(List.of(s), facts.rightsSuspensions());
    assertEquals(1, facts.provisions().size());
    assertThrows(UnsupportedOperationException.class, () -> facts.arrears().clear());
    assertEquals(facts, facts.toBuilder().build());
    assertNotEquals(base, facts);
    assertEquals(facts.hashCode(), facts.toBuilder().build().hashCode());
    // What-if copies keep them.
    Scenario without = facts.withoutState("AM");
    assertEquals(List.of(debt), without.arrears());
    assertEquals(facts.provisions(), facts.withStatus("AM", DAY, MembershipStatus.CEASED).provisions());
    // A copy made through the interface keeps them too.
    CstoFacts view = new Delegating(facts);
    assertEquals(facts.statusApplications(), Scenario.from(view).statusApplications());
    assertEquals(facts.provisions(), Scenario.from(view).provisions());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> facts.toBuilder().addStatusApplication(application("later", DAY)).build());
    assertEquals("status application ids must not repeat 'later'", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> facts.toBuilder().addProvision(text("u", "Treaty Art. 7 [1992]", "ru")).build());
    assertThrows(IllegalArgumentException.class, () -> facts.toBuilder().addArrears(debt).build());
    assertThrows(IllegalArgumentException.class, () -> facts.toBuilder().addRightsSuspension(s).build());
    assertThrows(IllegalArgumentException.class, () -> facts.toBuilder().addStatusDecision(grant).build());
  }

  /** A facts object that is not a Scenario, to copy through the interface. */
  private static final class Delegating implements CstoFacts {
    private final Scenario s;

    Delegating(Scenario s) {
      this.s = s;
    }

    @Override public Optional<State> state(String code) { return s.state(code); }
    @Override public java.util.SortedSet<State> states() { return s.states(); }
    @Override public MembershipStatus status(String code, LocalDate date) { return s.status(code, date); }
    @Override public Participation participation(String code, LocalDate date) {
      return s.participation(code, date);
    }
    @Override public java.util.SortedSet<State> members(LocalDate date) { return s.members(date); }
    @Override public Optional<MembershipTimeline> timeline(String code) { return s.timeline(code); }
    @Override public List<MembershipEvent> events() { return s.events(); }
    @Override public Optional<Instrument> instrument(String id) { return s.instrument(id); }
    @Override public List<Instrument> instruments() { return s.instruments(); }
    @Override public Optional<Chairmanship> chair(LocalDate date) { return s.chair(date); }
    @Override public List<Chairmanship> chairmanships() { return s.chairmanships(); }
    @Override public Optional<Appointment> holder(Office office, LocalDate date) { return s.holder(office, date); }
    @Override public List<Appointment> appointments() { return s.appointments(); }
    @Override public List<StatusApplication> statusApplications() { return s.statusApplications(); }
    @Override public List<ProvisionText> provisions() { return s.provisions(); }
  }
}
