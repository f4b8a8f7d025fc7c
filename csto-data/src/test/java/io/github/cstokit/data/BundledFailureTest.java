package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CstoData#bundled()} keeps the outcome of its one load: a failure must reach every caller as a
 * {@link CstoDataException}, never as an error of a class initializer.
 */
class BundledFailureTest {

  @Test
  void aFailedLoadThrowsAFreshCstoDataExceptionOnEveryCall() {
    CstoData.Outcome outcome = CstoData.Outcome.of(() -> {
      throw new CstoDataException(List.of("csto.dat#: the bundled snapshot is corrupt"));
    });
    CstoDataException first = assertThrows(CstoDataException.class, outcome::get);
    CstoDataException second = assertThrows(CstoDataException.class, outcome::get);
    assertNotSame(first, second);
    assertEquals(List.of("csto.dat#: the bundled snapshot is corrupt"), first.problems());
    assertEquals(first.problems(), second.problems());
  }

  @Test
  void anUnexpectedFailureIsReportedAsACstoDataException() {
    CstoData.Outcome outcome = CstoData.Outcome.of(() -> {
      throw new IllegalStateException("a record breaks a model invariant");
    });
    for (int call = 0; call < 2; call++) {
      CstoDataException e = assertThrows(CstoDataException.class, outcome::get);
      assertTrue(e.problems().get(0).contains("a record breaks a model invariant"), e.getMessage());
    }
  }

  @Test
  void aLinkageErrorIsReportedAsACstoDataException() {
    CstoData.Outcome outcome = CstoData.Outcome.of(() -> {
      throw new NoClassDefFoundError("io/github/cstokit/model/Scenario");
    });
    CstoDataException e = assertThrows(CstoDataException.class, outcome::get);
    assertTrue(e.problems().get(0).contains("NoClassDefFoundError"), e.getMessage());
  }

  @Test
  void aSuccessfulLoadGivesTheSameDatasetOnEveryCall() {
    CstoDataset dataset = CstoData.bundled();
    CstoData.Outcome outcome = CstoData.Outcome.of(() -> dataset);
    assertSame(dataset, outcome.get());
    assertSame(outcome.get(), outcome.get());
    assertSame(CstoData.bundled(), CstoData.bundled());
  }
}
