package io.github.cstokit.data.internal.json;

import java.util.List;

/**
 * The records of {@code provisions.json} exactly as they are written in JSON. Every value is nullable
 * here: the reader checks presence and form itself, so that it can report every problem with its JSON
 * pointer.
 */
public final class ProvisionsDto {

  private ProvisionsDto() {}

  /** The file: its format and the provisions. */
  public record File(Integer format, List<Provision> provisions) {}

  /** An entry of {@code provisions}: the words of one provision, as read. */
  public record Provision(
      String id,
      String instrument,
      String citation,
      String reading,
      String language,
      List<String> passages,
      String english,
      Source source,
      String note) {}

  /** Where the words were read. */
  public record Source(String id, String title, String publisher, String url, String kind) {}
}
