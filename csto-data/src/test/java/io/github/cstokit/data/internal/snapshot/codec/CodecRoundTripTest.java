package io.github.cstokit.data.internal.snapshot.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.AlternativeValue;
import io.github.cstokit.model.Attacker;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Head;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.Strength;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every codec reads back exactly what it wrote, on every record of the bundled dataset: a field written
 * but not read (or read in another order) breaks the equality or the section's end.
 */
class CodecRoundTripTest {

  private static final CstoDataset DATA = CstoData.bundled();

  /** Writes the records in one section and gives its bytes. */
  private static <T> byte[] written(Collection<T> records, Codec<T> codec) throws IOException {
    Out out = new Out();
    out.list(records, codec);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(bytes);
    out.writeTo(data);
    data.flush();
    return bytes.toByteArray();
  }

  /** Writes the records in one section, reads them back and checks the section ends there. */
  private static <T> void roundTrip(Collection<T> records, Codec<T> codec) throws IOException {
    assertFalse(records.isEmpty(), "the bundled dataset has records of this type");
    In in = In.open(written(records, codec));
    List<T> read = in.list(codec);
    in.end("records");
    assertEquals(List.copyOf(records), read);
  }

  /** Each kind of record of the bundled dataset, with its codec. */
  static Stream<Arguments> bundledRecords() {
    return Stream.of(
        Arguments.of("states", DATA.states(), StateCodec.INSTANCE),
        Arguments.of("instruments", DATA.instruments(), InstrumentCodec.INSTANCE),
        Arguments.of("membership events", DATA.events(), MembershipEventCodec.INSTANCE),
        Arguments.of("chairmanships", DATA.chairmanships(), ChairmanshipCodec.INSTANCE),
        Arguments.of("appointments", DATA.appointments(), AppointmentCodec.INSTANCE),
        Arguments.of("sources", DATA.sources(), SourceCodec.INSTANCE),
        Arguments.of("organs", DATA.organs(), OrganCodec.INSTANCE),
        Arguments.of("citations", DATA.organs().stream().flatMap(o -> o.legalBases().stream()).toList(),
            CitationCodec.INSTANCE),
        Arguments.of("alternative values of events",
            DATA.events().stream().flatMap(e -> e.alternatives().stream()).toList(),
            AlternativeValueCodec.INSTANCE),
        Arguments.of("forces", DATA.forces(), ForceCodec.INSTANCE),
        Arguments.of("decisions", DATA.decisions(), DecisionCodec.INSTANCE),
        Arguments.of("mandates, sharing the dataset's decisions", DATA.mandates(),
            new MandateCodec(DATA.decisions())),
        Arguments.of("sessions", DATA.sessions(), SessionCodec.INSTANCE),
        Arguments.of("activities with their editions", DATA.activities(), ActivityCodec.INSTANCE),
        Arguments.of("observer statuses", DATA.observerStatuses(), ObserverStatusCodec.INSTANCE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledRecords")
  <T> void everyBundledRecord(String kind, Collection<T> records, Codec<T> codec) throws IOException {
    roundTrip(records, codec);
  }

  @Test
  void aChairmanshipsHead() throws IOException {
    Chairmanship c = DATA.chairmanships().get(0);
    roundTrip(List.of(Chairmanship.builder().from(c).chairedBy(Head.HEAD_OF_GOVERNMENT).build(),
        Chairmanship.builder().from(c).chairedBy(Head.HEAD_OF_STATE).build(), c), ChairmanshipCodec.INSTANCE);
  }

  @Test
  void alternativeValuesForANamedField() throws IOException {
    // alternatives for a named field: an instrument's place, a request's date, a period's start
    List<AlternativeValue> named = new java.util.ArrayList<>();
    DATA.instruments().forEach(i -> named.addAll(i.alternatives()));
    DATA.mandates().forEach(m -> {
      m.periodAttestation().ifPresent(a -> named.addAll(a.alternatives()));
      m.request().ifPresent(r -> named.addAll(r.alternatives()));
    });
    assertEquals(java.util.Set.of("place", "date", "start"),
        named.stream().map(a -> a.field().orElseThrow()).collect(java.util.stream.Collectors.toSet()));
    roundTrip(named, AlternativeValueCodec.INSTANCE);
  }

  @Test
  void aDecisionsJoiningDays() throws IOException {
    Decision d = Decision.builder().body(Body.COLLECTIVE_SECURITY_COUNCIL).date(LocalDate.of(2030, 5, 6))
        .title("A what-if decision joined later").putPosition("AM", Position.JOINED_LATER).addSignature("BY")
        .putJoiningDate("AM", LocalDate.of(2030, 6, 1)).putJoiningDate("BY", LocalDate.of(2030, 5, 6))
        .build();
    roundTrip(List.of(d, d.withJoiningDates(Map.of())), DecisionCodec.INSTANCE);
  }

  @Test
  void mandatesKeepTheirRequestingStatesCommandsAndStrengthAlternatives() throws IOException {
    Mandate kz = DATA.mandate("kz-2022-peacekeeping").orElseThrow();
    assertFalse(kz.strength().orElseThrow().personnelAlternatives().isEmpty(), "the bundled figures");
    Command other = Command.builder().commander("Another").appointingBody(Body.COUNCIL_OF_DEFENCE_MINISTERS)
        .date(PartialDate.of(2022, 1)).build();
    HostRequest request = HostRequest.builder().from(kz.request().orElseThrow())
        .alsoRequestedBy(List.of("TJ", "KG")).attacker(Attacker.NON_STATE_ACTOR).build();
    Strength strength = Strength.builder().from(kz.strength().orElseThrow())
        .addEquipmentAlternatives(AlternativeValue.of("about 300", List.of("s-1"))).build();
    Mandate changed = Mandate.builder().from(kz).request(request).strength(strength)
        .addOtherCommands(other).build();
    Mandate plain = Mandate.builder().from(kz).strength(Strength.builder().personnel(5).build())
        .build();
    roundTrip(List.of(kz, changed, plain), new MandateCodec(DATA.decisions()));
  }

  @Test
  void aRequestKeepsItsAttacker() throws IOException {
    Mandate am = DATA.mandate("am-2022-assessment-mission").orElseThrow();
    assertEquals(Optional.of(Attacker.STATE), am.request().orElseThrow().attacker(), "the bundled record");
    List<Mandate> each = new ArrayList<>();
    for (Attacker a : Attacker.values()) {
      each.add(Mandate.builder().from(am)
          .request(HostRequest.builder().from(am.request().orElseThrow()).attacker(a).build()).build());
    }
    each.add(Mandate.builder().from(am).request(HostRequest.builder().from(am.request().orElseThrow())
        .attacker(Optional.empty()).build()).build());
    roundTrip(each, new MandateCodec(DATA.decisions()));
  }

  @Test
  void aMandateWhoseDecisionIsNotAmongTheDecisionsIsRefused() throws IOException {
    In in = In.open(written(DATA.mandates(), new MandateCodec(DATA.decisions())));
    boolean anyDecision = DATA.mandates().stream().anyMatch(m -> m.decision().isPresent());
    assertTrue(anyDecision, "some bundled mandate has its adopting decision");
    assertThrows(StreamCorruptedException.class, () -> in.list(new MandateCodec(List.of())));
  }
}
