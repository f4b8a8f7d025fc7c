package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.testsupport.NamedPipes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the tool promises whatever it is given: bounded exit codes, one-line errors, safe output. */
class CliSafetyTest {

  @TempDir Path tmp;

  /** A writer that fails the way a JVM out of memory does, from inside the command. */
  private static final class ErrorWriter extends Writer {
    @Override
    public void write(char[] buf, int off, int len) {
      throw new OutOfMemoryError("Java heap space");
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void anErrorBecomesOneLineAndItsOwnExitCode() {
    StringWriter err = new StringWriter();
    int code = Csto.run(new PrintWriter(new ErrorWriter()), new PrintWriter(err, true),
        "members", "--on", "2000-01-01");
    assertEquals(Csto.FAILED, code);
    assertEquals("csto: could not finish: OutOfMemoryError: Java heap space", err.toString().strip());
    assertFalse(Csto.FAILED == Csto.VIOLATED || Csto.FAILED == Csto.BAD_INPUT);
  }

  @Test
  void atFileArgumentsAreTakenAsWritten() throws IOException {
    Path args = tmp.resolve("args");
    Files.writeString(args, "AM", StandardCharsets.UTF_8);
    Cli cli = Cli.run("status", "@" + args, "--on", "2000-01-01").exits(Csto.BAD_INPUT);
    assertTrue(cli.err.contains("unknown state '@" + args + "'"), cli.toString());
  }

  @Test
  void aNewlineInAnArgumentCannotForgeALine() {
    Cli cli = Cli.run("status", "XX\ncsto validate: all good", "--on", "2000-01-01").exits(Csto.BAD_INPUT);
    assertEquals(1, cli.err.lines().count(), cli.toString());
    assertTrue(cli.err.contains("XX\\ncsto validate: all good"), cli.toString());
  }

  @Test
  void aDateBeyondTheDataDateIsSaidToBe() {
    CstoDataset data = CstoData.bundled();
    LocalDate later = data.dataAsOf().plusYears(4);
    Cli members = Cli.run("members", "--on", later.toString()).exits(Csto.OK);
    String first = members.out.lines().findFirst().orElse("");
    assertTrue(first.startsWith(later + " is beyond the data date " + data.dataAsOf()), first);
    members.prints(" on " + data.dataAsOf() + ":");
    assertFalse(members.out.contains(" on " + later + ":"), members.out);

    Cli status = Cli.run("status", "am", "--on", later.toString()).exits(Csto.OK);
    assertTrue(status.out.startsWith(later + " is beyond the data date"), status.out);
    status.prints("(AM) on " + data.dataAsOf() + ": ");

    String answer = WasMember.answer(data, "AM", later);
    assertTrue(answer.startsWith("Unknown: " + later + " is beyond the data date"), answer);
  }

  @Test
  void wasMemberRejectsAnUnknownCodeNamingTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WasMember.answer(CstoData.bundled(), "XX", LocalDate.of(2000, 1, 1)));
    assertTrue(e.getMessage().contains("'XX'") && e.getMessage().contains("AM"), e.getMessage());
    assertThrows(NullPointerException.class, () -> WasMember.answer(CstoData.bundled(), null, LocalDate.MIN));
  }

  @Test
  void validateRefusesANamedPipeWithoutOpeningIt() throws Exception {
    Path fifo = tmp.resolve("pipe");
    assumeTrue(NamedPipes.create(fifo), "no named pipe: no mkfifo on this system, or it failed");
    Cli cli = Cli.run("validate", fifo.toString()).exits(Csto.BAD_INPUT);
    assertTrue(cli.err.contains("not a regular file or a directory"), cli.toString());
  }
}
