package dev.authlint.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The tool's name, version and where its rule pages live, as reports name them. */
public final class Tool {
  private Tool() {}

  public static final String NAME = "authlint";
  private static final Properties PROPERTIES = load();

  public static String version() {
    return PROPERTIES.getProperty("version");
  }

  public static String homepage() {
    return PROPERTIES.getProperty("homepage");
  }

  /** Where a rule's documentation page is published. */
  public static String helpUri(String ruleId) {
    return PROPERTIES.getProperty("rulesDocs") + ruleId + ".md";
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = Tool.class.getResourceAsStream("authlint.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
