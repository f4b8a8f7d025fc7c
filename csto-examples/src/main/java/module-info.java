/**
 * The csto-kit guided tour, the {@code csto} command-line tool and runnable examples. This module uses the
 * library only through its public API, exactly as an application would.
 */
module io.github.cstokit.examples {
  requires io.github.cstokit.model;
  requires io.github.cstokit.data;
  requires io.github.cstokit.rules;
  requires info.picocli;
  requires org.jfree.jfreechart;
  requires org.jfree.svg;
  requires java.desktop;

  exports io.github.cstokit.examples;
  opens io.github.cstokit.examples to info.picocli;
}
