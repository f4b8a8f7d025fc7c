package io.github.cstokit.data;

import io.github.cstokit.model.Activity;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.ObserverStatus;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.Source;
import io.github.cstokit.model.State;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The kinds of record a dataset holds, each with its id, its sources and its fields as text, for
 * {@link Datasets#diff}. A record's fields are the properties of its model type (every public
 * no-argument accessor the type declares), so a property added to the model is compared without being
 * listed here; an absent value (an empty {@code Optional} or collection) is no field.
 *
 * <p>A property whose value is a nested value type of the model (a mandate's request, strength,
 * commands and contingents, an alternative value, an activity's editions: any model type that is not an
 * enum, has no text form of its own and is not a record of another kind) is not one field but the
 * fields of that value, each named by its path: {@code request.note}, {@code strength.personnel},
 * {@code contingents/2.sizeNote}, {@code editions/3.host}, {@code request.alternatives/0.value}; an
 * optional of such a value is its fields when present, a list of them the fields of each element, named
 * by the list and the element's index. A value with a text form of its own ({@code PartialDate},
 * {@code Period}, {@code Citation}, the model's comparable values) is one field, its text; a record of
 * another kind held by a record (a mandate's decision) is its id, since its own changes are listed under
 * its kind. A record's sources are its own, then those its nested values cite ({@code sources}), each
 * once.
 */
final class FactRecords<T> {

  /** The kinds, in the order of the data files. */
  static final List<FactRecords<?>> KINDS = List.of(
      new FactRecords<>("source", Source.class, CstoDataset::sources, Source::id, s -> List.of(s.id())),
      new FactRecords<>("state", State.class, d -> List.copyOf(d.states()), State::isoAlpha2,
          State::sources),
      new FactRecords<>("instrument", Instrument.class, CstoDataset::instruments, Instrument::id,
          Instrument::sources),
      new FactRecords<>("event", MembershipEvent.class, CstoDataset::events, MembershipEvent::id,
          MembershipEvent::sources),
      new FactRecords<>("organ", Organ.class, CstoDataset::organs, Organ::id, Organ::sources),
      new FactRecords<>("appointment", Appointment.class, CstoDataset::appointments, Appointment::id,
          Appointment::sources),
      new FactRecords<>("chairmanship", Chairmanship.class, CstoDataset::chairmanships,
          Chairmanship::id, Chairmanship::sources),
      new FactRecords<>("session", Session.class, CstoDataset::sessions, Session::id,
          Session::sources),
      new FactRecords<>("force", Force.class, CstoDataset::forces, Force::id, Force::sources),
      new FactRecords<>("decision", Decision.class, CstoDataset::decisions,
          d -> d.id().orElseGet(d::toString), Decision::sources),
      new FactRecords<>("mandate", Mandate.class, CstoDataset::mandates, Mandate::id,
          Mandate::sources),
      new FactRecords<>("activity", Activity.class, CstoDataset::activities, Activity::id,
          Activity::sources),
      new FactRecords<>("observer", ObserverStatus.class, CstoDataset::observerStatuses,
          ObserverStatus::id, ObserverStatus::sources));

  /**
   * The order of field names: by their parts ({@code request}, {@code alternatives}, {@code 0}, ...)
   * one after the other, the indexes of a list ({@code editions/2}) as numbers, a name before the names
   * it begins.
   */
  static final Comparator<String> FIELD_ORDER = FactRecords::compareNames;

  /** The properties of each model type, by name; filled as types are met. */
  private static final Map<Class<?>, List<Method>> PROPERTIES = new ConcurrentHashMap<>();

  final String kind;
  private final Class<T> type;
  private final Function<CstoDataset, List<T>> all;
  private final Function<T, String> id;
  private final Function<T, List<String>> sources;

  private FactRecords(String kind, Class<T> type, Function<CstoDataset, List<T>> all,
      Function<T, String> id, Function<T, List<String>> sources) {
    this.kind = kind;
    this.type = type;
    this.all = all;
    this.id = id;
    this.sources = sources;
  }

  private static int compareNames(String a, String b) {
    String[] left = a.split("[./]", -1);
    String[] right = b.split("[./]", -1);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      boolean numbers = !left[i].isEmpty() && !right[i].isEmpty() && left[i].chars().allMatch(Character::isDigit)
          && right[i].chars().allMatch(Character::isDigit);
      int order = numbers ? Long.compare(Long.parseLong(left[i]), Long.parseLong(right[i]))
          : left[i].compareTo(right[i]);
      if (order != 0) {
        return order;
      }
    }
    int order = Integer.compare(left.length, right.length);
    return order != 0 ? order : a.compareTo(b);
  }

  /**
   * The attributes of a model value: the public no-argument accessors its model type declares or takes
   * from the model's interfaces of shared attributes ({@code Identified}, {@code Sourced}, {@code Noted}),
   * by name, that its implementation holds (those the generated class implements); not its copy methods,
   * nor what the type computes from other attributes ({@code Mandate.commands()},
   * {@code HostRequest.requestingStates()}), which would list one change twice.
   */
  private static List<Method> properties(Class<?> type, Object value) {
    return PROPERTIES.computeIfAbsent(value.getClass(), implementation -> findProperties(type, implementation));
  }

  private static List<Method> findProperties(Class<?> type, Class<?> implementation) {
    Map<String, Method> found = new TreeMap<>();
    List<Class<?>> declaring = new ArrayList<>(List.of(type));
    for (Class<?> shared : type.getInterfaces()) {
      if (shared.getPackage() == type.getPackage()) {
        declaring.add(shared);
      }
    }
    for (Class<?> c : declaring) {
      for (Method m : c.getDeclaredMethods()) {
        int mod = m.getModifiers();
        if (Modifier.isPublic(mod) && !Modifier.isStatic(mod) && m.getParameterCount() == 0
            && m.getReturnType() != void.class && m.getReturnType() != type
            && !Arrays.asList("toString", "hashCode").contains(m.getName()) && !m.isSynthetic()
            && held(m, implementation)) {
          found.putIfAbsent(m.getName(), m);
        }
      }
    }
    return List.copyOf(found.values());
  }

  /** Whether an implementation holds an accessor's value: it implements it, or is the model type itself. */
  private static boolean held(Method accessor, Class<?> implementation) {
    if (implementation == accessor.getDeclaringClass() || Modifier.isAbstract(accessor.getModifiers())) {
      return true;
    }
    try {
      implementation.getDeclaredMethod(accessor.getName());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The records of a dataset by id, in the dataset's order. */
  Map<String, T> byId(CstoDataset dataset) {
    Map<String, T> records = new LinkedHashMap<>();
    for (T record : all.apply(dataset)) {
      records.put(id.apply(record), record);
    }
    return records;
  }

  /** A record's own sources, then those of its nested values, each once. */
  List<String> sources(T record) {
    Set<String> ids = new LinkedHashSet<>(sources.apply(record));
    nestedSources(type, record, ids);
    return List.copyOf(ids);
  }

  private static void nestedSources(Class<?> type, Object value, Set<String> ids) {
    for (Method property : properties(type, value)) {
      Class<?> nested = nested(property);
      if (nested == null) {
        continue;
      }
      for (Object part : parts(read(property, value))) {
        for (Method p : properties(nested, part)) {
          Object cited = p.getName().equals("sources") ? read(p, part) : null;
          if (cited instanceof List) {
            ((List<?>) cited).forEach(id -> ids.add(String.valueOf(id)));
          }
        }
        nestedSources(nested, part, ids);
      }
    }
  }

  /** A record's fields, by name or path, as text; absent values are left out. */
  SortedMap<String, String> fields(T record) {
    SortedMap<String, String> fields = new TreeMap<>(FIELD_ORDER);
    fields("", type, record, fields);
    return fields;
  }

  private static void fields(String path, Class<?> type, Object value, Map<String, String> fields) {
    for (Method property : properties(type, value)) {
      String name = path + property.getName();
      Object read = read(property, value);
      Class<?> nested = nested(property);
      if (nested == null) {
        text(read).ifPresent(text -> fields.put(name, text));
      } else if (read instanceof List) {
        List<?> list = (List<?>) read;
        for (int i = 0; i < list.size(); i++) {
          fields(name + "/" + i + ".", nested, list.get(i), fields);
        }
      } else {
        for (Object part : parts(read)) {
          fields(name + ".", nested, part, fields);
        }
      }
    }
  }

  /**
   * The nested value type a property holds, alone, in an {@code Optional} or in a {@code List}; null if
   * its value is one field.
   */
  private static Class<?> nested(Method property) {
    Type type = property.getGenericReturnType();
    if (type instanceof ParameterizedType) {
      ParameterizedType generic = (ParameterizedType) type;
      Type raw = generic.getRawType();
      if (raw != Optional.class && raw != List.class) {
        return null;
      }
      type = generic.getActualTypeArguments()[0];
    }
    if (!(type instanceof Class)) {
      return null;
    }
    Class<?> c = (Class<?>) type;
    boolean record = KINDS.stream().anyMatch(k -> k.type.isAssignableFrom(c));
    return c.getPackage() == Source.class.getPackage() && !c.isEnum() && !c.isInterface()
        && !Comparable.class.isAssignableFrom(c) && !record ? c : null;
  }

  /** The values an optional or a list of nested values holds, or the value itself. */
  private static List<?> parts(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(List::of).orElse(List.of());
    }
    return value instanceof List ? (List<?>) value : List.of(value);
  }

  private static Object read(Method property, Object record) {
    try {
      return property.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(property.getDeclaringClass().getSimpleName() + "."
          + property.getName() + " cannot be read", e);
    }
  }

  /** A value as one field's text: a record of another kind by its id. */
  private static Optional<String> text(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).flatMap(FactRecords::text);
    }
    if (value instanceof OptionalInt) {
      OptionalInt number = (OptionalInt) value;
      return number.isPresent() ? Optional.of(String.valueOf(number.getAsInt())) : Optional.empty();
    }
    if (value instanceof Collection && ((Collection<?>) value).isEmpty()
        || value instanceof Map && ((Map<?, ?>) value).isEmpty()) {
      return Optional.empty();
    }
    for (FactRecords<?> kind : KINDS) {
      if (kind.type.isInstance(value)) {
        return Optional.of(kind.idOf(value));
      }
    }
    return Optional.of(String.valueOf(value));
  }

  private String idOf(Object record) {
    return id.apply(type.cast(record));
  }

  /**
   * The fields of a record's two versions that differ, into {@code from} and {@code to}: a field absent
   * on one side is left out of it, and a nested value present on one side only (an edition added, a
   * request removed) is one field, named by its path and holding its fields as {@code {name=value, ...}}.
   */
  static void differences(SortedMap<String, String> was, SortedMap<String, String> is,
      SortedMap<String, String> from, SortedMap<String, String> to) {
    Set<String> names = new LinkedHashSet<>(was.keySet());
    names.addAll(is.keySet());
    for (String name : names) {
      if (Objects.equals(was.get(name), is.get(name))) {
        continue;
      }
      String whole = wholeOnOneSide(name, was, is);
      if (whole == null) {
        Optional.ofNullable(was.get(name)).ifPresent(v -> from.put(name, v));
        Optional.ofNullable(is.get(name)).ifPresent(v -> to.put(name, v));
      } else {
        (holds(was, whole) ? from : to).put(whole, part(holds(was, whole) ? was : is, whole));
      }
    }
  }

  /** The outermost nested value a field belongs to that only one side holds; null if none. */
  private static String wholeOnOneSide(String name, Map<String, String> was, Map<String, String> is) {
    for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
      String value = name.substring(0, dot);
      if (holds(was, value) != holds(is, value)) {
        return value;
      }
    }
    return null;
  }

  private static boolean holds(Map<String, String> fields, String value) {
    return fields.keySet().stream().anyMatch(name -> name.startsWith(value + "."));
  }

  /** A nested value's fields as {@code {name=value, ...}}, in {@link #FIELD_ORDER}. */
  private static String part(Map<String, String> fields, String value) {
    SortedMap<String, String> part = new TreeMap<>(FIELD_ORDER);
    fields.forEach((name, text) -> {
      if (name.startsWith(value + ".")) {
        part.put(name.substring(value.length() + 1), text);
      }
    });
    return part.toString();
  }
}
