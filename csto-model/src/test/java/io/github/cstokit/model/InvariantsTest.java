package io.github.cstokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every invariant with the exact message it gives, and the readable forms. */
class InvariantsTest {

  private static void fails(String message, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertEquals(message, e.getMessage());
  }

  private static Source.Builder source() {
    return Source.builder().id("tass-687141").title("Uzbekistan suspended").publisher("TASS")
        .url("http://tass.com/russia/687141").kind(SourceKind.PRESS);
  }

  @Test
  void sourceInvariants() {
    assertEquals("Source[tass-687141 TASS]", source().build().toString());
    fails("url or document must be present",
        () -> Source.builder().id("x").title("t").publisher("p").kind(SourceKind.PRESS).build());
    assertTrue(Source.builder().id("x").title("t").publisher("p").kind(SourceKind.SCHOLARLY)
        .document("DCAF no. 18, p. 12").build().url().isEmpty());
    fails("id must match [A-Za-z0-9][A-Za-z0-9._:-]* but was '-x'", () -> source().id("-x").build());
    fails("title must not be blank", () -> source().title(" ").build());
    fails("publisher must not be blank", () -> source().publisher("").build());
    fails("url must not be blank", () -> source().url(" ").build());
    fails("document must not be blank", () -> source().document("").build());
  }

  @Test
  void alternativeValue() {
    AlternativeValue v = AlternativeValue.of("1993-09-09", List.of("blogen", "apostrophe"));
    assertEquals("AlternativeValue[1993-09-09 (blogen, apostrophe)]", v.toString());
    fails("sources must not be empty", () -> AlternativeValue.of("1993-09-09", List.of()));
    fails("value must not be blank", () -> AlternativeValue.of(" ", List.of("a")));
    fails("sources[1] must match [A-Za-z0-9][A-Za-z0-9._:-]* but was 'a b'",
        () -> AlternativeValue.of("v", List.of("a", "a b")));
    fails("note must not be blank",
        () -> AlternativeValue.builder().value("v").addSource("a").note("").build());
  }

  private static MembershipEvent.Builder event() {
    return MembershipEvent.builder().id("ge-accession").state("GE")
        .type(MembershipEventType.ACCESSION).date(PartialDate.parse("1993-12-09"))
        .framework(Framework.TREATY).addSource("news-pravda");
  }

  @Test
  void membershipEvent() {
    MembershipEvent e = event().build();
    assertTrue(e.effective());
    assertEquals("MembershipEvent[GE ACCESSION 1993-12-09]", e.toString());
    assertEquals("MembershipEvent[GE ACCESSION 1993-12-09 (no effect)]",
        e.withEffective(false).toString());
    assertEquals(PartialDate.parse("1993-09"), e.withDate(PartialDate.parse("1993-09")).date());
    fails("sources must not be empty", () -> event().sources(List.of()).build());
    fails("state must match [A-Z]{2} but was 'Ge'", () -> event().state("Ge").build());
    fails("instrument must match [A-Za-z0-9][A-Za-z0-9._:-]* but was ''",
        () -> event().instrumentId("").build());
    fails("choice must be present when alternatives are not empty",
        () -> event().addAlternative(AlternativeValue.of("1993-09-09", List.of("blogen"))).build());
    fails("choice must not be blank", () -> event().choice(" ").build());
    fails("note must not be blank", () -> event().note("").build());
    MembershipEvent withChoice = event()
        .addAlternative(AlternativeValue.of("1993-09-09", List.of("blogen")))
        .choice("Recommend 1993-12-09: contemporaneous sources").build();
    assertEquals(1, withChoice.alternatives().size());
    assertThrows(IllegalStateException.class, () -> MembershipEvent.builder().id("x").build());
  }

  @Test
  void instrument() {
    Instrument treaty = Fixtures.treaty();
    assertEquals("Instrument[cst Treaty 1992]", treaty.toString());
    assertEquals(Citation.parse("Treaty Art. 4 [1992]"), treaty.cite("4"));
    assertEquals(Citation.parse("Treaty [1992]"), treaty.cite());
    assertFalse(treaty.isInForce(LocalDate.of(1994, 4, 19)));
    assertTrue(treaty.isInForce(LocalDate.of(1994, 4, 20)));
    assertFalse(Instrument.builder().from(treaty).entryIntoForce(java.util.Optional.empty()).build()
        .isInForce(LocalDate.of(2020, 1, 1)));
    fails("inForce (1991) must not be before signed (1992-05-15)",
        () -> Instrument.builder().from(treaty).entryIntoForce(PartialDate.parse("1991")).build());
    assertEquals(PartialDate.parse("1992"),
        Instrument.builder().from(treaty).entryIntoForce(PartialDate.parse("1992")).build()
            .entryIntoForce().orElseThrow());
    fails("amends must not be the instrument's own id 'cst'",
        () -> Instrument.builder().from(treaty).amendedId("cst").build());
    fails("sources must not be empty",
        () -> Instrument.builder().from(treaty).sources(List.of()).build());
    fails("titleEn must not be blank", () -> Instrument.builder().from(treaty).titleEn("").build());
    fails("shortName must not contain the word 'Art.' but was 'Art.'",
        () -> Instrument.builder().from(treaty).shortName("Art.").build());
    fails("version must match [\\p{L}\\p{N}][\\p{L}\\p{N}.-]* but was '1992 text'",
        () -> Instrument.builder().from(treaty).version("1992 text").build());
  }

  @Test
  void organAndBody() {
    Organ csc = Organ.builder().id("csc").nameEn("Collective Security Council")
        .nameRu("Совет коллективной безопасности").abbreviation("CSC")
        .kind(OrganKind.STATUTORY_BODY).composition("Heads of the member states")
        .decisionMode(DecisionMode.CONSENSUS).addLegalBasis(Citation.parse("Charter Art. 13"))
        .addSource("odkb-structure").build();
    assertEquals("Organ[csc CSC]", csc.toString());
    assertEquals(Body.COLLECTIVE_SECURITY_COUNCIL, csc.body().orElseThrow());
    fails("sources must not be empty",
        () -> Organ.builder().from(csc).sources(List.of()).build());
    fails("composition must not be blank",
        () -> Organ.builder().from(csc).composition("").build());
    for (Body body : Body.values()) {
      assertEquals(body, Body.byOrganId(body.organId()).orElseThrow());
    }
    assertTrue(Body.byOrganId("nope").isEmpty());
    assertTrue(Body.COUNCIL_OF_FOREIGN_MINISTERS.takesBindingDecisions());
    assertFalse(Body.PARLIAMENTARY_ASSEMBLY.takesBindingDecisions());
  }

  private static Decision decision() {
    return Decision.builder().id("csc-2022-01-06").body(Body.COLLECTIVE_SECURITY_COUNCIL)
        .date(LocalDate.of(2022, 1, 6)).title("Peacekeeping forces to Kazakhstan")
        .matter(Matter.DEPLOYMENT).putPosition("RU", Position.SUPPORTS)
        .putPosition("AM", Position.SUPPORTS).addSignature("RU").addSignature("AM").build();
  }

  @Test
  void decisionInvariants() {
    Decision d = decision();
    assertEquals("Decision[csc-2022-01-06 CSC 2022-01-06 DEPLOYMENT STANDARD {AM=SUPPORTS, RU=SUPPORTS}"
        + " signed by [AM, RU]]", d.toString());
    assertEquals("Decision[csc-2022-01-06 CSC 2022-01-06 DEPLOYMENT STANDARD {AM=OBJECTS, RU=SUPPORTS}"
        + " signed by [AM, RU] ADOPTED]",
        d.withPosition("AM", Position.OBJECTS).withRecordedOutcome(RecordedOutcome.ADOPTED).toString());
    assertEquals(List.of("AM", "RU"), List.copyOf(d.positions().keySet()));
    assertEquals(List.of("AM", "RU"), List.copyOf(d.signatures()));
    Decision whatIf = d.withPosition("AM", Position.OBJECTS).withFormat(DecisionFormat.LIMITED);
    assertEquals(Position.OBJECTS, whatIf.position("AM").orElseThrow());
    assertEquals(Position.SUPPORTS, d.position("AM").orElseThrow());
    assertEquals(DecisionFormat.STANDARD, d.format());
    assertEquals(DecisionFormat.LIMITED, whatIf.format());
    assertTrue(d.withoutPosition("AM").position("AM").isEmpty());
    assertEquals(Matter.GENERAL, Decision.builder().body(Body.PERMANENT_COUNCIL)
        .date(LocalDate.of(2022, 1, 1)).title("m").build().matter());
    fails("positions key must match [A-Z]{2} but was 'arm'",
        () -> d.withPosition("arm", Position.SUPPORTS));
    fails("signatures element must match [A-Z]{2} but was 'R'", () -> d.withSignatures(List.of("R")));
    fails("title must not be blank",
        () -> Decision.builder().from(d).title("").build());
    assertThrows(UnsupportedOperationException.class,
        () -> d.positions().put("KZ", Position.SUPPORTS));
  }

  @Test
  void decisionRecordedOutcome() {
    Decision d = decision();
    assertTrue(d.recordedOutcome().isEmpty());
    Decision adopted = d.withRecordedOutcome(RecordedOutcome.ADOPTED);
    assertEquals(Optional.of(RecordedOutcome.ADOPTED), adopted.recordedOutcome());
    // Independent of the positions: a copy keeps them, and the outcome survives other copies.
    assertEquals(d.positions(), adopted.positions());
    assertEquals(Optional.of(RecordedOutcome.ADOPTED),
        adopted.withPositions(Map.of()).withFormat(DecisionFormat.LIMITED).recordedOutcome());
    assertTrue(adopted.withPositions(Map.of()).positions().isEmpty());
    assertEquals(Optional.of(RecordedOutcome.NOT_ADOPTED),
        adopted.withRecordedOutcome(RecordedOutcome.NOT_ADOPTED).recordedOutcome());
    assertEquals(d, adopted.withoutRecordedOutcome());
    assertFalse(d.equals(adopted));
    assertEquals(d.toString().replace("]]", "] ADOPTED]"), adopted.toString());
    Decision built = Decision.builder().from(d).recordedOutcome(RecordedOutcome.NOT_ADOPTED).build();
    assertEquals(Optional.of(RecordedOutcome.NOT_ADOPTED), built.recordedOutcome());
    assertEquals(built, Decision.builder().from(built).build());
    assertThrows(NullPointerException.class, () -> d.withRecordedOutcome(null));
    assertEquals(List.of(RecordedOutcome.ADOPTED, RecordedOutcome.NOT_ADOPTED),
        List.of(RecordedOutcome.values()));
  }

  @Test
  void forcesAndMandates() {
    Force crrf = Force.builder().id("crrf").kind(ForceKind.COLLECTIVE_RAPID_REACTION_FORCES)
        .nameEn("Collective Rapid Reaction Forces").abbreviation("CRRF").addSource("s").build();
    assertEquals("Force[crrf CRRF]", crrf.toString());
    fails("sources must not be empty", () -> Force.builder().from(crrf).sources(List.of()).build());

    HostRequest request = HostRequest.builder().state("KZ").author("President Tokayev")
        .date(PartialDate.parse("2022-01-05")).build();
    assertEquals("HostRequest[KZ 2022-01-05 President Tokayev]", request.toString());
    fails("author must not be blank", () -> HostRequest.builder().from(request).author("").build());

    Contingent am = Contingent.builder().state("AM").size(70).build();
    assertEquals("Contingent[AM 70]", am.toString());
    assertTrue(am.underUnifiedCommand());
    assertTrue(am.voluntary());
    assertEquals("Contingent[RU ?]", Contingent.of("RU").toString());
    assertEquals(OptionalInt.empty(), am.withSize(OptionalInt.empty()).size());
    fails("size must be positive but was 0", () -> Contingent.builder().state("AM").size(0).build());

    Command command = Command.builder().commander("Col Gen Andrey Serdyukov").commanderState("RU")
        .appointingBody(Body.COLLECTIVE_SECURITY_COUNCIL).build();
    assertEquals("Command[Col Gen Andrey Serdyukov (RU) by CSC]", command.toString());
    fails("commanderState must match [A-Z]{2} but was 'RUS'",
        () -> Command.builder().from(command).commanderState("RUS").build());

    Completion completion = Completion.builder().withdrawalStart(LocalDate.of(2022, 1, 13))
        .withdrawalEnd(LocalDate.of(2022, 1, 19)).build();
    assertEquals("Completion[withdrawal 2022-01-13..2022-01-19]", completion.toString());
    fails("withdrawalEnd (2022-01-12) must not be before withdrawalStart (2022-01-13)",
        () -> Completion.builder().from(completion).withdrawalEnd(LocalDate.of(2022, 1, 12)).build());

    Mandate kz = Mandate.builder().id("kz-2022").forceKind(ForceKind.COLLECTIVE_PEACEKEEPING_FORCES)
        .hostState("KZ").territory(Territory.MEMBER_STATE).request(request)
        .addLegalBasis(Citation.parse("Treaty Art. 4")).decision(decision()).addContingent(am)
        .command(command).deployed(true).addSource("tass").build();
    assertEquals("Mandate[kz-2022 COLLECTIVE_PEACEKEEPING_FORCES in KZ]", kz.toString());
    assertTrue(Mandate.builder().from(kz).build().deployed());
    assertTrue(Mandate.builder().id("m").forceKind(ForceKind.COLLECTIVE_PEACEKEEPING_FORCES).hostState("KZ")
        .territory(Territory.MEMBER_STATE).build().deployed());
    assertFalse(Mandate.builder().from(kz).deployed(false).build().deployed());
    assertTrue(kz.withoutRequest().request().isEmpty());
    assertTrue(kz.request().isPresent());
    assertTrue(kz.withoutCommand().command().isEmpty());
    assertEquals(2, kz.withContingents(List.of(am, Contingent.of("RU"))).contingents().size());
    assertEquals(70, kz.contingent("AM").orElseThrow().size().getAsInt());
    assertEquals(request, kz.withoutRequest().withRequest(request).request().orElseThrow());
    fails("contingents state must not repeat 'AM'", () -> kz.withContingents(List.of(am, am)));
    // A request may come from another state than the host, or from several states together.
    HostRequest byAm = HostRequest.builder().from(request).state("AM").build();
    assertEquals("AM", kz.withRequest(byAm).request().orElseThrow().state());
    HostRequest joint = HostRequest.builder().from(request).addAlsoRequestedBy("KG", "AM").build();
    assertEquals(new java.util.TreeSet<>(List.of("AM", "KG", "KZ")), joint.requestingStates());
    assertEquals(List.of("AM", "KG"), List.copyOf(joint.alsoRequestedBy()));
    assertTrue(joint.toString().startsWith("HostRequest[KZ+AM+KG 2022-01-05 "), joint.toString());
    fails("alsoRequestedBy must not contain the state (KZ)",
        () -> HostRequest.builder().from(request).addAlsoRequestedBy("KZ").build());
    fails("alsoRequestedBy must match [A-Z]{2} but was 'kz'",
        () -> HostRequest.builder().from(request).addAlsoRequestedBy("kz").build());
    // Several commanders: the command first, then the others; none without a command.
    Command first = Command.builder().commander("A").appointingBody(Body.COLLECTIVE_SECURITY_COUNCIL).build();
    Command second = Command.builder().commander("B").appointingBody(Body.COUNCIL_OF_DEFENCE_MINISTERS).build();
    Mandate two = Mandate.builder().from(kz).command(first).addOtherCommands(second).build();
    assertEquals(List.of(first, second), two.commands());
    assertEquals(List.of(), two.withoutCommand().commands());
    assertEquals(List.of(), two.withoutCommand().otherCommands());
    fails("otherCommands must be empty when there is no command",
        () -> Mandate.builder().from(kz.withoutCommand()).addOtherCommands(second).build());
    fails("tasks[0] must not be blank", () -> Mandate.builder().from(kz).addTask(" ").build());
  }

  @Test
  void attestations() {
    AlternativeValue start = AlternativeValue.builder().field("start").value("2022-09-14")
        .addSource("newsam").build();
    Attestation days = Attestation.builder().note("Sent on 2022-09-15.").addAlternative(start)
        .choice("2022-09-15 is the official dispatch date.").addSource("tass").build();
    assertEquals("Attestation[(tass), 1 alternative]", days.toString());
    assertEquals("Attestation[note only]", Attestation.builder().note("n").build().toString());
    assertEquals("Attestation[2 alternatives]", Attestation.builder().from(days).sources(List.of())
        .addAlternative(start).build().toString());
    assertEquals(Optional.empty(), Attestation.of(Optional.empty(), List.of(), Optional.empty(), List.of()));
    assertEquals(Optional.of(days), Attestation.of(days.note(), days.alternatives(), days.choice(),
        days.sources()));
    fails("an attestation must give a note, an alternative, a choice or a source",
        () -> Attestation.builder().build());
    fails("note must not be blank", () -> Attestation.builder().note(" ").build());
    fails("choice must be present when alternatives are not empty",
        () -> Attestation.builder().addAlternative(start).build());
    fails("sources[0] must match [A-Za-z0-9][A-Za-z0-9._:-]* but was 'a b'",
        () -> Attestation.of(Optional.empty(), List.of(), Optional.empty(), List.of("a b")));

    Mandate am = Mandate.builder().id("am-2022").forceKind(ForceKind.OTHER).hostState("AM")
        .territory(Territory.MEMBER_STATE).period(Period.startingOn(LocalDate.of(2022, 9, 15)))
        .periodAttestation(days).build();
    assertEquals(days, am.periodAttestation().orElseThrow());
    fails("periodAttestation must be empty when there is no period",
        () -> Mandate.builder().from(am).period(Optional.empty()).build());
    fails("periodAttestation alternatives must each name the field they are for but "
            + "AlternativeValue[2022-09-14 (newsam)] names none",
        () -> Mandate.builder().from(am).periodAttestation(Attestation.builder().from(days)
            .alternatives(List.of(AlternativeValue.of("2022-09-14", List.of("newsam")))).build())
            .build());
    Attestation letter = Attestation.builder().note("The Secretary General wrote on behalf of the CSC.")
        .addSource("un-letter").build();
    Mandate informed = Mandate.builder().from(am).unSecurityCouncilInformed(LocalDate.of(2022, 9, 16))
        .unSecurityCouncilInformedAttestation(letter).build();
    assertEquals(letter, informed.unSecurityCouncilInformedAttestation().orElseThrow());
    fails("unSecurityCouncilInformedAttestation must be empty when there is no unSecurityCouncilInformed",
        () -> Mandate.builder().from(informed).unSecurityCouncilInformed(Optional.empty()).build());
    fails("unSecurityCouncilInformedAttestation must give no alternatives and no choice",
        () -> Mandate.builder().from(informed).unSecurityCouncilInformedAttestation(days).build());
  }

  @Test
  void structureChecks() {
    Organ csc = Organ.builder().id("csc").nameEn("Collective Security Council").nameRu("Совет коллективной безопасности")
        .abbreviation("CSC").kind(OrganKind.STATUTORY_BODY).composition("Heads of the member states")
        .decisionMode(DecisionMode.CONSENSUS).addSource("s").build();
    fails("abbreviation must not be blank", () -> Organ.builder().from(csc).abbreviation(" ").build());
    fails("abbreviationRu must not be blank", () -> Organ.builder().from(csc).abbreviationRu("").build());
    fails("legalBasisInstrumentIds[0] must match [A-Za-z0-9][A-Za-z0-9._:-]* but was 'a b'",
        () -> Organ.builder().from(csc).addLegalBasisInstrumentId("a b").build());
    fails("note must not be blank", () -> Organ.builder().from(csc).note(" ").build());
    fails("id must match [A-Za-z0-9][A-Za-z0-9._:-]* but was ''", () -> Organ.builder().from(csc).id("").build());
  }

  @Test
  void appointmentAndChairmanship() {
    Appointment zas = Fixtures.sg("sg-zas", "Stanislav Zas", "BY", LocalDate.of(2020, 1, 1),
        LocalDate.of(2023, 1, 1), false);
    assertEquals("Appointment[SECRETARY_GENERAL Stanislav Zas (BY) [2020-01-01, 2023-01-01)]",
        zas.toString());
    assertTrue(zas.isInOffice(LocalDate.of(2022, 12, 31)));
    assertFalse(zas.isInOffice(LocalDate.of(2023, 1, 1)));
    fails("decisionDate (2023-01-01) must be before the end of period (2023-01-01)",
        () -> Appointment.builder().from(zas).decisionDate(LocalDate.of(2023, 1, 1)).build());
    fails("choice must be present when alternatives are not empty",
        () -> Appointment.builder().from(zas)
            .addAlternative(AlternativeValue.of("4 years", List.of("wikipedia"))).build());
    fails("sources must not be empty",
        () -> Appointment.builder().from(zas).sources(List.of()).build());
    assertEquals(Period.startingOn(LocalDate.of(2020, 1, 1)),
        zas.withPeriod(Period.startingOn(LocalDate.of(2020, 1, 1))).period());

    Chairmanship kz = Fixtures.chair("chair-2024-kz", "KZ", LocalDate.of(2024, 1, 1),
        LocalDate.of(2025, 1, 1));
    assertEquals("Chairmanship[KZ [2024-01-01, 2025-01-01)]", kz.toString());
    assertEquals("Chairmanship[KZ [2024-01-01, 2025-01-01) (fragmentary)]",
        Chairmanship.builder().from(kz).fragmentary(true).build().toString());
    fails("state must match [A-Z]{2} but was 'KAZ'",
        () -> Chairmanship.builder().from(kz).state("KAZ").build());
    fails("sources must not be empty",
        () -> Chairmanship.builder().from(kz).sources(List.of()).build());
  }

  @Test
  void statusPeriod() {
    StatusPeriod p = StatusPeriod.of(MembershipStatus.MEMBER, Participation.FROZEN,
        Period.startingOn(LocalDate.of(2024, 2, 22)),
        Fixtures.event("AM", MembershipEventType.FREEZE_DECLARED, "2024-02-22"));
    assertEquals("StatusPeriod[MEMBER FROZEN [2024-02-22, ...)]", p.toString());
  }
}
