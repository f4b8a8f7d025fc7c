/**
 * Procedure checks: consensus and its exceptions, membership procedures, deployment mandates, offices and
 * rotation. All the classes in this package are immutable and thread-safe.
 */
@CstoStyle
package io.github.cstokit.rules;

import io.github.cstokit.model.internal.CstoStyle;
