package io.github.cstokit.examples;

import io.github.cstokit.data.CstoDataException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Bad input to the command-line tool, reported as one line and exit code 2, never a stack trace. */
final class BadInput extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadInput(String message) {
    super(message);
  }

  /** One line for the user, naming the file and place where the cause does. */
  static String message(Throwable e) {
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return message(e.getCause());
    }
    if (e instanceof NoSuchFileException) {
      return ((NoSuchFileException) e).getFile() + ": no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return ((AccessDeniedException) e).getFile() + ": permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return ((NotDirectoryException) e).getFile() + ": not a directory";
    }
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      return f.getFile() + ": " + (f.getReason() == null ? "cannot be used" : f.getReason());
    }
    if (e instanceof CstoDataException) {
      CstoDataException d = (CstoDataException) e;
      return d.problems().size() == 1
          ? d.problems().get(0)
          : d.problems().get(0) + " (and " + (d.problems().size() - 1) + " more problems)";
    }
    String text = String.valueOf(e.getMessage());
    int newline = text.indexOf('\n');
    text = newline < 0 ? text : text.substring(0, newline);
    if (e instanceof BadInput || e instanceof IllegalArgumentException || e instanceof java.io.IOException) {
      return text;
    }
    return e.getClass().getSimpleName() + ": " + text;
  }
}
