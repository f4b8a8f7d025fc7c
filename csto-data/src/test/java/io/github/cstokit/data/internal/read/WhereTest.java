package io.github.cstokit.data.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WhereTest {

  @Test
  void aProblemInASubRecordStopsTheWholeRecordFromBeingBuilt() {
    Problems problems = new Problems();
    Where record = Where.record(problems, "mandates.json", "/mandates/3");
    record.at("contingents").at(1).at("state").problem("is required");

    assertEquals(Optional.empty(), record.build(() -> "built"));
    assertEquals(List.of("mandates.json#/mandates/3/contingents/1/state: is required"), problems.list());
  }

  @Test
  void anotherRecordIsNotAffected() {
    Problems problems = new Problems();
    Where.record(problems, "states.json", "/states/0").problem("wrong");

    assertEquals(Optional.of("built"),
        Where.record(problems, "states.json", "/states/1").build(() -> "built"));
  }

  @Test
  void aBuilderInvariantBecomesAProblemAtTheRecord() {
    Problems problems = new Problems();
    Where record = Where.record(problems, "events.json", "/events/0");

    Optional<Object> built = record.build(() -> {
      throw new IllegalArgumentException("date must not be after dataAsOf\nmore detail");
    });

    assertTrue(built.isEmpty());
    assertFalse(record.ok());
    assertEquals(List.of("events.json#/events/0: date must not be after dataAsOf"), problems.list());
  }

  @Test
  void aDroppedRecordIsNotBuiltAndReportsNothing() {
    Problems problems = new Problems();
    Where record = Where.record(problems, "events.json", "/events/0");
    record.drop();

    assertTrue(record.build(() -> "built").isEmpty());
    assertTrue(problems.list().isEmpty());
  }

  @Test
  void memberNamesAreEscapedAsPointerTokens() {
    Where record = Where.record(new Problems(), "mandates.json", "/decisions/0");

    assertEquals("/decisions/0/positions/a~1b~0c", record.at("positions").at("a/b~c").pointer());
  }

  @Test
  void theBuildersOwnWordsNeverBecomeTheProblem() {
    Problems problems = new Problems();
    Where.record(problems, "chairmanships.json", "/chairmanships/0").build(() ->
        io.github.cstokit.model.Chairmanship.builder().addAllSources(java.util.Arrays.asList("s", null)));
    Where.record(problems, "chairmanships.json", "/chairmanships/1").build(() ->
        io.github.cstokit.model.Chairmanship.builder().build());
    Where.record(problems, "chairmanships.json", "/chairmanships/2").build(() -> {
      throw new NullPointerException();
    });
    assertEquals(List.of("chairmanships.json#/chairmanships/0/sources: must not hold null",
        "chairmanships.json#/chairmanships/1: is missing required values: id, state, period",
        "chairmanships.json#/chairmanships/2: holds a null where a value is required"), problems.list());
  }

  @Test
  void problemsAfterTheFirstThousandAreCountedExactly() {
    Problems problems = new Problems();
    for (int i = 0; i < 2500; i++) {
      problems.add("events.json", "/events/" + i, "is wrong");
    }
    assertEquals(1001, problems.list().size());
    assertEquals("events.json#/events/999: is wrong", problems.list().get(999));
    assertEquals("... and 1500 more problems", problems.list().get(1000));
    assertEquals(2500, problems.count());
  }
}
