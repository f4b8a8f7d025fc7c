/**
 * The service provider interface through which dataset jars offer their data to
 * {@link io.github.cstokit.data.CstoData}: a jar holding a {@link io.github.cstokit.data.spi.DatasetProvider}
 * on the class path or the module path makes its dataset version available to
 * {@link io.github.cstokit.data.CstoData#versions()}, {@link io.github.cstokit.data.CstoData#version(String)}
 * and, when it is the newest, {@link io.github.cstokit.data.CstoData#bundled()}.
 *
 * <p><b>Nullness.</b> No method in this package accepts or returns {@code null}.
 */
package io.github.cstokit.data.spi;
