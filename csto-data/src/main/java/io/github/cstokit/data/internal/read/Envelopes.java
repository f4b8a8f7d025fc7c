package io.github.cstokit.data.internal.read;

import io.github.cstokit.data.internal.json.JsonFile;
import io.github.cstokit.data.internal.json.Pointers;
import io.github.cstokit.model.Framework;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Checks each file's envelope: {@code format}, {@code version} and {@code dataAsOf}, the same in every
 * file, and the file's arrays. Not thread-safe.
 */
final class Envelopes {

  private final Problems problems;
  private final Fields dates = new Fields();
  private String version;
  private String versionFile;
  private LocalDate dataAsOf;
  private String asOfFile;
  private String asOfText;

  Envelopes(Problems problems) {
    this.problems = problems;
  }

  String version() {
    return version;
  }

  LocalDate dataAsOf() {
    return dataAsOf;
  }

  void check(String file, JsonFile root, List<String> arrays) {
    for (String name : root.names()) {
      if (!name.equals("format") && !name.equals("version") && !name.equals("dataAsOf")
          && !arrays.contains(name)) {
        problems.add(file, "/" + Pointers.token(name), "unknown property");
      }
    }
    Optional<JsonFile.Member> format = root.member("format");
    if (format.isEmpty()) {
      problems.add(file, "/format", "is required");
    } else if (format.get().intValue() == null || format.get().intValue() != DatasetReader.FORMAT) {
      problems.add(file, "/format", format.get().json() + " is not a supported format (this library"
          + " reads format " + DatasetReader.FORMAT + ")");
    }
    Optional<JsonFile.Member> v = root.member("version");
    if (v.isEmpty()) {
      problems.add(file, "/version", "is required");
    } else if (v.get().text() == null || !isVersion(v.get().text())) {
      problems.add(file, "/version", v.get().json()
          + " is not a dataset version of the form YYYY.MINOR.PATCH");
    } else if (version == null) {
      version = v.get().text();
      versionFile = file;
    } else if (!version.equals(v.get().text())) {
      problems.add(file, "/version", v.get().text() + " differs from " + version + " in " + versionFile);
    }
    Optional<JsonFile.Member> asOf = root.member("dataAsOf");
    if (asOf.isEmpty()) {
      problems.add(file, "/dataAsOf", "is required");
    } else if (asOf.get().text() == null) {
      problems.add(file, "/dataAsOf", asOf.get().json() + " is not a date");
    } else {
      String text = asOf.get().text();
      LocalDate d = dates.fullDate(Where.record(problems, file, "/dataAsOf"), text, false);
      if (d != null && d.isBefore(Framework.TREATY.signed())) {
        // Not taken as the data date: every date of the dataset would be after it.
        problems.add(file, "/dataAsOf", text + " is before the Treaty was signed on "
            + Framework.TREATY.signed() + ": not a data date of this dataset");
      } else if (d != null) {
        if (dataAsOf == null) {
          dataAsOf = d;
          asOfFile = file;
          asOfText = text;
        } else if (!dataAsOf.equals(d)) {
          problems.add(file, "/dataAsOf", text + " differs from " + asOfText + " in " + asOfFile);
        }
      }
    }
    for (String array : arrays) {
      Optional<JsonFile.Member> node = root.member(array);
      if (node.isEmpty()) {
        problems.add(file, "/" + array, "is required");
      } else if (node.get().size() < 0) {
        problems.add(file, "/" + array, "must be an array, not " + node.get().kind());
      }
    }
  }

  private static boolean isVersion(String s) {
    int dots = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (run == 0 || (dots == 0 && run != 4)) {
          return false;
        }
        dots++;
        run = 0;
      } else if (c >= '0' && c <= '9') {
        run++;
      } else {
        return false;
      }
    }
    return dots == 2 && run > 0;
  }
}
