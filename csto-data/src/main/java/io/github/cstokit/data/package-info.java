/**
 * The CSTO dataset: loading, validation and as-of queries. All the classes in this package are immutable
 * and thread-safe unless stated otherwise.
 */
@CstoStyle
package io.github.cstokit.data;

import io.github.cstokit.model.internal.CstoStyle;
