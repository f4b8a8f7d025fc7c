/**
 * Immutable value types for the Collective Security Treaty Organization (CSTO) and the 1992 Collective
 * Security Treaty.
 *
 * <p>All the classes in this package are immutable and thread-safe. No method accepts or returns
 * {@code null}: absent values are {@link java.util.Optional}, collections are unmodifiable. Factories follow
 * java.time's vocabulary: {@code of}, {@code parse}, {@code builder} and {@code withX}.
 */
@CstoStyle
package io.github.cstokit.model;

import io.github.cstokit.model.internal.CstoStyle;
