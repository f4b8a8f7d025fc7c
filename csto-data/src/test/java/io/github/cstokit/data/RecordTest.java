package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Activity;
import io.github.cstokit.model.ActivityEdition;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Confidence;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.ObserverStatus;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.SessionFormat;
import io.github.cstokit.model.SessionKind;
import io.github.cstokit.model.Strength;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The record beyond the facts (sessions, activities, observer statuses, an instrument's place, a
 * mandate's strength) and the answers at the edges (data date, state codes in any case, unknown codes,
 * names), on the bundled snapshot and on the same files loaded as JSON alike.
 */
class RecordTest {

  static Stream<CstoDataset> datasets() throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    for (String name : DatasetLoader.FILES) {
      try (InputStream in = CstoData.class.getResourceAsStream(name)) {
        files.put(name, in.readAllBytes());
      }
    }
    return Stream.of(CstoData.bundled(), DatasetLoader.load(files));
  }

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  private static Period year(int year) {
    return Period.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void theSessionsOf2022(CstoDataset data) {
    assertEquals(List.of("csc-2022-01-06", "csc-2022-01-10", "cdm-2022-01-13", "csc-2022-05-16",
            "cdm-2022-05-24", "csc-2022-09-13", "permanent-council-2022-09-13", "csc-2022-10-28", "csc-2022-11-23"),
        data.sessions(year(2022)).stream().map(Session::id).collect(Collectors.toList()));
    Session yerevan = data.session("csc-2022-11-23").orElseThrow();
    assertEquals(Body.COLLECTIVE_SECURITY_COUNCIL, yerevan.body());
    assertEquals("Yerevan", yerevan.place());
    assertEquals(Optional.of("AM"), yerevan.chairState());
    assertEquals(SessionKind.REGULAR, yerevan.kind());
    assertEquals(SessionFormat.IN_PERSON, yerevan.format());
    assertEquals(Optional.empty(), data.session("csc-1900-01-01"));
    assertTrue(data.sessions(year(1991)).isEmpty());
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void theJointMinisterialSessionOfBishkekAndTheMeetingsItAnnounced(CstoDataset data) {
    Period day = Period.of(d("2025-11-27"), d("2025-11-28"));
    assertEquals(List.of("cdm-2025-11-27", "cfm-2025-11-27", "csc-2025-11-27", "cssc-2025-11-27"),
        data.sessions(day).stream().map(Session::id).sorted().collect(Collectors.toList()));
    for (String id : List.of("cfm-2025-11-27", "cdm-2025-11-27", "cssc-2025-11-27")) {
      Session joint = data.session(id).orElseThrow();
      assertEquals("Bishkek", joint.place(), id);
      assertEquals(Optional.of("KG"), joint.chairState(), id);
      assertFalse(joint.planned(), id);
    }
    Session kazan = data.session("cfm-2026-06").orElseThrow();
    assertEquals(Body.COUNCIL_OF_FOREIGN_MINISTERS, kazan.body());
    assertEquals(PartialDate.of(2026, 6), kazan.date());
    assertEquals("Kazan", kazan.place());
    assertTrue(kazan.planned());
    Session moscowRegion = data.session("cssc-2026-05").orElseThrow();
    assertEquals(Body.COMMITTEE_OF_SECRETARIES_OF_SECURITY_COUNCILS, moscowRegion.body());
    assertTrue(moscowRegion.planned());
    assertTrue(moscowRegion.mayBeOn(d("2026-05-28")));
    assertFalse(moscowRegion.mayBeOn(d("2026-06-01")));
    // Armenia's foreign minister stayed away from the Almaty meeting of 2024, as from the Councils since 2023.
    assertEquals(Set.of("AM"), data.session("cfm-2024-06-21").orElseThrow().absent());
    assertTrue(data.session("cfm-2023-06-20").orElseThrow().absent().isEmpty());
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void theEditionsOf2025CarryTheirOwnDatesAndParticipants(CstoDataset data) {
    ActivityEdition rubezh = data.activity("ex-rubezh").orElseThrow().editions(year(2025)).get(0);
    assertTrue(rubezh.sourced());
    assertEquals(Optional.of(PartialDate.of(2025, 9, 17)), rubezh.start());
    assertEquals(Optional.of(PartialDate.of(2025, 9, 20)), rubezh.end());
    assertEquals(Optional.of("KG"), rubezh.host());
    assertEquals(Set.of("KG", "KZ", "RU", "TJ"), rubezh.participants());
    assertEquals(1200, rubezh.personnel().orElseThrow());
    for (String id : List.of("ex-search", "ex-echelon")) {
      ActivityEdition e = data.activity(id).orElseThrow().editions(year(2025)).get(0);
      assertTrue(e.sourced(), id);
      assertEquals(Optional.of(PartialDate.of(2025, 8, 31)), e.start(), id);
      assertEquals(Optional.of("BY"), e.host(), id);
    }
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void sessionsRecordAbsenceFormatAndWhatIsOnlyAnnounced(CstoDataset data) {
    assertEquals(Set.of("AM"), data.session("csc-2025-11-27").orElseThrow().absent());
    assertEquals(Set.of("BY"), data.session("csc-2009-06-14").orElseThrow().absent());
    Session video = data.session("csc-2021-08-23").orElseThrow();
    assertEquals(SessionFormat.VIDEO, video.format());
    assertEquals(Optional.of("TJ"), video.chairState());
    Session moscow = data.session("csc-2026-11-11").orElseThrow();
    assertTrue(moscow.planned());
    assertFalse(data.covers(moscow.date().firstDay()));
    assertFalse(data.session("csc-2025-11-27").orElseThrow().planned());
    // A session dated only to its year is placed at its first day.
    assertEquals(List.of("csc-2005-moscow"),
        data.sessions(year(2005)).stream().map(Session::id).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void aDecisionLinksToTheSessionOfItsBodyOnItsDay(CstoDataset data) {
    Decision deployment = data.decision("csc-2022-01-06-kazakhstan-deployment").orElseThrow();
    assertEquals(Optional.of("csc-2022-01-06"), deployment.sessionId());
    assertEquals(List.of("csc-2022-11-23-armenia-assistance", "csc-2022-11-23-declaration",
        "csc-2022-11-23-tasmagambetov"), data.session("csc-2022-11-23").orElseThrow().decisionIds());
    // Dated only to the month: no session is named.
    assertEquals(Optional.empty(),
        data.decision("csc-2022-01-kazakhstan-completion").orElseThrow().sessionId());
    // Dated only to the month, the CMD's appointment of the commander names no session either.
    assertEquals(Optional.empty(),
        data.decision("cdm-2022-01-serdyukov-command").orElseThrow().sessionId());
    // Both directions agree, and the mandates carry the linked decisions.
    for (Decision d : data.decisions()) {
      d.sessionId().ifPresent(id -> {
        Session s = data.session(id).orElseThrow();
        assertEquals(d.body(), s.body());
        assertEquals(d.date(), s.date().toLocalDate().orElseThrow());
        assertTrue(s.decisionIds().contains(d.id().orElseThrow()), id);
      });
    }
    for (Session s : data.sessions()) {
      for (String id : s.decisionIds()) {
        assertEquals(Optional.of(s.id()), data.decision(id).orElseThrow().sessionId());
      }
    }
    assertEquals(Optional.of("csc-2022-01-06"), data.mandate("kz-2022-peacekeeping").orElseThrow()
        .decision().orElseThrow().sessionId());
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void sessionsOfTheOtherStatutoryBodiesAndOfThePermanentCouncil(CstoDataset data) {
    assertEquals(List.of("cfm-2021-05-19", "csc-2021-08-23", "csc-2021-09-16"),
        data.sessions(year(2021)).stream().map(Session::id).collect(Collectors.toList()));
    Session dushanbe = data.session("cfm-2021-05-19").orElseThrow();
    assertEquals(Body.COUNCIL_OF_FOREIGN_MINISTERS, dushanbe.body());
    assertEquals("Dushanbe", dushanbe.place());
    assertEquals(Optional.of("TJ"), dushanbe.chairState());
    assertEquals(SessionFormat.IN_PERSON, dushanbe.format());
    assertEquals("Session[cfm-2021-05-19 CMFA 2021-05-19 Dushanbe REGULAR IN_PERSON chair TJ]",
        dushanbe.toString());
    Session defence = data.session("cdm-2022-01-13").orElseThrow();
    assertEquals(Body.COUNCIL_OF_DEFENCE_MINISTERS, defence.body());
    assertEquals(SessionKind.EXTRAORDINARY, defence.kind());
    assertEquals(SessionFormat.VIDEO, defence.format());
    assertEquals(Optional.empty(), defence.host());
    assertEquals(Optional.of("AM"), defence.chairState());
    Session secretaries = data.session("cssc-2010-06-14").orElseThrow();
    assertEquals(Body.COMMITTEE_OF_SECRETARIES_OF_SECURITY_COUNCILS, secretaries.body());
    assertEquals(SessionFormat.UNKNOWN, secretaries.format());
    assertEquals(Optional.of("RU"), secretaries.chairState());
    // The Permanent Council takes no decisions, but its sessions are recorded.
    Session council = data.session("permanent-council-2026-01-13").orElseThrow();
    assertEquals(Body.PERMANENT_COUNCIL, council.body());
    assertEquals(Optional.of("RU"), council.chairState());
    assertTrue(council.decisionIds().isEmpty());
    // The CSC and the Permanent Council met on 2022-09-13: one session each, each of its own body.
    assertEquals(List.of(Body.COLLECTIVE_SECURITY_COUNCIL, Body.PERMANENT_COUNCIL),
        data.sessions(Period.of(d("2022-09-13"), d("2022-09-14"))).stream().map(Session::body)
            .collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void aDecisionOfAnotherBodyLinksToTheSessionOfThatBody(CstoDataset data) {
    Decision withdrawal = data.decision("cdm-2022-01-13-kazakhstan-withdrawal").orElseThrow();
    assertEquals(Optional.of("cdm-2022-01-13"), withdrawal.sessionId());
    assertEquals(List.of("cdm-2022-01-13-kazakhstan-withdrawal"),
        data.session("cdm-2022-01-13").orElseThrow().decisionIds());
    assertEquals(Optional.of("cssc-2010-06-14"),
        data.decision("cssc-2010-06-14-kyrgyzstan-measures").orElseThrow().sessionId());
    // The CFM decision is dated only to May 2021: the Dushanbe session of 2021-05-19 does not claim it.
    assertEquals(Optional.empty(),
        data.decision("cfm-2021-05-armenia-consultations").orElseThrow().sessionId());
    assertTrue(data.session("cfm-2021-05-19").orElseThrow().decisionIds().isEmpty());
    // No session of another body takes the CMD's decision.
    assertEquals(List.of("cdm-2022-01-13"), data.sessions().stream()
        .filter(s -> s.decisionIds().contains("cdm-2022-01-13-kazakhstan-withdrawal")).map(Session::id)
        .collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void activitiesWithTheirEditions(CstoDataset data) {
    Activity interaction = data.activity("ex-interaction").orElseThrow();
    ActivityEdition mulino = interaction.editions(year(2019)).get(0);
    assertEquals(Optional.of("RU"), mulino.host());
    assertEquals("2019-10-16", mulino.start().orElseThrow().toString());
    assertEquals("2019-10-18", mulino.end().orElseThrow().toString());
    assertEquals(List.of("tass-1083457"), mulino.sources());
    ActivityEdition edelweiss = interaction.editions(year(2018)).get(0);
    assertEquals(Optional.of("KG"), edelweiss.host());
    assertEquals("2018-10-10", edelweiss.start().orElseThrow().toString());
    assertEquals(Set.of("AM", "BY", "KG", "KZ", "RU", "TJ"), edelweiss.participants());
    assertEquals(Optional.of("AM"), interaction.editions(year(2017)).get(0).host());
    assertEquals("2016-08", interaction.editions(year(2016)).get(0).start().orElseThrow().toString());
    assertTrue(data.activities(year(2009)).contains(interaction));
    assertFalse(data.activities(year(1995)).contains(interaction));
    ActivityEdition dvina = data.activity("op-channel").orElseThrow().editions(year(2025)).get(0);
    assertEquals(23000, dvina.personnel().getAsInt());
    assertEquals(Optional.of("Channel - Western Dvina"), dvina.name());
    ActivityEdition search2023 = data.activity("ex-search").orElseThrow().editions(year(2023)).get(0);
    assertEquals(Set.of("BY", "KG", "KZ", "RU", "TJ"), search2023.participants());
    assertEquals(List.of("tass-1670515"), search2023.sources());
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void theExercisesAnnouncedFor2026ArePlannedEachWithItsSource(CstoDataset data) {
    // The Joint Staff's briefing of 2026-02-12: Interaction, Search and Echelon in Russia in September and
    // October, Cobalt and Rock in Tajikistan in October. None of them is reported held.
    Map<String, String> hosts = Map.of("ex-interaction", "RU", "ex-search", "RU", "ex-echelon", "RU",
        "ex-cobalt", "TJ", "ex-rock", "TJ");
    hosts.forEach((id, host) -> {
      List<ActivityEdition> editions = data.activity(id).orElseThrow().editions(year(2026));
      assertEquals(1, editions.size(), id);
      ActivityEdition e = editions.get(0);
      assertTrue(e.planned(), id);
      assertEquals(Optional.of(host), e.host(), id);
      assertTrue(e.sourced(), id);
      assertTrue(e.participants().isEmpty(), id);
      // At least the end of the time it names lies beyond the data date.
      assertFalse(data.covers(e.date().map(PartialDate::lastDay).orElse(LocalDate.of(2026, 12, 31))), id);
    });
    assertEquals(List.of("tass-2085999", "zakon-kz-6507818"),
        data.activity("ex-search").orElseThrow().editions(year(2026)).get(0).sources());
    assertEquals(Optional.of(PartialDate.of(2026, 10)),
        data.activity("ex-cobalt").orElseThrow().editions(year(2026)).get(0).start());
    assertEquals(Optional.of(LocalDate.of(2026, 2, 12)), data.source("tass-2085999").orElseThrow().date()
        .map(PartialDate::firstDay));
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void theMoscowSessionOf2026IsOnlyAnnounced(CstoDataset data) {
    // No report of the session of 2026-11-11 is recorded: it stays planned, with no absent member and no
    // decision, and lies beyond the data date.
    Session moscow = data.session("csc-2026-11-11").orElseThrow();
    assertTrue(moscow.planned());
    assertEquals("Moscow", moscow.place());
    assertEquals(Optional.of("RU"), moscow.chairState());
    assertTrue(moscow.absent().isEmpty());
    assertTrue(moscow.decisionIds().isEmpty());
    assertTrue(moscow.sources().contains("gazeta-ru-27279619"), moscow.sources().toString());
    assertTrue(data.decisions().stream().noneMatch(x -> x.sessionId().equals(Optional.of(moscow.id()))));
    assertTrue(data.dataAsOf().isBefore(moscow.date().firstDay()));
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void everyEditionHasItsOwnSourceOrIsMarkedUnverified(CstoDataset data) {
    int unsourced = 0;
    for (Activity a : data.activities()) {
      for (ActivityEdition e : a.editions()) {
        if (!e.sourced()) {
          unsourced++;
          assertEquals(Optional.of(Confidence.UNVERIFIED), e.confidence(), a.id() + " " + e);
        }
        for (String source : e.sources()) {
          assertTrue(data.source(source).isPresent(), source);
        }
      }
    }
    // The last fourteen unsourced editions (Search-2021 among them) gained their own sources in 2026.12.0.
    assertEquals(0, unsourced);
    ActivityEdition search2021 = data.activity("ex-search").orElseThrow().editions(year(2021)).get(0);
    assertTrue(search2021.sourced());
    assertEquals(List.of("radiosputnik-1755009516", "interfax-799360"), search2021.sources());
    assertTrue(search2021.confidence().isEmpty(), search2021.toString());
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void theParliamentaryAssemblysObserversFrom2013(CstoDataset data) {
    assertTrue(data.observers(d("2012-12-31")).isEmpty());
    List<ObserverStatus> observers = data.observers(d("2013-01-01"));
    assertEquals(List.of("pa-observer-serbia", "pa-observer-union-state", "pa-observer-afghanistan"),
        observers.stream().map(ObserverStatus::id).collect(Collectors.toList()));
    for (ObserverStatus o : observers) {
      assertEquals(Optional.of(Body.PARLIAMENTARY_ASSEMBLY), o.body(), o.toString());
      assertTrue(o.sources().contains("tass-1230317"));
    }
    assertEquals(Optional.of(Confidence.UNVERIFIED),
        data.observerStatuses().get(2).confidence(), "Afghanistan's continuing status is unverified");
    // No state holds observer or partner status at the Organization itself.
    assertTrue(data.observerStatuses().stream().allMatch(o -> o.body().isPresent()));
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void everyAttributeOfTheFilesReachesTheApi(CstoDataset data) {
    assertEquals(Optional.of("Tashkent"), data.instrument("treaty-1992").orElseThrow().place());
    Strength kz = data.mandate("kz-2022-peacekeeping").orElseThrow().strength().orElseThrow();
    assertEquals(2030, kz.personnel().getAsInt());
    assertEquals(250, kz.equipment().getAsInt());
    assertTrue(kz.sources().contains("rbc-ua-1641824977"));
    // The figures the sources disagree on: Zas's "about 2,500" first, as the file gives them.
    assertEquals(List.of("about 2,500", "more than 2,000", "about 2,400"),
        kz.personnelAlternatives().stream().map(a -> a.value()).collect(Collectors.toList()));
    assertEquals(List.of("sputniknews-1092073012", "urdupoint-1442980"),
        kz.personnelAlternatives().get(0).sources());
    assertEquals(List.of(), kz.equipmentAlternatives());
    assertTrue(kz.choice().orElseThrow().startsWith("2,030 is used"));
    assertEquals(Optional.empty(), data.mandate("am-2022-assessment-mission").orElseThrow().strength());
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void theDataDateBoundsWhatIsCovered(CstoDataset data) {
    assertTrue(data.covers(data.dataAsOf()));
    assertTrue(data.covers(d("1990-01-01")));
    assertFalse(data.covers(data.dataAsOf().plusDays(1)));
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void stateCodesInAnyCaseAndStatesByName(CstoDataset data) {
    LocalDate day = d("2025-01-01");
    assertEquals(MembershipStatus.MEMBER, data.status("am", day));
    assertEquals(Participation.FROZEN, data.participation("Am", day));
    assertEquals("AM", data.state("am").orElseThrow().isoAlpha2());
    assertEquals(data.timeline("UZ"), data.timeline("uz"));
    for (String name : List.of("Armenia", "armenia", "Армения", "ARM", "am")) {
      assertEquals("AM", data.findState(name).orElseThrow().isoAlpha2(), name);
    }
    assertEquals("BY", data.findState("Беларусь").orElseThrow().isoAlpha2());
    assertEquals("BY", data.findState("Белоруссия").orElseThrow().isoAlpha2());
    assertEquals("KG", data.findState("Кыргызстан").orElseThrow().isoAlpha2());
    assertEquals("KG", data.requireState("Kyrgyzstan").isoAlpha2());
    assertEquals(Optional.empty(), data.findState("Atlantis"));
    assertEquals(Optional.empty(), data.state("xx"));
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void anUnknownStateCodeIsAnErrorNamingTheKnownCodes(CstoDataset data) {
    String known = "the dataset knows AM, AZ, BY, GE, KG, KZ, RU, TJ, UZ";
    for (String code : List.of("XX", "US", "a", "Armenia")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> data.status(code, d("2010-01-01")));
      assertEquals("unknown state code '" + code + "': " + known, e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> data.participation(code, d("2010-01-01")));
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> data.requireState("Atlantis"));
    assertEquals("unknown state 'Atlantis': " + known, e.getMessage());
    assertThrows(NullPointerException.class, () -> data.status(null, d("2010-01-01")));
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void aNullArgumentIsNamed(CstoDataset data) {
    assertEquals("period", assertThrows(NullPointerException.class, () -> data.sessions(null)).getMessage());
    assertEquals("period",
        assertThrows(NullPointerException.class, () -> data.activities(null)).getMessage());
    assertEquals("date", assertThrows(NullPointerException.class, () -> data.observers(null)).getMessage());
    assertEquals("id", assertThrows(NullPointerException.class, () -> data.session(null)).getMessage());
    assertEquals("codeOrName",
        assertThrows(NullPointerException.class, () -> data.findState(null)).getMessage());
    assertEquals("date", assertThrows(NullPointerException.class, () -> data.covers(null)).getMessage());
  }
}
