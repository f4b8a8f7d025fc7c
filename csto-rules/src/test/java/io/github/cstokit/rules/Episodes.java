package io.github.cstokit.rules;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.model.Appeal;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Completion;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.InstrumentKind;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.RecordedOutcome;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.State;
import io.github.cstokit.model.Territory;
import io.github.cstokit.model.ThreatKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Real facts and episodes from the reference dossier and the rule catalogue. The states, membership
 * events and instruments come from the bundled dataset; the episodes (decisions, mandates, offices) are
 * built by hand.
 */
final class Episodes {

  private Episodes() {}

  static final List<String> SIX = List.of("AM", "BY", "KG", "KZ", "RU", "TJ");

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** A third state, never a party: the rules' tests ask about states outside the Treaty. */
  static final State US = State.builder().isoAlpha2("US").isoAlpha3("USA").cowCode(2).cowAbbreviation("USA")
      .nameEn("United States").nameRu("США").build();

  /** The real states, from the bundled dataset (their one home), and the third state {@link #US}. */
  static List<State> states() {
    List<State> list = new ArrayList<>(CstoData.bundled().states());
    list.add(US);
    return list;
  }

  static MembershipEvent event(String state, MembershipEventType type, String date) {
    PartialDate pd = PartialDate.parse(date);
    return MembershipEvent.builder()
        .id(state.toLowerCase() + "-" + type.name().toLowerCase() + "-" + date)
        .state(state).type(type).date(pd).framework(Framework.on(pd.firstDay()))
        .addSource("odkb-25years")
        .build();
  }

  /** The membership events of the real states, from the bundled dataset. */
  static List<MembershipEvent> events() {
    return CstoData.bundled().events();
  }

  static Instrument instrument(String id, InstrumentKind kind, String shortName, String signed,
      String inForce, String version, String amends) {
    Instrument.Builder b = Instrument.builder().id(id).kind(kind).shortName(shortName).titleEn(id)
        .signed(PartialDate.parse(signed)).entryIntoForce(PartialDate.parse(inForce)).version(version)
        .addSource("kz-bulletin");
    if (amends != null) {
      b.amendedId(amends);
    }
    return b.build();
  }

  /** The real instruments, with the dates of the law, from the bundled dataset: one home for them. */
  static List<Instrument> instruments() {
    return CstoData.bundled().instruments();
  }

  static Instrument realInstrument(String id) {
    return CstoData.bundled().instrument(id).orElseThrow();
  }

  static Appointment sg(String id, String person, String state, String start, String end,
      boolean acting, String decided) {
    Appointment.Builder b = Appointment.builder().id(id).office(Office.SECRETARY_GENERAL).personEn(person)
        .state(state).period(Period.of(d(start), d(end))).acting(acting).addSource("src");
    if (decided != null) {
      b.appointedBy(Body.COLLECTIVE_SECURITY_COUNCIL).decisionDate(d(decided));
    }
    return b.build();
  }

  static final Appointment BORDYUZHA =
      sg("sg-bordyuzha", "Nikolai Bordyuzha", "RU", "2003-04-28", "2017-01-01", false, "2003-04-28");
  static final Appointment KHACHATUROV =
      sg("sg-khachaturov", "Yuri Khachaturov", "AM", "2017-05-02", "2018-11-02", false, "2017-04-14");
  static final Appointment SEMERIKOV =
      sg("sg-semerikov", "Valery Semerikov", "RU", "2018-11-02", "2020-01-01", true, null);
  static final Appointment ZAS =
      sg("sg-zas", "Stanislav Zas", "BY", "2020-01-01", "2023-01-01", false, "2019-11-28");
  static final Appointment TASMAGAMBETOV =
      sg("sg-tasmagambetov", "Imangali Tasmagambetov", "KZ", "2023-01-01", "2026-01-01", false,
          "2022-11-23");

  static Chairmanship chair(String id, String state, String start, String end) {
    return Chairmanship.builder().id(id).state(state).period(Period.of(d(start), d(end)))
        .addSource("src").build();
  }

  static final Chairmanship CHAIR_2024_KZ = chair("chair-2024-kz", "KZ", "2024-01-01", "2025-01-01");
  static final Chairmanship CHAIR_2025_KG = chair("chair-2025-kg", "KG", "2025-01-01", "2026-01-01");
  static final Chairmanship CHAIR_2026_RU = chair("chair-2026-ru", "RU", "2026-01-01", "2027-01-01");

  static final Scenario FACTS = Scenario.builder()
      .addStates(states())
      .addEvents(events())
      .addInstruments(instruments())
      .addChairmanships(List.of(CHAIR_2024_KZ, CHAIR_2025_KG, CHAIR_2026_RU))
      .addAppointments(List.of(BORDYUZHA, KHACHATUROV, SEMERIKOV, ZAS, TASMAGAMBETOV))
      .version("test")
      .build();

  /** Facts without the protocol instruments: every text is as signed. */
  static final Scenario FACTS_WITHOUT_PROTOCOLS = Scenario.builder()
      .addStates(states()).addEvents(events()).addInstrument(realInstrument("treaty-1992"))
      .addInstrument(realInstrument("charter-2002")).build();

  /** The CRDF Agreement as a what-if instrument: the dataset records none. */
  static Instrument crdfAgreementInForceFromSignature() {
    return Instrument.builder().id(Law.CRDF_AGREEMENT_ID).kind(InstrumentKind.AGREEMENT)
        .shortName("CRDF Agreement").titleEn("what-if: CRDF Agreement in force from signature")
        .signed(PartialDate.parse("2006-06-23")).entryIntoForce(PartialDate.parse("2006-06-23"))
        .version("2006").addSource(Scenario.WHAT_IF_SOURCE).build();
  }

  /**
   * A what-if, not the record: the facts with the Peacekeeping Agreement and the CRDF Agreement in force
   * from their signature. The record shows neither entry into force (so on {@link #FACTS} the rules
   * resting on them are INDETERMINATE); these facts let the rules' own steps be tested.
   */
  static final Scenario AGREEMENTS_IN_FORCE = inForceFromSignature();

  private static Scenario inForceFromSignature() {
    Instrument pk = realInstrument(Law.PEACEKEEPING_AGREEMENT_ID);
    return FACTS.withInstrument(Instrument.builder().from(pk).entryIntoForce(pk.signed()).build())
        .withInstrument(crdfAgreementInForceFromSignature());
  }

  static Decision.Builder decision(String id, Body body, String date, Matter matter, String text) {
    Decision.Builder b = Decision.builder();
    b.id(id).body(body).date(d(date)).matter(matter).title(text);
    return b;
  }

  /** Every listed state supports and signs. */
  static Decision unanimous(String id, Body body, String date, Matter matter, String text,
      List<String> states) {
    Decision.Builder b = decision(id, body, date, matter, text);
    for (String s : states) {
      b.putPosition(s, Position.SUPPORTS);
    }
    return b.addAllSignatures(states).build();
  }

  // W4. Kazakhstan, January 2022.

  static final HostRequest KZ_REQUEST = HostRequest.builder()
      .state("KZ").author("President Kassym-Jomart Tokayev").date(PartialDate.parse("2022-01-05"))
      .addressee("heads of CSTO member states").addSource("centralasia-news-2022-01-05")
      .build();

  /** As recorded: reported adopted; no member's position or signature is itemised. */
  static final Decision KZ_DECISION = decision("csc-2022-01-06", Body.COLLECTIVE_SECURITY_COUNCIL,
      "2022-01-06", Matter.DEPLOYMENT,
      "Deployment of the CSTO Collective Peacekeeping Forces to Kazakhstan for a limited period")
      .recordedOutcome(RecordedOutcome.ADOPTED)
      .note("Announced by the CSC Chairman; reported adopted; itemised positions are not recorded")
      .addSource("armradio-2022-01-06")
      .build();

  /**
   * A what-if, not the record: the Kazakhstan decision with every member's support itemised, the base on
   * which objections, absences and formats are tried.
   */
  static final Decision KZ_DECISION_UNANIMOUS = KZ_DECISION.withPositions(Map.of(
      "AM", Position.SUPPORTS, "BY", Position.SUPPORTS, "KG", Position.SUPPORTS,
      "KZ", Position.SUPPORTS, "RU", Position.SUPPORTS, "TJ", Position.SUPPORTS));

  static final Mandate KZ_2022 = Mandate.builder()
      .id("kz-2022").forceKind(ForceKind.COLLECTIVE_PEACEKEEPING_FORCES)
      .hostState("KZ").territory(Territory.MEMBER_STATE)
      .request(KZ_REQUEST)
      .addLegalBasis(Citation.parse("Treaty Art. 4"))
      .addLegalBasis(Citation.parse("Peacekeeping Agreement Art. 3"))
      .decision(KZ_DECISION)
      .addContingent(Contingent.of("RU")).addContingent(Contingent.of("BY"))
      .addContingent(Contingent.of("AM")).addContingent(Contingent.of("TJ"))
      .addContingent(Contingent.of("KG"))
      .command(Command.builder().commander("Col.-Gen. Andrei Serdyukov").commanderState("RU")
          .appointingBody(Body.COUNCIL_OF_DEFENCE_MINISTERS)
          .note("Appointment reported by the CSTO press service by 2022-01-09; day not recorded")
          .build())
      .addTask("guarding important state and military facilities")
      .addTask("assisting law enforcement")
      .period(Period.of(d("2022-01-06"), d("2022-01-20")))
      .unSecurityCouncilInformed(d("2022-01-06"))
      .completion(Completion.builder().decidingBody(Body.COLLECTIVE_SECURITY_COUNCIL)
          .withdrawalStart(d("2022-01-13")).withdrawalEnd(d("2022-01-19"))
          .note("CDM approved the withdrawal procedure on 2022-01-13; the date of the CSC completion"
              + " decision is not recorded (between 2022-01-12 and 2022-01-19)")
          .build())
      .deployed(true)
      .addSource("armradio-2022-01-06")
      .build();

  // W3. Armenia, September–November 2022.

  static final Decision AM_MISSION = unanimous("csc-2022-09-13", Body.COLLECTIVE_SECURITY_COUNCIL,
      "2022-09-13", Matter.GENERAL, "Send a CSTO mission to Armenia led by the Secretary General", SIX);

  static final Decision AM_ASSISTANCE = decision("csc-2022-11-23-assistance",
      Body.COLLECTIVE_SECURITY_COUNCIL, "2022-11-23", Matter.ASSISTANCE,
      "Joint measures to assist the Republic of Armenia")
      .putPosition("AM", Position.ABSTAINS).putPosition("BY", Position.SUPPORTS)
      .putPosition("KG", Position.SUPPORTS).putPosition("KZ", Position.SUPPORTS)
      .putPosition("RU", Position.SUPPORTS).putPosition("TJ", Position.SUPPORTS)
      .addSignatures("BY", "KG", "KZ", "RU", "TJ")
      .note("Armenia declined to sign; the draft was returned for revision")
      .build();

  static final Appeal AM_2022 = Appeal.builder()
      .state("AM").date(d("2022-09-13")).threat(ThreatKind.ARMED_ATTACK_DISPUTED)
      .request(HostRequest.builder().state("AM").author("Prime Minister Nikol Pashinyan")
          .date(PartialDate.parse("2022-09-13")).addressee("CSTO").addSource("azatutyun-32101839")
          .build())
      .consultationsStarted(PartialDate.parse("2022-09-13"))
      .assistanceDecision(AM_ASSISTANCE)
      .build();

  // W1. Kyrgyzstan, June 2010.

  static final Appeal KG_2010 = Appeal.builder()
      .state("KG").date(d("2010-06-11")).threat(ThreatKind.INTERNAL_UNREST)
      .consultationsStarted(PartialDate.parse("2010-06-14"))
      .build();

  static final Mandate KG_2010_MANDATE = Mandate.builder()
      .id("kg-2010").forceKind(ForceKind.COLLECTIVE_PEACEKEEPING_FORCES)
      .hostState("KG").territory(Territory.MEMBER_STATE).deployed(false)
      .build();

  // W5. Uzbekistan 2012, the SG deadlock, the Belarus boycott.

  static final Decision UZ_SUSPENSION = unanimous("csc-2012-12-19-uz", Body.COLLECTIVE_SECURITY_COUNCIL,
      "2012-12-19", Matter.MEMBERSHIP, "Suspension of Uzbekistan's membership at its request", SIX);

  static final Decision SG_2018 = decision("csc-2018-11-08-sg", Body.COLLECTIVE_SECURITY_COUNCIL,
      "2018-11-08", Matter.APPOINTMENT_SECRETARY_GENERAL,
      "Appointment of a Secretary General from Belarus")
      .putPosition("BY", Position.SUPPORTS).putPosition("KG", Position.SUPPORTS)
      .putPosition("KZ", Position.SUPPORTS).putPosition("RU", Position.SUPPORTS)
      .putPosition("TJ", Position.SUPPORTS)
      .addSignatures("BY", "KG", "KZ", "RU", "TJ")
      .note("Armenia did not sign; the Secretariat said all six heads must sign")
      .build();

  static final Decision SG_2019 = unanimous("csc-2019-11-28-sg", Body.COLLECTIVE_SECURITY_COUNCIL,
      "2019-11-28", Matter.APPOINTMENT_SECRETARY_GENERAL, "Appointment of Stanislav Zas", SIX);

  static final Decision BY_BOYCOTT_2009 = decision("csc-2009-06-14", Body.COLLECTIVE_SECURITY_COUNCIL,
      "2009-06-14", Matter.GENERAL, "Decisions of the Moscow session, including the CRRF documents")
      .putPosition("AM", Position.SUPPORTS).putPosition("KG", Position.SUPPORTS)
      .putPosition("KZ", Position.SUPPORTS).putPosition("RU", Position.SUPPORTS)
      .putPosition("TJ", Position.SUPPORTS).putPosition("BY", Position.ABSENT)
      .addSignatures("AM", "KG", "KZ", "RU", "TJ")
      .build();

  static final Decision CHAIR_2026_DECISION = decision("csc-2025-11-27-chair",
      Body.COLLECTIVE_SECURITY_COUNCIL, "2025-11-27", Matter.CHAIRMANSHIP, "Russia chairs in 2026")
      .format(DecisionFormat.LIMITED)
      .putPosition("AM", Position.DOES_NOT_PARTICIPATE).putPosition("BY", Position.SUPPORTS)
      .putPosition("KG", Position.SUPPORTS).putPosition("KZ", Position.SUPPORTS)
      .putPosition("RU", Position.SUPPORTS).putPosition("TJ", Position.SUPPORTS)
      .build();
}
