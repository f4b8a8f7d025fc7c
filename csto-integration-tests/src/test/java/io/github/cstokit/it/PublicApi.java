package io.github.cstokit.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The public types of csto-kit's published modules, found as a user's JVM finds them: by module. */
final class PublicApi {

  static final List<String> MODULES = List.of(
      "io.github.cstokit.model",
      "io.github.cstokit.data",
      "io.github.cstokit.rules",
      "io.github.cstokit.testkit");

  private PublicApi() {}

  /** Every public type in a package the module exports to everyone, nested public types included. */
  static List<Class<?>> types() {
    List<Class<?>> types = new ArrayList<>();
    for (String name : MODULES) {
      Module module = ModuleLayer.boot().findModule(name)
          .orElseThrow(() -> new AssertionError(name + " is not on the module path"));
      Set<String> exported = module.getDescriptor().exports().stream()
          .filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
      for (String className : classNames(name)) {
        String pkg = className.substring(0, className.lastIndexOf('.'));
        if (!exported.contains(pkg)) {
          continue;
        }
        Class<?> type = Class.forName(module, className);
        if (type != null && isPublicApi(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isSynthetic();
  }

  private static Set<String> classNames(String moduleName) {
    ResolvedModule resolved = ModuleLayer.boot().configuration().findModule(moduleName).orElseThrow();
    try (ModuleReader reader = resolved.reference().open(); Stream<String> names = reader.list()) {
      return names.filter(n -> n.endsWith(".class") && !n.equals("module-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
