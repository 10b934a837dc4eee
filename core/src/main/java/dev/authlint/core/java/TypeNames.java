package dev.authlint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.authlint.core.catalog.Catalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells what a type name written in one file refers to, the way javac would from the file alone:
 * single-type imports, then types declared in the file, then {@code java.lang}, then on-demand
 * imports of SDK packages, then the file's own package. A project's own {@code OpenAIClient}
 * therefore never passes for the SDK's.
 */
public final class TypeNames {
  private static final Set<String> JAVA_LANG =
      Set.of(
          "Object",
          "String",
          "System",
          "Thread",
          "Runnable",
          "Exception",
          "RuntimeException",
          "Throwable",
          "Error",
          "IllegalStateException",
          "IllegalArgumentException",
          "InterruptedException",
          "Integer",
          "Long",
          "Boolean",
          "Math",
          "StringBuilder",
          "Iterable",
          "ProcessBuilder");

  private final String packageName;
  private final Map<String, String> singleImports = new HashMap<>();
  private final List<String> onDemandPackages = new ArrayList<>();
  private final Map<String, String> declaredTypes = new HashMap<>();
  private final Catalog catalog;

  public TypeNames(CompilationUnit cu, Catalog catalog) {
    this.catalog = catalog;
    this.packageName = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    for (ImportDeclaration imp : cu.getImports()) {
      String name = imp.getNameAsString();
      if (imp.isStatic()) {
        continue;
      }
      if (imp.isAsterisk()) {
        onDemandPackages.add(name);
      } else {
        singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
    for (TypeDeclaration<?> type : cu.findAll(TypeDeclaration.class)) {
      type.getFullyQualifiedName()
          .ifPresent(fqn -> declaredTypes.putIfAbsent(type.getNameAsString(), fqn));
    }
  }

  /**
   * The qualified name for a type name as written ({@code OpenAIOkHttpClient}, {@code
   * OpenAIOkHttpClient.Builder}, {@code com.openai.client.OpenAIClient}). Names that look like a
   * package-qualified name are returned as they are.
   */
  public String resolve(String written) {
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    String rest = dot < 0 ? "" : written.substring(dot);
    if (!first.isEmpty() && Character.isLowerCase(first.charAt(0))) {
      return written;
    }
    return resolveSimple(first) + rest;
  }

  private String resolveSimple(String simple) {
    String imported = singleImports.get(simple);
    if (imported != null) {
      return imported;
    }
    String declared = declaredTypes.get(simple);
    if (declared != null) {
      return declared;
    }
    if (JAVA_LANG.contains(simple)) {
      return "java.lang." + simple;
    }
    // Without the class path, a name from an on-demand import is taken to come from the one SDK
    // package imported that way; with two or more it stays unknown.
    List<String> sdkPackages = onDemandPackages.stream().filter(catalog::isSdkName).toList();
    if (sdkPackages.size() == 1) {
      return sdkPackages.get(0) + "." + simple;
    }
    // A name the catalog knows, from a package imported on demand (a framework's annotations).
    for (String p : onDemandPackages) {
      if (catalog.typeNames().contains(p + "." + simple)) {
        return p + "." + simple;
      }
    }
    return packageName.isEmpty() ? simple : packageName + "." + simple;
  }

  /** The packages the file imports on demand. */
  public List<String> onDemandPackages() {
    return List.copyOf(onDemandPackages);
  }

  /** The SDKs the file imports anything from, in catalog order. */
  public List<Catalog.Sdk> importedSdks() {
    return catalog.sdks().stream()
        .filter(
            s ->
                singleImports.values().stream().anyMatch(s::ownsType)
                    || onDemandPackages.stream().anyMatch(p -> s.ownsType(p + ".*")))
        .toList();
  }
}
