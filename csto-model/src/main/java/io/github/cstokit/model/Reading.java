package io.github.cstokit.model;

/**
 * How much of a provision's wording was read ({@link ProvisionText#reading()}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Reading {
  /** The whole provision was read, in the original or in a translation. */
  FULL,
  /** Part of the provision was read: the copy breaks off, and the cut is marked "…". */
  PART
}
