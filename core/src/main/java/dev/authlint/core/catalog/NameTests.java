package dev.authlint.core.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The tests the catalog makes of every type and property name the rules ask about, made cheap. */
final class NameTests {
  private NameTests() {}

  /** The catalog's regular expressions, each compiled once. */
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  static boolean matches(String regex, String text) {
    return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(text).matches();
  }

  /** Whether a qualified name lies in a package or under it, without building {@code pkg + "."}. */
  static boolean isInPackage(String name, String pkg) {
    return name.length() > pkg.length() && name.charAt(pkg.length()) == '.' && name.startsWith(pkg);
  }
}
