package io.github.cstokit.snapshot.codegen;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Writes a snapshot codec for each value type that an annotation named {@value #TRIGGER} lists, and for
 * each value type their attributes hold, as plain Java source in the annotated package: one class
 * {@code <Type>Codec} implementing that package's {@code Codec<Type>}, which writes the type's
 * attributes with the package's {@code Out} and reads them back with its {@code In} and the type's
 * builder, field for field; and a class {@value #LAYOUT_CLASS} whose constant {@code HASH} changes with
 * the generated field lists.
 *
 * <p>The attributes of a value type (a type with a static {@code builder()} whose result has a
 * {@code build()} returning the type or a subtype) are its no-argument accessors, its own in declaration order, then
 * those of its superclasses and interfaces, each name once: every abstract one, and every other one that
 * the builder can set (a {@code @Value.Default} attribute; a derived or lazy one has no setter). An
 * abstract accessor the builder cannot set, or an attribute of a type this processor does not map, is a
 * compile error on the annotated element naming the type and the attribute.
 *
 * <p>A listed type held by another listed type (a mandate's adopting decision) is written as its index in
 * the list of all records of that type, which the holder's codec takes in its constructor, so that the
 * record read is the one read from that list.
 */
public final class SnapshotCodecProcessor extends AbstractProcessor {

  /** The annotation this processor answers: its {@code value} lists the root value types. */
  static final String TRIGGER = "io.github.cstokit.data.internal.snapshot.codec.SnapshotCodecs";

  /** The simple name of the generated class that holds the layout's hash. */
  static final String LAYOUT_CLASS = "CodecLayout";

  /** A processor, as the compiler loads it. */
  public SnapshotCodecProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(TRIGGER);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element annotated : round.getElementsAnnotatedWith(annotation)) {
        generate(annotated);
      }
    }
    return true;
  }

  private void generate(Element annotated) {
    PackageElement pkg = processingEnv.getElementUtils().getPackageOf(annotated);
    List<TypeElement> roots = new ArrayList<>();
    for (AnnotationMirror mirror : annotated.getAnnotationMirrors()) {
      if (!((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(TRIGGER)) {
        continue;
      }
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
          : mirror.getElementValues().entrySet()) {
        if (e.getKey().getSimpleName().contentEquals("value")) {
          for (Object v : (List<?>) e.getValue().getValue()) {
            TypeMirror t = (TypeMirror) ((AnnotationValue) v).getValue();
            roots.add((TypeElement) ((DeclaredType) t).asElement());
          }
        }
      }
    }
    Model model = new Model(processingEnv, roots);
    try {
      model.resolve();
    } catch (Model.Unmappable e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.getMessage(), annotated);
      return;
    }
    StringBuilder layout = new StringBuilder();
    for (Model.Type type : model.types()) {
      layout.append(type.describe()).append('\n');
      write(pkg, type.codecName(), Source.codec(pkg.getQualifiedName().toString(), type), annotated);
    }
    write(pkg, LAYOUT_CLASS, Source.layout(pkg.getQualifiedName().toString(), LAYOUT_CLASS,
        layout.toString(), hash(layout.toString())), annotated);
  }

  private void write(PackageElement pkg, String simpleName, String text, Element origin) {
    String name = pkg.getQualifiedName() + "." + simpleName;
    try (Writer w = processingEnv.getFiler().createSourceFile(name, origin).openWriter()) {
      w.write(text);
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "cannot write " + name + ": " + e.getMessage(), origin);
    }
  }

  /** The first four bytes of the SHA-256 of the layout's description. */
  static int hash(String layout) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(layout.getBytes(StandardCharsets.UTF_8));
      return (d[0] & 0xFF) << 24 | (d[1] & 0xFF) << 16 | (d[2] & 0xFF) << 8 | d[3] & 0xFF;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /** The value types to write codecs for, with their attributes and the encoding of each. */
  static final class Model {

    /** An attribute of a type the processor does not map, or a value type it cannot build. */
    static final class Unmappable extends Exception {
      private static final long serialVersionUID = 1L;

      Unmappable(String message) {
        super(message);
      }
    }

    /** A value type and its codec. */
    static final class Type {
      final TypeElement element;
      final boolean root;
      final List<Attribute> attributes = new ArrayList<>();
      /** The root types this type's attributes refer to by index, in the order of the roots. */
      final Set<TypeElement> references = new LinkedHashSet<>();

      Type(TypeElement element, boolean root) {
        this.element = element;
        this.root = root;
      }

      String simpleName() {
        return element.getSimpleName().toString();
      }

      String codecName() {
        return simpleName() + "Codec";
      }

      String describe() {
        StringBuilder s = new StringBuilder(simpleName()).append('(');
        for (int i = 0; i < attributes.size(); i++) {
          Attribute a = attributes.get(i);
          s.append(i == 0 ? "" : ", ").append(a.name()).append(' ').append(a.encoding().description());
        }
        return s.append(')').toString();
      }
    }

    /**
     * One attribute.
     *
     * @param name its accessor's name
     * @param encoding how it is written and read
     */
    record Attribute(String name, Encoding encoding) {}

    private final javax.annotation.processing.ProcessingEnvironment env;
    private final List<TypeElement> roots;
    private final Map<TypeElement, Type> types = new LinkedHashMap<>();

    Model(javax.annotation.processing.ProcessingEnvironment env, List<TypeElement> roots) {
      this.env = env;
      this.roots = roots;
    }

    List<Type> types() {
      return new ArrayList<>(types.values());
    }

    void resolve() throws Unmappable {
      for (TypeElement root : roots) {
        types.put(root, new Type(root, true));
      }
      for (TypeElement root : roots) {
        resolve(types.get(root));
      }
    }

    private void resolve(Type type) throws Unmappable {
      TypeElement builder = builderOf(type.element);
      if (builder == null) {
        throw new Unmappable(type.element.getQualifiedName() + " is not a value type with a static"
            + " builder() whose build() returns it or a subtype");
      }
      Set<String> setters = new LinkedHashSet<>();
      for (Element m : env.getElementUtils().getAllMembers(builder)) {
        if (m.getKind() == ElementKind.METHOD && m.getModifiers().contains(Modifier.PUBLIC)
            && ((ExecutableElement) m).getParameters().size() == 1) {
          setters.add(m.getSimpleName().toString());
        }
      }
      Set<String> seen = new LinkedHashSet<>();
      for (ExecutableElement accessor : accessors(type.element)) {
        String name = accessor.getSimpleName().toString();
        if (!seen.add(name) || annotatedAs(accessor, "Derived") || annotatedAs(accessor, "Lazy")) {
          continue;
        }
        if (!setters.contains(name)) {
          if (accessor.getModifiers().contains(Modifier.ABSTRACT)) {
            throw new Unmappable(type.element.getQualifiedName() + "." + name + "(): the builder has no"
                + " setter " + name + "(...) for this abstract accessor");
          }
          continue;
        }
        type.attributes.add(new Attribute(name, encoding(type, name, accessor.getReturnType())));
      }
    }

    /** The no-argument instance accessors of a type and its supertypes, its own first, in declaration order. */
    private List<ExecutableElement> accessors(TypeElement t) {
      List<ExecutableElement> list = new ArrayList<>();
      for (Element e : t.getEnclosedElements()) {
        if (e.getKind() == ElementKind.METHOD) {
          ExecutableElement m = (ExecutableElement) e;
          if (m.getParameters().isEmpty() && m.getReturnType().getKind() != TypeKind.VOID
              && !m.getModifiers().contains(Modifier.STATIC)
              && !m.getModifiers().contains(Modifier.PRIVATE)) {
            list.add(m);
          }
        }
      }
      List<TypeMirror> supers = new ArrayList<>();
      supers.add(t.getSuperclass());
      supers.addAll(t.getInterfaces());
      for (TypeMirror s : supers) {
        if (s.getKind() == TypeKind.DECLARED) {
          TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
          if (!e.getQualifiedName().contentEquals("java.lang.Object")) {
            list.addAll(accessors(e));
          }
        }
      }
      return list;
    }

    private static boolean annotatedAs(Element e, String valueAnnotation) {
      for (AnnotationMirror a : e.getAnnotationMirrors()) {
        if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
            .contentEquals("org.immutables.value.Value." + valueAnnotation)) {
          return true;
        }
      }
      return false;
    }

    /** The type's builder: what its static {@code builder()} returns, if that has a {@code build()} returning the type. */
    private TypeElement builderOf(TypeElement t) {
      for (Element e : t.getEnclosedElements()) {
        if (e.getKind() == ElementKind.METHOD && e.getSimpleName().contentEquals("builder")
            && e.getModifiers().contains(Modifier.STATIC) && e.getModifiers().contains(Modifier.PUBLIC)
            && ((ExecutableElement) e).getParameters().isEmpty()
            && ((ExecutableElement) e).getReturnType().getKind() == TypeKind.DECLARED) {
          TypeElement b = (TypeElement) ((DeclaredType) ((ExecutableElement) e).getReturnType()).asElement();
          for (Element m : env.getElementUtils().getAllMembers(b)) {
            if (m.getKind() == ElementKind.METHOD && m.getSimpleName().contentEquals("build")
                && ((ExecutableElement) m).getParameters().isEmpty()
                && env.getTypeUtils().isAssignable(((ExecutableElement) m).getReturnType(), t.asType())) {
              return b;
            }
          }
        }
      }
      return null;
    }

    private Encoding encoding(Type holder, String attribute, TypeMirror t) throws Unmappable {
      Encoding e = encodingOrNull(holder, t);
      if (e == null) {
        throw new Unmappable("snapshot codecs: the attribute " + holder.element.getQualifiedName() + "."
            + attribute + "() has the type " + t + ", which has no snapshot encoding");
      }
      return e;
    }

    private Encoding encodingOrNull(Type holder, TypeMirror t) throws Unmappable {
      switch (t.getKind()) {
        case BOOLEAN:
          return Encoding.scalar("bool", "bool()", "boolean");
        case INT:
          return Encoding.scalar("integer", "integer()", "int");
        case DECLARED:
          break;
        default:
          return null;
      }
      DeclaredType d = (DeclaredType) t;
      List<? extends TypeMirror> args = d.getTypeArguments();
      switch (((TypeElement) d.asElement()).getQualifiedName().toString()) {
        case "java.util.OptionalInt":
          return Encoding.scalar("optionalInt", "optionalInt()", "optionalInt");
        case "java.util.Optional":
          return args.get(0).getKind() == TypeKind.DECLARED ? element(holder, args.get(0), true) : null;
        case "java.util.List":
        case "java.util.Set":
        case "java.util.SortedSet":
        case "java.util.Collection":
          return collection(holder, args.get(0));
        case "java.util.Map":
        case "java.util.SortedMap":
          return map(holder, args.get(0), args.get(1));
        default:
          return element(holder, t, false);
      }
    }

    /**
     * The {@code Out} method and the {@code In} methods, for a value and for an optional one, of the types
     * they write directly (an absent value as a string index 0, a date {@code Integer.MIN_VALUE}, a
     * partial date precision 0, a period with an absent start).
     */
    private static final Map<String, List<String>> DIRECT = Map.of(
        "java.lang.String", List.of("string", "string", "optionalString"),
        "java.time.LocalDate", List.of("date", "date", "optionalDate"),
        "io.github.cstokit.model.PartialDate", List.of("partialDate", "partialDate", "optionalPartialDate"),
        "io.github.cstokit.model.Period", List.of("period", "period", "optionalPeriod"));

    /** The encoding of a value or an optional value of a declared type other than a collection. */
    private Encoding element(Type holder, TypeMirror t, boolean optional) throws Unmappable {
      TypeElement e = (TypeElement) ((DeclaredType) t).asElement();
      String name = e.getQualifiedName().toString();
      List<String> direct = DIRECT.get(name);
      if (direct != null) {
        String read = direct.get(optional ? 2 : 1);
        return Encoding.scalar(direct.get(0), read + "()", read);
      }
      if (e.getKind() == ElementKind.ENUM) {
        String read = optional ? "optionalName" : "name";
        return Encoding.scalar("name", read + "(" + name + ".class)", read);
      }
      if (roots.contains(e) && holder.element != e) {
        holder.references.add(e);
        String read = optional ? "optionalReference" : "reference";
        return Encoding.reference(read + "(" + Source.listName(e) + ")",
            read + "(" + e.getSimpleName() + ")", Source.listName(e));
      }
      Type nested = nested(e);
      if (nested == null) {
        return null;
      }
      return optional ? Encoding.wrapped(Encoding.Kind.OPTIONAL, nested) : Encoding.codec(nested);
    }

    private Encoding collection(Type holder, TypeMirror element) throws Unmappable {
      if (element.getKind() != TypeKind.DECLARED) {
        return null;
      }
      TypeElement e = (TypeElement) ((DeclaredType) element).asElement();
      if (e.getQualifiedName().contentEquals("java.lang.String")) {
        return Encoding.scalar("strings", "strings()", "strings");
      }
      if (roots.contains(e) && holder.element != e) {
        return null;
      }
      Type nested = nested(e);
      return nested == null ? null : Encoding.wrapped(Encoding.Kind.LIST, nested);
    }

    private Encoding map(Type holder, TypeMirror key, TypeMirror value) throws Unmappable {
      if (key.getKind() != TypeKind.DECLARED || !((TypeElement) ((DeclaredType) key).asElement())
          .getQualifiedName().contentEquals("java.lang.String")) {
        return null;
      }
      Encoding v = encodingOrNull(holder, value);
      if (v == null || v.kind() != Encoding.Kind.SCALAR || v.list() != null) {
        return null;
      }
      return Encoding.map(v, env.getTypeUtils().erasure(value).toString());
    }

    /** The codec of a value type held by another, made on first use; null if it is not a value type. */
    private Type nested(TypeElement e) throws Unmappable {
      Type known = types.get(e);
      if (known != null) {
        if (known.root) {
          return null;
        }
        return known;
      }
      if (builderOf(e) == null) {
        return null;
      }
      Type type = new Type(e, false);
      types.put(e, type);
      resolve(type);
      if (!type.references.isEmpty()) {
        throw new Unmappable(e.getQualifiedName() + " refers to a listed type by index, which only a"
            + " listed type may do");
      }
      return type;
    }
  }

  /**
   * How one attribute is written and read.
   *
   * @param kind how the codec calls {@code Out} and {@code In}
   * @param write the {@code Out} method, for SCALAR, OPTIONAL and LIST
   * @param read the {@code In} call without its receiver for SCALAR, the {@code In} method for OPTIONAL
   *     and LIST
   * @param description the encoding in the layout's description
   * @param list the list a reference indexes, or null
   * @param nested the codec of a value type, for CODEC, OPTIONAL and LIST
   * @param value for MAP, the encoding of its values
   * @param valueType for MAP, the type of its values
   */
  record Encoding(Kind kind, String write, String read, String description, String list,
      Model.Type nested, Encoding value, String valueType) {

    /** How the codec calls {@code Out} and {@code In}. */
    enum Kind { SCALAR, CODEC, OPTIONAL, LIST, MAP }

    static Encoding scalar(String write, String read, String description) {
      return new Encoding(Kind.SCALAR, write, read, description, null, null, null, null);
    }

    static Encoding reference(String read, String description, String list) {
      return new Encoding(Kind.SCALAR, "reference", read, description, list, null, null, null);
    }

    static Encoding codec(Model.Type nested) {
      return new Encoding(Kind.CODEC, null, null, nested.simpleName(), null, nested, null, null);
    }

    static Encoding wrapped(Kind kind, Model.Type nested) {
      String how = kind == Kind.LIST ? "list" : "optional";
      return new Encoding(kind, how, how, how + "(" + nested.simpleName() + ")", null, nested, null, null);
    }

    static Encoding map(Encoding value, String valueType) {
      return new Encoding(Kind.MAP, null, null, "map(string, " + value.description + ")", null, null,
          value, valueType);
    }
  }
}
