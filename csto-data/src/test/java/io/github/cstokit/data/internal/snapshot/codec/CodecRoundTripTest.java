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
import org.junit.jupiter.api.Test;

/**
 * Every codec reads back exactly what it wrote, on every record of the bundled dataset: a field written
 * but not read (or read in another order) breaks the equality or the section's end.
 */
class CodecRoundTripTest {

  private static final CstoDataset DATA = CstoData.bundled();

  /** Writes the records in one section, reads them back and checks the section ends there. */
  private static <T> void roundTrip(Collection<T> records, Codec<T> codec) throws IOException {
    assertFalse(records.isEmpty(), "the bundled dataset has records of this type");
    Out out = new Out();
    out.list(records, codec);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(bytes);
    out.writeTo(data);
    data.flush();
    In in = In.open(bytes.toByteArray());
    List<T> read = in.list(codec);
    in.end("records");
    assertEquals(List.copyOf(records), read);
  }

  @Test
  void states() throws IOException {
    roundTrip(DATA.states(), StateCodec.INSTANCE);
  }

  @Test
  void instruments() throws IOException {
    roundTrip(DATA.instruments(), InstrumentCodec.INSTANCE);
  }

  @Test
  void membershipEvents() throws IOException {
    roundTrip(DATA.events(), MembershipEventCodec.INSTANCE);
  }

  @Test
  void chairmanships() throws IOException {
    roundTrip(DATA.chairmanships(), ChairmanshipCodec.INSTANCE);
  }

  @Test
  void aChairmanshipsHead() throws IOException {
    Chairmanship c = DATA.chairmanships().get(0);
    roundTrip(List.of(Chairmanship.builder().from(c).chairedBy(Head.HEAD_OF_GOVERNMENT).build(),
        Chairmanship.builder().from(c).chairedBy(Head.HEAD_OF_STATE).build(), c), ChairmanshipCodec.INSTANCE);
  }

  @Test
  void appointments() throws IOException {
    roundTrip(DATA.appointments(), AppointmentCodec.INSTANCE);
  }

  @Test
  void sources() throws IOException {
    roundTrip(DATA.sources(), SourceCodec.INSTANCE);
  }

  @Test
  void organs() throws IOException {
    roundTrip(DATA.organs(), OrganCodec.INSTANCE);
  }

  @Test
  void citations() throws IOException {
    roundTrip(DATA.organs().stream().flatMap(o -> o.legalBases().stream()).toList(),
        CitationCodec.INSTANCE);
  }

  @Test
  void alternativeValues() throws IOException {
    roundTrip(DATA.events().stream().flatMap(e -> e.alternatives().stream()).toList(),
        AlternativeValueCodec.INSTANCE);
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
  void forces() throws IOException {
    roundTrip(DATA.forces(), ForceCodec.INSTANCE);
  }

  @Test
  void decisions() throws IOException {
    roundTrip(DATA.decisions(), DecisionCodec.INSTANCE);
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
  void mandatesShareTheDatasetsDecisions() throws IOException {
    roundTrip(DATA.mandates(), new MandateCodec(DATA.decisions()));
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
  void sessions() throws IOException {
    roundTrip(DATA.sessions(), SessionCodec.INSTANCE);
  }

  @Test
  void activitiesWithTheirEditions() throws IOException {
    roundTrip(DATA.activities(), ActivityCodec.INSTANCE);
  }

  @Test
  void observerStatuses() throws IOException {
    roundTrip(DATA.observerStatuses(), ObserverStatusCodec.INSTANCE);
  }

  @Test
  void aMandateWhoseDecisionIsNotAmongTheDecisionsIsRefused() throws IOException {
    Out out = new Out();
    out.list(DATA.mandates(), new MandateCodec(DATA.decisions()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(bytes);
    out.writeTo(data);
    data.flush();
    In in = In.open(bytes.toByteArray());
    boolean anyDecision = DATA.mandates().stream().anyMatch(m -> m.decision().isPresent());
    assertTrue(anyDecision, "some bundled mandate has its adopting decision");
    assertThrows(StreamCorruptedException.class, () -> in.list(new MandateCodec(List.of())));
  }
}
