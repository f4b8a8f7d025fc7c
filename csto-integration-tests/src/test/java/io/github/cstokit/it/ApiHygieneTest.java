package io.github.cstokit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Static rules over every public type of every published module, read by reflection. */
class ApiHygieneTest {

  private static final List<String> FOREIGN =
      List.of("com.google.", "com.fasterxml.", "org.immutables.", "javax.annotation.");

  @Test
  void findsThePublicApi() {
    List<String> names = new ArrayList<>();
    for (Class<?> type : PublicApi.types()) {
      names.add(type.getName());
    }
    // A guard against a walk that finds nothing and so checks nothing.
    assertTrue(names.contains("io.github.cstokit.model.State"), names::toString);
    assertTrue(names.contains("io.github.cstokit.data.CstoDataset"), names::toString);
    assertTrue(names.contains("io.github.cstokit.rules.Verdict"), names::toString);
    assertTrue(names.contains("io.github.cstokit.testkit.Gen"), names::toString);
    assertTrue(names.stream().noneMatch(n -> n.contains(".internal.")), names::toString);
    assertTrue(names.stream().noneMatch(n -> n.contains(".Immutable")),
        () -> "a generated implementation is public: " + names);
  }

  @Test
  void noThirdPartyTypeInAnyPublicSignature() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : PublicApi.types()) {
      check(leaks, type.getName() + " extends", type.getGenericSuperclass());
      for (Type i : type.getGenericInterfaces()) {
        check(leaks, type.getName() + " implements", i);
      }
      for (Method m : type.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic()) {
          check(leaks, m.toGenericString(), m.getGenericReturnType());
          checkAll(leaks, m);
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers())) {
          checkAll(leaks, c);
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers())) {
          check(leaks, f.toGenericString(), f.getGenericType());
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void noPublicMutableFieldsAndNoSetters() throws IllegalAccessException {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : PublicApi.types()) {
      for (Field f : type.getDeclaredFields()) {
        int mod = f.getModifiers();
        if (!visible(mod) || type.isEnum() && f.isEnumConstant()) {
          continue;
        }
        if (!Modifier.isStatic(mod) || !Modifier.isFinal(mod)) {
          problems.add("mutable field " + f);
        } else if (Collection.class.isAssignableFrom(f.getType())
            || Map.class.isAssignableFrom(f.getType())) {
          if (!Unmodifiable.holds(f.get(null))) {
            problems.add("modifiable collection constant " + f);
          }
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
            && m.getName().matches("set[A-Z].*") && m.getParameterCount() == 1) {
          problems.add("setter " + m);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyValueTypeIsFinalOrHidesItsConstructors() {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : PublicApi.types()) {
      if (type.isInterface() || type.isEnum() || Throwable.class.isAssignableFrom(type)) {
        continue;
      }
      boolean extensible = !Modifier.isFinal(type.getModifiers());
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (extensible && visible(c.getModifiers())) {
          problems.add(type.getName() + " can be subclassed by users through " + c);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void checkAll(List<String> leaks, Executable e) {
    for (Type t : e.getGenericParameterTypes()) {
      check(leaks, e.toGenericString(), t);
    }
    for (Type t : e.getGenericExceptionTypes()) {
      check(leaks, e.toGenericString(), t);
    }
  }

  private static void check(List<String> leaks, String where, Type type) {
    if (type == null) {
      return;
    }
    String name = type.getTypeName();
    for (String foreign : FOREIGN) {
      if (name.contains(foreign)) {
        leaks.add(where + " exposes " + name);
      }
    }
  }

}
