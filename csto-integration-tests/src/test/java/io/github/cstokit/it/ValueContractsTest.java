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
    io.github.cstokit.model.Decision council = io.github.cstokit.model.Decision.builder()
        .body(io.github.cstokit.model.Body.COLLECTIVE_SECURITY_COUNCIL).date(day).title("placeholder").build();
    tester.setDefault(io.github.cstokit.model.Budget.class,
        io.github.cstokit.model.Budget.builder().id("b").approval(council).build());
    tester.setDefault(io.github.cstokit.model.DecisionForm.class,
        io.github.cstokit.model.DecisionForm.builder().decision(council).build());
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

  /**
   * Every null a public method or constructor rejects, it rejects with a {@code NullPointerException}
   * whose message names the parameter: each reference parameter in turn is null, the others real values
   * of the dataset (or guava-testlib's arbitrary instances). Static methods and constructors of every
   * public type of every published module, instance methods of every walked value and of the builders.
   */
  @Test
  void everyNullIsRejectedWithTheParameterName() throws Exception {
    Map<Class<?>, Object> defaults = defaults();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : PublicApi.types()) {
      for (Method method : type.getMethods()) {
        // An enum's valueOf(String) is the JDK's ("Name is null"): not csto-kit's to word.
        if (Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() == type
            && !(type.isEnum() && method.getName().equals("valueOf"))) {
          checked += nullsNamed(null, method, method.getParameters(), defaults, problems);
        }
      }
      for (java.lang.reflect.Constructor<?> constructor : type.getConstructors()) {
        checked += nullsNamed(null, constructor, constructor.getParameters(), defaults, problems);
      }
    }
    for (Map.Entry<Class<?>, List<Object>> entry : VALUES.entrySet()) {
      List<Object> receivers = new ArrayList<>(List.of(entry.getValue().get(0)));
      try {
        receivers.add(entry.getKey().getMethod("builder").invoke(null));
      } catch (NoSuchMethodException e) {
        // no builder
      }
      for (Object receiver : receivers) {
        Class<?> api = receiver == entry.getValue().get(0) ? entry.getKey() : receiver.getClass();
        for (Method method : api.getMethods()) {
          if (Modifier.isStatic(method.getModifiers()) || method.getName().equals("equals")
              || !method.getDeclaringClass().getName().startsWith("io.github.cstokit.")) {
            continue;
          }
          checked += nullsNamed(receiver, method, method.getParameters(), defaults, problems);
        }
      }
    }
    assertTrue(checked > 300, "only " + checked + " parameters checked");
    assertEquals(List.of(), problems);
  }

  /** Calls with each reference parameter null in turn; returns how many were checked. */
  private static int nullsNamed(Object receiver, java.lang.reflect.Executable executable,
      java.lang.reflect.Parameter[] parameters, Map<Class<?>, Object> defaults, List<String> problems)
      throws Exception {
    int checked = 0;
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive()) {
        continue;
      }
      Object[] args = new Object[parameters.length];
      boolean known = true;
      for (int j = 0; j < parameters.length; j++) {
        if (j != i) {
          args[j] = value(parameters[j].getType(), defaults);
          known &= args[j] != null;
        }
      }
      if (!known) {
        continue; // no value for another parameter: NullPointerTester covers the method
      }
      checked++;
      String call = executable.getDeclaringClass().getSimpleName() + "." + executable.getName() + "("
          + parameters[i].getName() + " = null)";
      Throwable thrown = null;
      try {
        invoke(receiver, executable, args);
      } catch (Throwable t) {
        thrown = t;
      }
      if (thrown == null) {
        problems.add(call + " accepted null");
      } else if (!(thrown instanceof NullPointerException)) {
        problems.add(call + " threw " + thrown);
      } else if (GENERATED_WITHERS.contains(generatedIn(receiver, executable))) {
        continue;
      } else if (thrown.getMessage() == null
          || !thrown.getMessage().contains(parameters[i].getName())
              && !thrown.getMessage().startsWith(attribute(executable) + " ")) {
        problems.add(call + ": NullPointerException without the parameter's name: "
            + thrown.getMessage());
      }
    }
    return checked;
  }

  /**
   * Calls a method or constructor, throwing what it throws. A builder's methods are declared in its
   * generated superclass, which is not public: they are called through the public builder type, as a
   * user's code calls them.
   */
  private static void invoke(Object receiver, java.lang.reflect.Executable executable, Object[] args)
      throws Throwable {
    if (executable instanceof Method && receiver != null
        && !Modifier.isPublic(executable.getDeclaringClass().getModifiers())) {
      Method m = (Method) executable;
      java.lang.invoke.MethodHandle handle = java.lang.invoke.MethodHandles.publicLookup().findVirtual(
          receiver.getClass(), m.getName(),
          java.lang.invoke.MethodType.methodType(m.getReturnType(), m.getParameterTypes()));
      List<Object> all = new ArrayList<>();
      all.add(receiver);
      all.addAll(java.util.Arrays.asList(args));
      handle.invokeWithArguments(all);
      return;
    }
    try {
      if (executable instanceof Method) {
        ((Method) executable).invoke(receiver, args);
      } else {
        ((java.lang.reflect.Constructor<?>) executable).newInstance(args);
      }
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * The public copy methods whose implementation Immutables generates (overriding the declared ones),
   * with its own words for a null ("Cannot invoke ... because "map" is null"): they do reject null with
   * a NullPointerException, and csto-kit cannot word it. Listed, so that a new one is seen.
   */
  private static final Set<String> GENERATED_WITHERS = Set.of(
      "ImmutableDecision.withPositions", "ImmutableDecision.withSignatures",
      "ImmutableDecision.withRecordedOutcome", "ImmutableDecision.withJoiningDates",
      "ImmutableMandate.withLegalBases",
      "ImmutableMandate.withContingents", "ImmutableContingent.withSize");

  /** Where a method called on a receiver is implemented, as {@code Class.method}; "" for static ones. */
  private static String generatedIn(Object receiver, java.lang.reflect.Executable executable) {
    if (receiver == null || !(executable instanceof Method)) {
      return "";
    }
    try {
      Method m = receiver.getClass().getMethod(executable.getName(), executable.getParameterTypes());
      return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    } catch (NoSuchMethodException e) {
      return "";
    }
  }

  /**
   * The attribute a generated builder method sets, such as {@code sources} for {@code addSources} and
   * {@code addAllSources}: the generated code names the attribute ({@code "sources element"}), which is
   * what the caller wrote; null for any other method.
   */
  private static String attribute(java.lang.reflect.Executable executable) {
    if (Modifier.isPublic(executable.getDeclaringClass().getModifiers())) {
      return null;
    }
    String name = executable.getName().replaceFirst("^(addAll|add|put|putAll)(?=[A-Z])", "");
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static Object value(Class<?> type, Map<Class<?>, Object> defaults) {
    if (type.isPrimitive()) {
      return com.google.common.base.Defaults.defaultValue(type);
    }
    Object v = defaults.get(type);
    return v != null ? v : com.google.common.testing.ArbitraryInstances.get(type);
  }

  private static Map<Class<?>, Object> defaults() {
    LocalDate day = LocalDate.of(2022, 1, 6);
    Map<Class<?>, Object> defaults = new java.util.HashMap<>();
    defaults.put(LocalDate.class, day);
    defaults.put(String.class, "AM");
    defaults.put(BasingRequest.class, BasingRequest.of("AM", "XA", day));
    defaults.put(WithdrawalNotice.class, WithdrawalNotice.of("AM", day));
    defaults.put(Appeal.class, Appeal.of("AM", day, ThreatKind.values()[0]));
    defaults.put(io.github.cstokit.model.CstoFacts.class, CstoData.bundled());
    for (Map.Entry<Class<?>, List<Object>> entry : VALUES.entrySet()) {
      defaults.putIfAbsent(entry.getKey(), entry.getValue().get(0));
      for (Class<?> i : entry.getKey().getInterfaces()) {
        defaults.putIfAbsent(i, entry.getValue().get(0));
      }
    }
    return defaults;
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
