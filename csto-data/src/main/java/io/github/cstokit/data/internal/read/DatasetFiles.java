package io.github.cstokit.data.internal.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Reads the bytes of the dataset's JSON files ({@link DatasetReader#FILES}) from a directory or a ZIP archive, with bounded work and
 * memory whatever the input: at most {@value #MAX_FILE_SIZE} bytes per file, {@value #MAX_ENTRIES} archive
 * entries and {@value #MAX_INFLATED} bytes inflated in all. Only regular files are opened; a directory
 * read while it changes is reported, never returned; an interrupt of the reading thread ends the read (its
 * interrupt status kept). Every problem has the form {@code file#: what is wrong}.
 */
public final class DatasetFiles {

  /** Largest dataset file accepted, in bytes, also for a ZIP entry, uncompressed. */
  public static final long MAX_FILE_SIZE = 8L * 1024 * 1024;

  /** Most entries a ZIP archive may hold, directories and ignored entries included. */
  public static final int MAX_ENTRIES = 1000;

  /**
   * Most bytes inflated from a ZIP archive in all, sixteen times the largest file size: room for the
   * dataset's files at their largest and for the entries a stream must be read past, which share it.
   */
  public static final long MAX_INFLATED = 16 * MAX_FILE_SIZE;

  private static final String ARCHIVE = "archive";
  private static final String INTERRUPTED = "the load was interrupted";

  /**
   * The files read, by name, or the problems that stopped the read.
   *
   * @param files the files' bytes by name; meaningful only when {@code problems} is empty
   * @param problems the problems, each {@code file#: what is wrong}; empty when the read succeeded
   */
  public record Read(Map<String, byte[]> files, List<String> problems) {

    /**
     * Copies the lists.
     *
     * @param files the files' bytes by name, not null
     * @param problems the problems, not null
     */
    public Read {
      files = Map.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  private DatasetFiles() {}

  /**
   * Reads a dataset from a path: a regular file is a ZIP archive, a directory holds the files, anything
   * else is refused without being opened.
   *
   * @param path the directory or the archive, not null
   * @return the files read, or the problems
   */
  public static Read read(Path path) {
    Objects.requireNonNull(path, "path");
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return failed("dataset#: no such directory or ZIP archive");
    } catch (IOException e) {
      return failed("dataset#: cannot be read: " + reason(e));
    }
    if (attributes.isRegularFile()) {
      return zipFile(path);
    }
    if (attributes.isDirectory()) {
      return directory(path);
    }
    return failed("dataset#: not a directory or a regular file (a named pipe or a device); not opened");
  }

  private static Read failed(String problem) {
    return new Read(Map.of(), List.of(problem));
  }

  /** What a file looked like before it was read: changed attributes mean changed contents. */
  private record Stamp(long size, Object modified, Object key, Object changed) {
    static Stamp of(Path file, BasicFileAttributes a) {
      Object ctime = null;
      try {
        ctime = Files.getAttribute(file, "unix:ctime");
      } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
        // not a Unix file system: size, modification time and file key must do
      }
      return new Stamp(a.size(), a.lastModifiedTime(), a.fileKey(), ctime);
    }
  }

  private static Read directory(Path dir) {
    Map<String, Stamp> before = new HashMap<>();
    Map<String, byte[]> files = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (String name : DatasetReader.FILES) {
      Path file = dir.resolve(name);
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (!a.isRegularFile()) {
          problems.add(name + "#: " + (a.isDirectory() ? "is a directory" : "is a named pipe or a device")
              + ", not a regular file; not opened");
        } else if (a.size() > MAX_FILE_SIZE) {
          problems.add(name + "#: the file is larger than " + MAX_FILE_SIZE + " bytes");
        } else {
          before.put(name, Stamp.of(file, a));
        }
      } catch (NoSuchFileException e) {
        // reported as missing by the reader
      } catch (IOException e) {
        problems.add(name + "#: cannot be read: " + reason(e));
      }
    }
    for (String name : DatasetReader.FILES) {
      Stamp stamp = before.get(name);
      if (stamp == null) {
        continue;
      }
      Path file = dir.resolve(name);
      try (InputStream in = Files.newInputStream(file)) {
        // The size was checked, but a file may grow while it is read: the read stops after the limit.
        byte[] bytes = readLimited(in, MAX_FILE_SIZE);
        if (bytes == null) {
          problems.add(name + "#: the file is larger than " + MAX_FILE_SIZE + " bytes");
        } else {
          files.put(name, bytes);
        }
      } catch (InterruptedIOException | ClosedByInterruptException e) {
        return interrupted(name);
      } catch (IOException e) {
        if (Thread.currentThread().isInterrupted()) {
          return interrupted(name);
        }
        problems.add(name + "#: cannot be read: " + reason(e));
      }
    }
    // One snapshot: every file read is as it was before the first was opened, so the bytes read all
    // existed together at that moment.
    for (String name : DatasetReader.FILES) {
      Stamp stamp = before.get(name);
      byte[] bytes = files.get(name);
      if (stamp == null || bytes == null) {
        continue;
      }
      Path file = dir.resolve(name);
      boolean same;
      try {
        same = stamp.equals(Stamp.of(file, Files.readAttributes(file, BasicFileAttributes.class)))
            && bytes.length == stamp.size();
      } catch (IOException e) {
        same = false;
      }
      if (!same) {
        problems.add(name + "#: the file changed while the dataset was read; load it again (a ZIP"
            + " archive is replaced in one step)");
      }
    }
    return new Read(files, problems);
  }

  private static Read zipFile(Path path) {
    // The archive's central directory says where each entry is: ignored entries are never inflated.
    // The JDK checks every name as UTF-8 when it opens the archive ("bad entry name").
    try (ZipFile zip = new ZipFile(path.toFile(), ZipFile.OPEN_READ, StandardCharsets.UTF_8)) {
      if (zip.size() > MAX_ENTRIES) {
        return failed(ARCHIVE + "#: holds " + zip.size() + " entries, more than " + MAX_ENTRIES);
      }
      if (zip.size() == 0) {
        return failed(ARCHIVE + "#: not a ZIP archive, or an empty one");
      }
      Zip reader = new Zip();
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (reader.wanted(entry)) {
          try (InputStream in = zip.getInputStream(entry)) {
            reader.take(entry, in);
          }
        }
        if (Thread.currentThread().isInterrupted()) {
          return interrupted(ARCHIVE);
        }
      }
      return reader.result();
    } catch (InterruptedIOException | ClosedByInterruptException e) {
      return interrupted(ARCHIVE);
    } catch (ZipException e) {
      return failed(ARCHIVE + "#: " + (String.valueOf(e.getMessage()).contains("bad entry name")
          ? "an entry's name is not UTF-8 text" : "not a ZIP archive, or an empty one"));
    } catch (IllegalArgumentException e) {
      return failed(ARCHIVE + "#: an entry's name is not UTF-8 text");
    } catch (IOException e) {
      return failed(ARCHIVE + "#: cannot be read: " + reason(e));
    }
  }

  /**
   * Reads a ZIP archive from a stream. A stream has no index, so an entry that is not a dataset file is
   * read past (its bytes count toward {@link #MAX_INFLATED}); the stream is read to the archive's end but
   * not closed.
   *
   * @param stream the archive, not null
   * @return the files read, or the problems
   */
  public static Read zip(InputStream stream) {
    Objects.requireNonNull(stream, "stream");
    Zip reader = new Zip();
    int index = 0;
    try {
      ZipInputStream in = new ZipInputStream(stream, StandardCharsets.UTF_8);
      while (true) {
        ZipEntry entry;
        try {
          entry = in.getNextEntry();
        } catch (IllegalArgumentException e) {
          return failed(ARCHIVE + "#: the name of entry " + (index + 1) + " is not UTF-8 text");
        }
        if (entry == null) {
          break;
        }
        if (++index > MAX_ENTRIES) {
          return failed(ARCHIVE + "#: holds more than " + MAX_ENTRIES + " entries");
        }
        if (Thread.currentThread().isInterrupted()) {
          return interrupted(ARCHIVE);
        }
        if (reader.wanted(entry)) {
          reader.take(entry, in);
        } else if (!reader.skip(in)) {
          break;
        }
      }
    } catch (InterruptedIOException | ClosedByInterruptException e) {
      return interrupted(ARCHIVE);
    } catch (ZipException e) {
      return failed(ARCHIVE + "#: not a readable ZIP archive: " + e.getMessage());
    } catch (IOException e) {
      if (Thread.currentThread().isInterrupted()) {
        return interrupted(ARCHIVE);
      }
      return failed(ARCHIVE + "#: cannot be read: " + reason(e));
    }
    if (index == 0) {
      return failed(ARCHIVE + "#: not a ZIP archive, or an empty one");
    }
    return reader.result();
  }

  private static Read interrupted(String file) {
    // The thread's interrupt status is left as it is: the caller still sees it.
    return failed(file + "#: " + INTERRUPTED);
  }

  /** The state of one archive read: the files taken, the bytes inflated, the problems. */
  private static final class Zip {
    private final Map<String, byte[]> files = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final List<String> problems = new ArrayList<>();
    private long inflated;

    /** A dataset file not seen before; a second one is a problem, and not read. */
    boolean wanted(ZipEntry entry) {
      if (entry.isDirectory()) {
        return false;
      }
      String name = name(entry);
      if (!DatasetReader.FILES.contains(name)) {
        return false;
      }
      if (!seen.add(name)) {
        problems.add(name + "#: the archive holds the file twice");
        return false;
      }
      return true;
    }

    void take(ZipEntry entry, InputStream in) throws IOException {
      String name = name(entry);
      long left = Math.min(MAX_FILE_SIZE, MAX_INFLATED - inflated);
      byte[] bytes = readLimited(in, left);
      if (bytes == null) {
        inflated += left;
        problems.add(left < MAX_FILE_SIZE
            ? ARCHIVE + "#: inflates to more than " + MAX_INFLATED + " bytes"
            : name + "#: the file is larger than " + MAX_FILE_SIZE + " bytes");
      } else {
        inflated += bytes.length;
        files.put(name, bytes);
      }
    }

    /** Reads past an entry, within the total; false once the total is exceeded. */
    boolean skip(InputStream in) throws IOException {
      byte[] buffer = new byte[16 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        inflated += n;
        if (inflated > MAX_INFLATED) {
          problems.add(ARCHIVE + "#: inflates to more than " + MAX_INFLATED + " bytes");
          return false;
        }
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedIOException(INTERRUPTED);
        }
      }
      return true;
    }

    Read result() {
      return new Read(problems.isEmpty() ? files : Map.of(), problems);
    }

    private static String name(ZipEntry entry) {
      String name = entry.getName();
      return name.substring(name.lastIndexOf('/') + 1);
    }
  }

  /** Why a file cannot be read, without repeating its path. */
  private static String reason(IOException e) {
    if (e instanceof FileSystemException) {
      String reason = ((FileSystemException) e).getReason();
      if (reason != null) {
        return reason;
      }
      return e instanceof AccessDeniedException ? "permission denied" : e.toString();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /**
   * Reads one dataset file from a stream, such as a dataset provider's: its bytes, or null when it holds
   * more than {@value #MAX_FILE_SIZE} bytes. An interrupt of the reading thread ends the read.
   *
   * @param in the stream, not null; not closed
   * @return the bytes, or null if the file is too large
   * @throws IOException if the stream cannot be read, or {@link InterruptedIOException} on an interrupt
   */
  public static byte[] readBounded(InputStream in) throws IOException {
    return readLimited(Objects.requireNonNull(in, "in"), MAX_FILE_SIZE);
  }

  /**
   * Reads a stream to its end, or null once more than {@code limit} bytes came; checks the thread's
   * interrupt status between reads.
   */
  private static byte[] readLimited(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > limit) {
        return null;
      }
      out.write(buffer, 0, n);
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException(INTERRUPTED);
      }
    }
    return out.toByteArray();
  }
}
