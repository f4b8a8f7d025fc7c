package io.github.cstokit.data.internal.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** RFC 6901 JSON pointers: escaping a reference token, and Jackson's binding paths as pointers. */
public final class Pointers {

  private Pointers() {}

  /**
   * Escapes one reference token.
   *
   * @param name a property name, not null
   * @return the token, with {@code ~} as {@code ~0} and {@code /} as {@code ~1}
   */
  public static String token(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }

  static String of(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        sb.append('/').append(token(ref.getFieldName()));
      } else if (ref.getIndex() >= 0) {
        sb.append('/').append(ref.getIndex());
      }
    }
    return sb.toString();
  }
}
