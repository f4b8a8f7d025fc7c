package io.github.cstokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnumsTest {

  @Test
  void frameworkSwitchesOnCharterEntryIntoForce() {
    assertEquals(Framework.TREATY, Framework.on(LocalDate.of(1990, 1, 1)));
    assertEquals(Framework.TREATY, Framework.on(LocalDate.of(2003, 9, 17)));
    assertEquals(Framework.ORGANIZATION, Framework.on(LocalDate.of(2003, 9, 18)));
    assertEquals(LocalDate.of(1992, 5, 15), Framework.TREATY.signed());
    assertEquals(LocalDate.of(1994, 4, 20), Framework.TREATY.entryIntoForce());
    assertEquals(LocalDate.of(2002, 10, 7), Framework.ORGANIZATION.signed());
  }

  @Test
  void eventTypeEffects() {
    Map<MembershipEventType, MembershipStatus> expected = new EnumMap<>(MembershipEventType.class);
    expected.put(MembershipEventType.SIGNATURE, MembershipStatus.SIGNATORY);
    expected.put(MembershipEventType.ACCESSION, MembershipStatus.SIGNATORY);
    expected.put(MembershipEventType.ENTRY_INTO_FORCE, MembershipStatus.MEMBER);
    expected.put(MembershipEventType.ADMISSION_DECISION, MembershipStatus.MEMBER);
    expected.put(MembershipEventType.RESTORATION_DECISION, MembershipStatus.MEMBER);
    expected.put(MembershipEventType.NON_RENEWAL, MembershipStatus.CEASED);
    expected.put(MembershipEventType.WITHDRAWAL_EFFECTIVE, MembershipStatus.CEASED);
    expected.put(MembershipEventType.EXPULSION, MembershipStatus.CEASED);
    expected.put(MembershipEventType.SUSPENSION_DECISION, MembershipStatus.SUSPENDED);
    for (MembershipEventType type : MembershipEventType.values()) {
      assertEquals(Optional.ofNullable(expected.get(type)), type.statusEffect(), type.name());
      assertEquals(expected.containsKey(type), type.changesStatus(), type.name());
      assertEquals(type == MembershipEventType.FREEZE_DECLARED, type.freezesParticipation());
    }
  }

  @Test
  void basisOrderedByFirmness() {
    assertTrue(Basis.TEXT.isFirmerThan(Basis.OFFICIAL_SUMMARY));
    assertTrue(Basis.PRACTICE.isFirmerThan(Basis.SECONDARY));
    assertFalse(Basis.SECONDARY.isFirmerThan(Basis.TEXT));
    assertFalse(Basis.TEXT.isFirmerThan(Basis.TEXT));
  }

  @Test
  void officesAndStatuses() {
    assertFalse(Office.DEPUTY_SECRETARY_GENERAL.isSingleHolder());
    assertTrue(Office.SECRETARY_GENERAL.isSingleHolder());
    assertTrue(MembershipStatus.MEMBER.isMember());
    assertFalse(MembershipStatus.SUSPENDED.isMember());
  }
}
