package io.github.cstokit.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of csto-kit.
 *
 * <p>Source-retained, so no Immutables annotation reaches a compiled class or a consumer's compiler.
 * Implementations are generated package-private behind hand-written public abstract types
 * ("hidden implementation"): the public API is what we write, never what the generator emits. The
 * generated code uses JDK collections only and carries no classpath annotations besides
 * {@code @Override}, so neither Guava nor {@code javax.annotation} leaks into the API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jdk9Collections = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    depluralizeDictionary = {"basis:bases"})
public @interface CstoStyle {}
