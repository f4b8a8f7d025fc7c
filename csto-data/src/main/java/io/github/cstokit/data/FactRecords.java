package io.github.cstokit.data;

import io.github.cstokit.model.Activity;
import io.github.cstokit.model.ActivityEdition;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The kinds of record a dataset holds, each with its id, its sources and its fields as text, for
 * {@link Datasets#diff}. A record's fields are the properties of its model type (every public
 * no-argument accessor the type declares), so a property added to the model is compared without being
 * listed here; an absent value (an empty {@code Optional} or collection) is no field. A list of parts
 * (an activity's editions) is one field per part, named by the list and the part's index, such as
 * {@code editions/3}, holding the part's own properties as {@code {name=value, ...}}; the record's
 * sources are then its own and its parts', each once.
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
      new FactRecords<>("decision", Decision.class, CstoDataset::decisions, d -> d.id().orElseThrow(),
          Decision::sources),
      new FactRecords<>("mandate", Mandate.class, CstoDataset::mandates, Mandate::id,
          Mandate::sources),
      new FactRecords<>("activity", Activity.class, CstoDataset::activities, Activity::id,
          FactRecords::activitySources, "editions", ActivityEdition.class),
      new FactRecords<>("observer", ObserverStatus.class, CstoDataset::observerStatuses,
          ObserverStatus::id, ObserverStatus::sources));

  /** The order of field names: by name, and the parts of a list ({@code editions/2}) by index. */
  static final Comparator<String> FIELD_ORDER = Comparator
      .comparing((String name) -> name.substring(0, slash(name)))
      .thenComparingInt(name -> slash(name) == name.length() ? -1
          : Integer.parseInt(name.substring(slash(name) + 1)));

  final String kind;
  private final Function<CstoDataset, List<T>> all;
  private final Function<T, String> id;
  private final Function<T, List<String>> sources;
  private final List<Method> properties;
  /** The property holding the record's parts, or null if it has none. */
  private final String parts;
  /** The properties of a part; empty if the record has no parts. */
  private final List<Method> partProperties;

  private FactRecords(String kind, Class<T> type, Function<CstoDataset, List<T>> all,
      Function<T, String> id, Function<T, List<String>> sources) {
    this(kind, type, all, id, sources, null, null);
  }

  private FactRecords(String kind, Class<T> type, Function<CstoDataset, List<T>> all,
      Function<T, String> id, Function<T, List<String>> sources, String parts, Class<?> partType) {
    this.kind = kind;
    this.all = all;
    this.id = id;
    this.sources = sources;
    this.properties = properties(type);
    this.parts = parts;
    this.partProperties = partType == null ? List.of() : properties(partType);
  }

  private static int slash(String name) {
    int at = name.indexOf('/');
    return at < 0 ? name.length() : at;
  }

  /** An activity's sources, then its editions' own, each once. */
  private static List<String> activitySources(Activity activity) {
    Set<String> ids = new LinkedHashSet<>(activity.sources());
    for (ActivityEdition edition : activity.editions()) {
      ids.addAll(edition.sources());
    }
    return List.copyOf(ids);
  }

  /**
   * The public no-argument accessors a model type declares or takes from the model's interfaces of
   * shared attributes ({@code Identified}, {@code Sourced}, {@code Noted}), by name; not its copy methods.
   */
  private static List<Method> properties(Class<?> type) {
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
            && !Arrays.asList("toString", "hashCode").contains(m.getName()) && !m.isSynthetic()) {
          found.putIfAbsent(m.getName(), m);
        }
      }
    }
    return List.copyOf(found.values());
  }

  /** The records of a dataset by id, in the dataset's order. */
  Map<String, T> byId(CstoDataset dataset) {
    Map<String, T> records = new LinkedHashMap<>();
    for (T record : all.apply(dataset)) {
      records.put(id.apply(record), record);
    }
    return records;
  }

  List<String> sources(T record) {
    return sources.apply(record);
  }

  /** A record's fields, by name, as text; absent values are left out. */
  SortedMap<String, String> fields(T record) {
    SortedMap<String, String> fields = new TreeMap<>(FIELD_ORDER);
    for (Method property : properties) {
      Object value = read(property, record);
      if (property.getName().equals(parts) && value instanceof List) {
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) {
          fields.put(parts + "/" + i, part(list.get(i)));
        }
      } else {
        text(value).ifPresent(text -> fields.put(property.getName(), text));
      }
    }
    return fields;
  }

  /** A part's properties as {@code {name=value, ...}}, by name; absent values are left out. */
  private String part(Object part) {
    SortedMap<String, String> fields = new TreeMap<>();
    for (Method property : partProperties) {
      text(read(property, part)).ifPresent(text -> fields.put(property.getName(), text));
    }
    return fields.toString();
  }

  private Object read(Method property, Object record) {
    try {
      return property.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(kind + "." + property.getName() + " cannot be read", e);
    }
  }

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
    return Optional.of(String.valueOf(value));
  }
}
