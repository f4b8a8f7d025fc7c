package io.github.cstokit.testkit;

import io.github.cstokit.model.Framework;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.State;
import java.util.ArrayList;
import java.util.List;

/** A small scenario with the real states and the real dates of their membership records. */
final class RealFacts {

  static final Scenario FACTS = build();

  private RealFacts() {}

  private static MembershipEvent event(String state, MembershipEventType type, String date) {
    PartialDate d = PartialDate.parse(date);
    return MembershipEvent.builder()
        .id(state.toLowerCase() + "-" + type.ordinal() + "-" + date)
        .state(state).type(type).date(d).framework(Framework.on(d.firstDay()))
        .addSource("odkb-25years")
        .build();
  }

  private static Scenario build() {
    List<MembershipEvent> list = new ArrayList<>();
    for (String s : List.of("AM", "KZ", "KG", "RU", "TJ", "UZ")) {
      list.add(event(s, MembershipEventType.SIGNATURE, "1992-05-15"));
    }
    list.add(event("AZ", MembershipEventType.ACCESSION, "1993-09-24"));
    list.add(event("GE", MembershipEventType.ACCESSION, "1993-12-09"));
    list.add(event("BY", MembershipEventType.ACCESSION, "1993-12-31"));
    for (State s : CstoGens.realStateList()) {
      list.add(event(s.isoAlpha2(), MembershipEventType.ENTRY_INTO_FORCE, "1994-04-20"));
    }
    for (String s : List.of("AZ", "GE", "UZ")) {
      list.add(event(s, MembershipEventType.NON_RENEWAL, "1999-04-21"));
    }
    for (String s : List.of("AM", "BY", "KZ", "KG", "RU", "TJ")) {
      list.add(event(s, MembershipEventType.EXTENSION, "1999-04-02"));
      list.add(event(s, MembershipEventType.SIGNATURE, "2002-10-07"));
      list.add(event(s, MembershipEventType.ENTRY_INTO_FORCE, "2003-09-18"));
    }
    list.add(event("UZ", MembershipEventType.RESTORATION_DECISION, "2006-06-23"));
    list.add(event("UZ", MembershipEventType.PROTOCOL, "2006-08-16"));
    list.add(event("UZ", MembershipEventType.RATIFICATION, "2006-12"));
    list.add(event("UZ", MembershipEventType.FREEZE_DECLARED, "2012-06-28"));
    list.add(event("UZ", MembershipEventType.SUSPENSION_DECISION, "2012-12-19"));
    list.add(event("AM", MembershipEventType.FREEZE_DECLARED, "2024-02-22"));
    return Scenario.builder()
        .addStates(CstoGens.realStateList())
        .addEvents(list)
        .addInstruments(CstoGens.referenceInstruments())
        .version("test")
        .build();
  }
}
