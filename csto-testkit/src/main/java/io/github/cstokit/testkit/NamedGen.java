package io.github.cstokit.testkit;

import java.util.Objects;

/**
 * A generator known by a name fixed when it is made: the name in messages and in {@code toString()}.
 *
 * @param <T> the type of the values
 */
abstract class NamedGen<T> implements Gen<T> {

  private final String name;

  NamedGen(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public String toString() {
    return "Gen[" + name + "]";
  }
}
