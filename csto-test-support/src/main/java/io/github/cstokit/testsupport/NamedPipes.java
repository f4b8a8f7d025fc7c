package io.github.cstokit.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Named pipes (FIFOs) for the tests of what a reader must not open: made by the system's {@code mkfifo}. */
public final class NamedPipes {

  private NamedPipes() {}

  /**
   * Makes a named pipe.
   *
   * @param path where, not null; nothing may be there yet
   * @return whether the pipe was made: false where the system has no {@code mkfifo} or it failed
   * @throws InterruptedException if interrupted while waiting (at most 10 s) for {@code mkfifo}
   */
  public static boolean create(Path path) throws InterruptedException {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
    } catch (IOException e) {
      return false;
    }
    return mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0;
  }
}
