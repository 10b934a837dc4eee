package dev.authlint.core.rules;

import java.util.Optional;

/** The messages of KeySetAfterClientInit: what was set too late, and how to set it in time. */
final class KeySetMessages {
  private KeySetMessages() {}

  static String setAfterMessage(String property, KeySetAfterClientInit.Reader r) {
    return "The system property "
        + property
        + " is set after "
        + r.client()
        + " at line "
        + r.line()
        + " built the client and read its key, so the client never sends this value and its"
        + " requests fail with 401 Unauthorized. Set the property before line "
        + r.line()
        + ", or pass the key to the builder with "
        + r.keyMethod()
        + "(..).";
  }

  static String propertyNamedLikeEnvMessage(String name, KeySetAfterClientInit.Reader r) {
    return "No client reads a system property named "
        + name
        + ": "
        + r.client()
        + " at line "
        + r.line()
        + " reads "
        + whatItReads(r, name)
        + ". "
        + advice(r, name);
  }

  static String processEnvironmentMessage(String name, KeySetAfterClientInit.Reader r) {
    return "This sets "
        + name
        + " only for processes started from this ProcessBuilder, and none is "
        + "started; "
        + r.client()
        + " at line "
        + r.line()
        + " reads this JVM's own environment, "
        + "which Java cannot change. "
        + advice(r, name);
  }

  static String dotenvMessage(KeySetAfterClientInit.Reader r) {
    String variable = r.envVars().get(0);
    return "dotenv's systemProperties() copies each .env entry into a system property of the same "
        + "name, such as "
        + variable
        + ", which "
        + r.client()
        + " at line "
        + r.line()
        + " never reads: it reads "
        + whatItReads(r, variable)
        + ". Pass dotenv.get(\""
        + variable
        + "\") to the builder with "
        + r.keyMethod()
        + "(..) instead.";
  }

  /**
   * Catalogs list a reader's properties in the order of the environment variables they stand for.
   */
  static Optional<String> propertyFor(KeySetAfterClientInit.Reader r, String variable) {
    int i = r.envVars().indexOf(variable);
    return i >= 0 && i < r.systemProperties().size()
        ? Optional.of(r.systemProperties().get(i))
        : Optional.empty();
  }

  static String whatItReads(KeySetAfterClientInit.Reader r, String variable) {
    return propertyFor(r, variable)
        .map(p -> "the system property " + p + " or the environment variable " + variable)
        .orElse(
            "only the environment variable " + variable + ", which a running JVM cannot change");
  }

  static String advice(KeySetAfterClientInit.Reader r, String variable) {
    String pass = "pass the key to the builder with " + r.keyMethod() + "(..)";
    return propertyFor(r, variable)
        .map(p -> "Set " + p + " before line " + r.line() + ", or " + pass + ".")
        .orElse(Character.toUpperCase(pass.charAt(0)) + pass.substring(1) + ".");
  }
}
