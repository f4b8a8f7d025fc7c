/** Implementation of the examples module: the strict JSON reader and the check document form. Not API. */
package io.github.cstokit.examples.internal;
