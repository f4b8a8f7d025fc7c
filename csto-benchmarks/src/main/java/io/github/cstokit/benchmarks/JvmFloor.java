package io.github.cstokit.benchmarks;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The JVM's floor for a command-line tool: a Java program that prints one zone offset, the anchor of
 * {@code cli-startup.sh}.
 */
public final class JvmFloor {

  private JvmFloor() {}

  /**
   * Prints the offset of Asia/Almaty on 2013-01-01.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(ZoneId.of("Asia/Almaty").getRules().getOffset(Instant.ofEpochSecond(1_356_998_400L)));
  }
}
