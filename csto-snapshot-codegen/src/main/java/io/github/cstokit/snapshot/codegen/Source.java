package io.github.cstokit.snapshot.codegen;

import io.github.cstokit.snapshot.codegen.SnapshotCodecProcessor.Encoding;
import io.github.cstokit.snapshot.codegen.SnapshotCodecProcessor.Model;
import javax.lang.model.element.TypeElement;

/** The Java source of the generated classes: text only, written as a hand-written codec would be. */
final class Source {

  private static final String HEADER = "// Generated at build time by csto-snapshot-codegen from the model"
      + " types that @SnapshotCodecs lists; do not edit.\n";

  private Source() {}

  /** The name of the constructor parameter holding the records of a listed type: {@code decisions}. */
  static String listName(TypeElement e) {
    String s = e.getSimpleName().toString();
    return Character.toLowerCase(s.charAt(0)) + s.substring(1) + "s";
  }

  /** The class holding the layout's hash, with the layout itself in its comment. */
  static String layout(String pkg, String name, String layout, int hash) {
    StringBuilder s = new StringBuilder(HEADER).append("package ").append(pkg).append(";\n\n")
        .append("/**\n * The layout the generated codecs write, each type's attributes in order:\n *\n * <pre>\n");
    for (String line : layout.split("\n")) {
      s.append(" * ").append(line.replace("*/", "*&#47;")).append('\n');
    }
    s.append(" * </pre>\n */\npublic final class ").append(name).append(" {\n\n")
        .append("  /** The first four bytes of the SHA-256 of the layout above; it changes with the layout. */\n")
        .append("  public static final int HASH = ").append(String.format("0x%08X", hash)).append(";\n\n")
        .append("  private ").append(name).append("() {}\n}\n");
    return s.toString();
  }

  /** The codec of one value type. */
  static String codec(String pkg, Model.Type type) {
    String t = type.element.getQualifiedName().toString();
    String codec = type.codecName();
    StringBuilder s = new StringBuilder(HEADER).append("package ").append(pkg).append(";\n\n");
    s.append("/**\n * A {@link ").append(t).append("}, attribute by attribute:");
    int column = s.length() - s.lastIndexOf("\n");
    for (int i = 0; i < type.attributes.size(); i++) {
      String word = " {@code " + type.attributes.get(i).name() + "}"
          + (i == type.attributes.size() - 1 ? "." : ",");
      if (column + word.length() > 100) {
        s.append("\n *");
        column = 2;
      }
      s.append(word);
      column += word.length();
    }
    if (!type.references.isEmpty()) {
      s.append("\n * A record of another listed type is written as its index in the list of them that the\n"
          + " * constructor takes, so that the record read is the one of that list.");
    }
    s.append("\n */\npublic final class ").append(codec).append(" implements Codec<").append(t)
        .append("> {\n\n");
    if (type.references.isEmpty()) {
      s.append("  /** The codec; it has no state. */\n  public static final ").append(codec)
          .append(" INSTANCE = new ").append(codec).append("();\n\n  private ").append(codec)
          .append("() {}\n");
    } else {
      for (TypeElement r : type.references) {
        s.append("  private final java.util.List<").append(r.getQualifiedName()).append("> ")
            .append(listName(r)).append(";\n");
      }
      s.append("\n  /**\n   * A codec for the records of a dataset.\n   *\n");
      for (TypeElement r : type.references) {
        s.append("   * @param ").append(listName(r)).append(" the dataset's ").append(listName(r))
            .append(", in the order they are written\n");
      }
      s.append("   */\n  public ").append(codec).append('(');
      String sep = "";
      for (TypeElement r : type.references) {
        s.append(sep).append("java.util.List<").append(r.getQualifiedName()).append("> ")
            .append(listName(r));
        sep = ", ";
      }
      s.append(") {\n");
      for (TypeElement r : type.references) {
        s.append("    this.").append(listName(r)).append(" = ").append(listName(r)).append(";\n");
      }
      s.append("  }\n");
    }

    s.append("\n  @Override\n  public void write(").append(t).append(" value, Out out)"
        + " throws java.io.IOException {\n");
    for (Model.Attribute a : type.attributes) {
      write(s, a, "value." + a.name() + "()");
    }
    s.append("  }\n\n  @Override\n  public ").append(t).append(" read(In in) throws java.io.IOException {\n")
        .append("    ").append(t).append(".Builder b = ").append(t).append(".builder();\n");
    for (Model.Attribute a : type.attributes) {
      read(s, type, a);
    }
    s.append("    return b.build();\n  }\n}\n");
    return s.toString();
  }

  private static void write(StringBuilder s, Model.Attribute a, String value) {
    Encoding e = a.encoding();
    switch (e.kind()) {
      case SCALAR:
        s.append("    out.").append(e.write()).append('(').append(value);
        if (e.list() != null) {
          s.append(", ").append(e.list());
        }
        s.append(");\n");
        break;
      case CODEC:
        s.append("    ").append(e.nested().codecName()).append(".INSTANCE.write(").append(value)
            .append(", out);\n");
        break;
      case OPTIONAL:
      case LIST:
        s.append("    out.").append(e.write()).append('(').append(value).append(", ")
            .append(e.nested().codecName()).append(".INSTANCE);\n");
        break;
      case MAP:
        s.append("    out.count(").append(value).append(".keySet());\n")
            .append("    for (java.util.Map.Entry<String, ").append(e.valueType()).append("> e : ")
            .append(value).append(".entrySet()) {\n      out.string(e.getKey());\n")
            .append("      out.").append(e.value().write()).append("(e.getValue()")
            .append(");\n    }\n");
        break;
      default:
        throw new AssertionError(e.kind());
    }
  }

  private static void read(StringBuilder s, Model.Type type, Model.Attribute a) {
    Encoding e = a.encoding();
    switch (e.kind()) {
      case SCALAR:
        s.append("    b.").append(a.name()).append("(in.").append(e.read()).append(");\n");
        break;
      case CODEC:
        s.append("    b.").append(a.name()).append('(').append(e.nested().codecName())
            .append(".INSTANCE.read(in));\n");
        break;
      case OPTIONAL:
      case LIST:
        s.append("    b.").append(a.name()).append("(in.").append(e.read()).append('(')
            .append(e.nested().codecName()).append(".INSTANCE));\n");
        break;
      case MAP:
        String map = a.name();
        for (TypeElement r : type.references) {
          if (listName(r).equals(map)) {
            map = a.name() + "Read";
          }
        }
        s.append("    java.util.TreeMap<String, ").append(e.valueType()).append("> ").append(map)
            .append(" = new java.util.TreeMap<>();\n")
            .append("    for (int i = 0, n = in.count(); i < n; i++) {\n      ").append(map)
            .append(".put(in.string(), in.").append(e.value().read()).append(");\n    }\n")
            .append("    b.").append(a.name()).append('(').append(map).append(");\n");
        break;
      default:
        throw new AssertionError(e.kind());
    }
  }
}
