package io.github.cstokit.data.internal.snapshot.codec;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The record types of the snapshot, whose codecs ({@code <Type>Codec}, and those of the value types
 * their attributes hold) csto-snapshot-codegen writes at build time, attribute by attribute, from the
 * model types themselves, with {@code CodecLayout.HASH} for their layout. A listed type that another
 * listed type holds is written there as its index in the dataset's list of them.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
@interface SnapshotCodecs {

  /**
   * The record types.
   *
   * @return the types, each a model value type with a static {@code builder()}
   */
  Class<?>[] value();
}
