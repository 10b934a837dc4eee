package dev.authlint.core.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finds and reads the build file of each source file: the nearest {@code pom.xml}, {@code
 * build.gradle} or {@code build.gradle.kts} above it. Build files are read once and kept; a build
 * file that cannot be read counts as none. Thread-safe.
 */
public final class BuildFiles {
  /** The names of a module's build file. */
  static final List<String> NAMES = List.of("pom.xml", "build.gradle", "build.gradle.kts");

  /** How many parent POMs are followed, against cycles and very deep checkouts. */
  private static final int MAX_PARENTS = 8;

  private static final Pattern GRADLE_COORDINATES =
      Pattern.compile("[\"']([\\w.\\-]+):([\\w.\\-]+)(?::([^\"'@:]+))?(?:@\\w+)?[\"']");
  private static final Pattern GRADLE_MAP_NOTATION =
      Pattern.compile(
          "group\\s*[:=]\\s*[\"']([\\w.\\-]+)[\"']\\s*,\\s*name\\s*[:=]\\s*[\"']([\\w.\\-]+)[\"']"
              + "(?:\\s*,\\s*version\\s*[:=]\\s*[\"']([^\"']+)[\"'])?");
  private static final Pattern GRADLE_VARIABLE =
      Pattern.compile(
          "(?m)^\\s*(?:ext\\.|set\\(\\s*[\"']|val\\s+|def\\s+)?([\\w.]+)[\"']?\\s*[,=]\\s*[\"']([^\"'$]+)[\"']");
  private static final Pattern PROPERTIES_LINE =
      Pattern.compile("(?m)^\\s*([\\w.\\-]+)\\s*[=:]\\s*(\\S+)\\s*$");
  private static final Pattern TOML_VERSION =
      Pattern.compile("(?m)^\\s*([\\w.\\-]+)\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern TOML_LIBRARY =
      Pattern.compile(
          "(?:module\\s*=\\s*\"([\\w.\\-]+):([\\w.\\-]+)\"|group\\s*=\\s*\"([\\w.\\-]+)\"\\s*,\\s*name\\s*=\\s*\"([\\w.\\-]+)\")"
              + "(?:\\s*,\\s*version(?:\\.ref)?\\s*=\\s*\"([^\"]+)\")?");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}|\\$(\\w+)");

  private final Map<Path, Optional<Path>> buildFileOfFolder = new ConcurrentHashMap<>();
  private final Map<Path, Optional<BuildFile>> read = new ConcurrentHashMap<>();

  /** Every file looked at, and what it held ({@link #ABSENT}: there was none). */
  private final Map<String, String> consulted = new ConcurrentHashMap<>();

  static final String ABSENT = "-";

  /**
   * The files these builds were read from, and those looked for and not found, each with {@link
   * #state}: while every one is the same, so are the builds.
   */
  public Map<String, String> consulted() {
    return Map.copyOf(consulted);
  }

  /** A file's state as {@link #consulted} records it. */
  public static String state(Path file) {
    try {
      return Files.isRegularFile(file) ? Fingerprint.forCache(Files.readAllBytes(file)) : ABSENT;
    } catch (IOException e) {
      return ABSENT; // unreadable, as it counts when read
    }
  }

  private boolean exists(Path file) {
    if (Files.isRegularFile(file)) {
      return true;
    }
    consulted.put(file.toString(), ABSENT);
    return false;
  }

  private byte[] readBytes(Path file) throws IOException {
    try {
      byte[] bytes = Files.readAllBytes(file);
      consulted.put(file.toString(), Fingerprint.forCache(bytes));
      return bytes;
    } catch (IOException e) {
      consulted.put(file.toString(), ABSENT);
      throw e;
    }
  }

  private String readText(Path file) throws IOException {
    return new String(readBytes(file), StandardCharsets.UTF_8);
  }

  /** The build file of the project a source file belongs to. */
  public Optional<BuildFile> of(Path sourceFile) {
    Path folder = sourceFile.toAbsolutePath().normalize().getParent();
    return folder == null ? Optional.empty() : nearest(folder).flatMap(this::read);
  }

  private Optional<Path> nearest(Path folder) {
    Optional<Path> known = buildFileOfFolder.get(folder);
    if (known != null) {
      return known;
    }
    Optional<Path> found = NAMES.stream().map(folder::resolve).filter(this::exists).findFirst();
    if (found.isEmpty() && folder.getParent() != null) {
      found = nearest(folder.getParent());
    }
    buildFileOfFolder.put(folder, found);
    return found;
  }

  private Optional<BuildFile> read(Path buildFile) {
    return read.computeIfAbsent(
        buildFile,
        f -> {
          try {
            return Optional.of(
                f.getFileName().toString().equals("pom.xml") ? readPom(f) : readGradle(f));
          } catch (IOException | RuntimeException e) {
            return Optional.empty();
          }
        });
  }

  // ---- Maven ------------------------------------------------------------------------------------

  private BuildFile readPom(Path pom) throws IOException {
    List<Element> chain = new ArrayList<>();
    Path at = pom;
    Set<Path> seen = new HashSet<>();
    while (at != null && chain.size() < MAX_PARENTS && seen.add(at) && exists(at)) {
      Element project = parseXml(readBytes(at)).getDocumentElement();
      chain.add(project);
      at = parentPom(at, project);
    }
    Map<String, String> properties = new HashMap<>();
    for (int i = chain.size() - 1; i >= 0; i--) { // a child's properties override its parents'
      Element props = child(chain.get(i), "properties");
      if (props != null) {
        for (Element p : children(props)) {
          properties.put(p.getTagName(), p.getTextContent().strip());
        }
      }
      String version = text(chain.get(i), "version");
      if (!version.isEmpty()) {
        properties.put("project.version", version);
      }
    }
    List<BuildFile.Dependency> dependencies = new ArrayList<>();
    List<BuildFile.Dependency> managed = new ArrayList<>();
    for (Element project : chain) {
      dependencies.addAll(dependencies(child(project, "dependencies"), properties));
      Element management = child(project, "dependencyManagement");
      if (management != null) {
        managed.addAll(dependencies(child(management, "dependencies"), properties));
      }
    }
    Element own = chain.get(0);
    String group = text(own, "groupId");
    if (group.isEmpty() && child(own, "parent") != null) {
      group = text(child(own, "parent"), "groupId");
    }
    return new BuildFile(pom, group, List.copyOf(dependencies), List.copyOf(managed));
  }

  private static Path parentPom(Path pom, Element project) {
    Element parent = child(project, "parent");
    if (parent == null) {
      return null;
    }
    String relative = text(parent, "relativePath");
    Path candidate =
        pom.getParent().resolve(relative.isEmpty() ? "../pom.xml" : relative).normalize();
    return Files.isDirectory(candidate) ? candidate.resolve("pom.xml") : candidate;
  }

  private static List<BuildFile.Dependency> dependencies(
      Element list, Map<String, String> properties) {
    List<BuildFile.Dependency> found = new ArrayList<>();
    if (list != null) {
      for (Element d : children(list)) {
        if (d.getTagName().equals("dependency")) {
          found.add(
              dependency(
                  resolve(text(d, "groupId"), properties),
                  resolve(text(d, "artifactId"), properties),
                  resolve(text(d, "version"), properties)));
        }
      }
    }
    return found;
  }

  /**
   * One XML parser per thread, made once: finding and configuring a parser factory costs more than
   * parsing a POM.
   */
  private static final ThreadLocal<DocumentBuilder> XML =
      ThreadLocal.withInitial(BuildFiles::xmlParser);

  /** A parser for untrusted XML: no DTDs, no external entities. */
  private static DocumentBuilder xmlParser() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder;
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException("the platform's XML parser cannot be configured", e);
    }
  }

  private static Document parseXml(byte[] xml) throws IOException {
    try {
      return XML.get().parse(new java.io.ByteArrayInputStream(xml));
    } catch (org.xml.sax.SAXException e) {
      throw new IOException(e);
    }
  }

  private static Element child(Element parent, String name) {
    return children(parent).stream()
        .filter(e -> e.getTagName().equals(name))
        .findFirst()
        .orElse(null);
  }

  private static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        elements.add(e);
      }
    }
    return elements;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? "" : e.getTextContent().strip();
  }

  // ---- Gradle -----------------------------------------------------------------------------------

  private BuildFile readGradle(Path buildFile) throws IOException {
    Path folder = buildFile.getParent();
    Map<String, String> variables = new HashMap<>();
    String text = readText(buildFile);
    for (Path properties :
        List.of(folder.resolve("gradle.properties"), folder.resolve("../gradle.properties"))) {
      if (exists(properties)) {
        putAll(variables, PROPERTIES_LINE, readText(properties));
      }
    }
    Path rootBuild = folder.resolve("../build.gradle");
    String rootText = exists(rootBuild) ? readText(rootBuild) : "";
    putAll(variables, GRADLE_VARIABLE, rootText);
    putAll(variables, GRADLE_VARIABLE, text);

    List<BuildFile.Dependency> dependencies = new ArrayList<>();
    for (String source : List.of(text, rootText)) {
      Matcher m = GRADLE_COORDINATES.matcher(source);
      while (m.find()) {
        dependencies.add(
            dependency(m.group(1), m.group(2), resolve(nullToEmpty(m.group(3)), variables)));
      }
      m = GRADLE_MAP_NOTATION.matcher(source);
      while (m.find()) {
        dependencies.add(
            dependency(m.group(1), m.group(2), resolve(nullToEmpty(m.group(3)), variables)));
      }
    }
    List<BuildFile.Dependency> managed = new ArrayList<>();
    for (Path catalog :
        List.of(
            folder.resolve("gradle/libs.versions.toml"),
            folder.resolve("../gradle/libs.versions.toml"))) {
      if (exists(catalog)) {
        managed.addAll(versionCatalog(readText(catalog)));
      }
    }
    // A library of the version catalog is a dependency when the build names it (libs.x.y).
    for (BuildFile.Dependency library : managed) {
      if (text.contains("libs.") && !dependencies.contains(library)) {
        dependencies.add(library);
      }
    }
    return new BuildFile(
        buildFile,
        variables.getOrDefault("group", ""),
        List.copyOf(dependencies),
        List.copyOf(managed));
  }

  private static List<BuildFile.Dependency> versionCatalog(String toml) {
    Map<String, String> versions = new HashMap<>();
    int libraries = toml.indexOf("[libraries]");
    int versionsStart = toml.indexOf("[versions]");
    if (versionsStart >= 0) {
      int end = toml.indexOf("\n[", versionsStart + 1);
      putAll(versions, TOML_VERSION, toml.substring(versionsStart, end < 0 ? toml.length() : end));
    }
    List<BuildFile.Dependency> found = new ArrayList<>();
    if (libraries >= 0) {
      Matcher m = TOML_LIBRARY.matcher(toml.substring(libraries));
      while (m.find()) {
        String group = m.group(1) != null ? m.group(1) : m.group(3);
        String artifact = m.group(1) != null ? m.group(2) : m.group(4);
        String version = nullToEmpty(m.group(5));
        found.add(dependency(group, artifact, versions.getOrDefault(version, version)));
      }
    }
    return found;
  }

  // ---- shared -----------------------------------------------------------------------------------

  private static BuildFile.Dependency dependency(String group, String artifact, String version) {
    boolean resolved = !version.isEmpty() && !version.contains("$");
    return new BuildFile.Dependency(
        group, artifact, resolved ? Optional.of(version) : Optional.empty());
  }

  private static void putAll(Map<String, String> into, Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      into.putIfAbsent(m.group(1), m.group(2));
    }
  }

  private static String resolve(String value, Map<String, String> properties) {
    Matcher m = PLACEHOLDER.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(properties.getOrDefault(name, m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
