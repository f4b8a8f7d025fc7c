package io.github.cstokit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Appeal;
import io.github.cstokit.model.BasingRequest;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.ThreatKind;
import io.github.cstokit.model.WithdrawalNotice;
import io.github.cstokit.rules.DecisionRules;
import io.github.cstokit.rules.MandateRules;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contracts every value keeps, checked on real values: the whole bundled dataset and the verdicts on
 * its decisions and mandates, walked through every public no-argument accessor.
 */
class ValueContractsTest {

  private static final Map<Class<?>, List<Object>> VALUES = new LinkedHashMap<>();
  private static final List<String> PROBLEMS = new ArrayList<>();

  @BeforeAll
  static void walk() {
    CstoDataset data = CstoData.bundled();
    Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    visit(data, "CstoData.bundled()", seen);
    for (Decision decision : data.decisions()) {
      visit(DecisionRules.check(decision, data), "check(" + decision.id() + ")", seen);
    }
    for (Mandate mandate : data.mandates()) {
      visit(MandateRules.check(mandate, data), "check(" + mandate.id() + ")", seen);
    }
  }

  private static void visit(Object value, String path, Set<Object> seen) {
    if (value == null || !seen.add(value)) {
      return;
    }
    if (value instanceof Collection) {
      if (!Unmodifiable.holds(value)) {
        PROBLEMS.add(path + " is a modifiable " + value.getClass().getName());
      }
      int i = 0;
      for (Object element : (Collection<?>) value) {
        visit(element, path + "[" + i++ + "]", seen);
      }
      return;
    }
    if (value instanceof Map) {
      if (!Unmodifiable.holds(value)) {
        PROBLEMS.add(path + " is a modifiable " + value.getClass().getName());
      }
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        visit(entry.getValue(), path + "[" + entry.getKey() + "]", seen);
      }
      return;
    }
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> visit(v, path + ".get()", seen));
      return;
    }
    Class<?> api = apiType(value.getClass());
    if (api == null) {
      return;
    }
    VALUES.computeIfAbsent(api, k -> new ArrayList<>()).add(value);
    for (Method accessor : api.getMethods()) {
      if (accessor.getParameterCount() != 0 || Modifier.isStatic(accessor.getModifiers())
          || accessor.getReturnType() == void.class
          || accessor.getDeclaringClass() == Object.class
          || accessor.getName().equals("toBuilder")) {
        continue;
      }
      Object result;
      try {
        result = accessor.invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        PROBLEMS.add(path + "." + accessor.getName() + "() threw " + e.getCause());
        continue;
      }
      if (result == null) {
        PROBLEMS.add(path + "." + accessor.getName() + "() returned null");
        continue;
      }
      visit(result, path + "." + accessor.getName() + "()", seen);
    }
  }

  /** The exported csto-kit type a value is seen through, or null for a JDK value. */
  private static Class<?> apiType(Class<?> type) {
    for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
      if (t.getName().startsWith("io.github.cstokit.") && Modifier.isPublic(t.getModifiers())
          && !t.getName().contains(".internal.")) {
        return t.isEnum() || t.getSuperclass() != null && t.getSuperclass().isEnum() ? null : t;
      }
    }
    return null;
  }

  @Test
  void walkedTheWholeDataset() {
    assertTrue(VALUES.keySet().stream().anyMatch(t -> t.getSimpleName().equals("MembershipEvent")),
        VALUES.keySet()::toString);
    assertTrue(VALUES.keySet().stream().anyMatch(t -> t.getSimpleName().equals("Finding")),
        VALUES.keySet()::toString);
    assertTrue(VALUES.values().stream().mapToInt(List::size).sum() > 500, "too few values walked");
  }

  @Test
  void noAccessorReturnsNullAndEveryCollectionIsUnmodifiable() {
    assertEquals(List.of(), PROBLEMS);
  }

  @Test
  void equalsAndHashCodeAreConsistent() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Class<?>, List<Object>> entry : VALUES.entrySet()) {
      List<Object> values = entry.getValue();
      for (Object a : values) {
        if (!a.equals(a) || a.equals(null) || a.hashCode() != a.hashCode()) {
          problems.add("reflexivity or hash stability of " + a);
        }
        for (Object b : values) {
          if (a.equals(b) != b.equals(a)) {
            problems.add("symmetry of " + a + " and " + b);
          } else if (a.equals(b) && a.hashCode() != b.hashCode()) {
            problems.add("equal values with different hashes: " + a + " and " + b);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void compareToIsAntisymmetricAndConsistentWithEquals() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Class<?>, List<Object>> entry : VALUES.entrySet()) {
      if (!Comparable.class.isAssignableFrom(entry.getKey())) {
        continue;
      }
      for (Object a : entry.getValue()) {
        for (Object b : entry.getValue()) {
          int ab = Integer.signum(((Comparable) a).compareTo(b));
          int ba = Integer.signum(((Comparable) b).compareTo(a));
          if (ab != -ba) {
            problems.add("antisymmetry of " + a + " and " + b);
          }
          if ((ab == 0) != a.equals(b)) {
            problems.add("compareTo and equals disagree on " + a + " and " + b);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * Every public method and constructor of every published module rejects a null argument with a
   * NullPointerException, static methods on every public type, instance methods on a real value of each
   * type. The other arguments are real values of the dataset.
   */
  @Test
  void everyPublicMethodRejectsNull() {
    LocalDate day = LocalDate.of(2022, 1, 6);
    // Inputs the dataset does not hold; the codes and the day are placeholders, not facts.
    NullPointerTester tester = new NullPointerTester()
        .setDefault(LocalDate.class, day)
        .setDefault(BasingRequest.class, BasingRequest.of("AM", "XA", day))
        .setDefault(WithdrawalNotice.class, WithdrawalNotice.of("AM", day))
        .setDefault(Appeal.class, Appeal.of("AM", day, ThreatKind.values()[0]))
        .setDefault(io.github.cstokit.model.StatusApplication.class,
            io.github.cstokit.model.StatusApplication.builder().id("a").applicant("XA")
                .status(io.github.cstokit.model.StatusKind.OBSERVER).date(day).build())
        .setDefault(io.github.cstokit.model.StatusDecision.class,
            io.github.cstokit.model.StatusDecision.builder().id("d").applicant("XA")
                .status(io.github.cstokit.model.StatusKind.OBSERVER)
                .action(io.github.cstokit.model.StatusAction.GRANT)
                .body(io.github.cstokit.model.Body.COLLECTIVE_SECURITY_COUNCIL).date(day).build())
        .setDefault(io.github.cstokit.model.RightsSuspension.class,
            io.github.cstokit.model.RightsSuspension.builder().id("s").state("AM")
                .body(io.github.cstokit.model.Body.COLLECTIVE_SECURITY_COUNCIL).date(day)
                .addRights(io.github.cstokit.model.MemberRight.VOTE).build());
    for (Map.Entry<Class<?>, List<Object>> entry : VALUES.entrySet()) {
      setDefault(tester, entry.getKey(), entry.getValue().get(0));
    }
    List<String> problems = new ArrayList<>();
    for (Class<?> type : PublicApi.types()) {
      try {
        tester.testAllPublicStaticMethods(type);
        tester.testAllPublicConstructors(type);
      } catch (AssertionError | RuntimeException e) {
        problems.add(type.getName() + ": " + e.getMessage());
      }
    }
    for (Map.Entry<Class<?>, List<Object>> entry : VALUES.entrySet()) {
      // Through the exported type's methods: the generated implementations are not open to reflection.
      for (Method method : entry.getKey().getMethods()) {
        if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() == 0
            || method.getName().equals("equals")
            || !method.getDeclaringClass().getName().startsWith("io.github.cstokit.")) {
          continue;
        }
        try {
          tester.testMethod(entry.getValue().get(0), method);
        } catch (AssertionError | RuntimeException e) {
          problems.add(entry.getKey().getName() + " (instance): " + e.getMessage());
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void setDefault(NullPointerTester tester, Class<?> type, Object value) {
    tester.setDefault((Class) type, value);
    for (Class<?> i : type.getInterfaces()) {
      if (i.getName().startsWith("io.github.cstokit.")) {
        tester.setDefault((Class) i, value);
      }
    }
  }

  /** equals and hashCode by EqualsTester: each distinct real value its own group, up to eight per type. */
  @Test
  void distinctValuesAreUnequalAndEachEqualsItself() {
    for (Map.Entry<Class<?>, List<Object>> entry : VALUES.entrySet()) {
      EqualsTester tester = new EqualsTester();
      List<Object> distinct = new ArrayList<>();
      for (Object v : entry.getValue()) {
        if (distinct.size() < 8 && !distinct.contains(v)) {
          distinct.add(v);
          tester.addEqualityGroup(v);
        }
      }
      tester.testEquals();
    }
  }
}
