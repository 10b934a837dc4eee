package dev.authlint.core;

/** A file that could not be read or parsed completely. The rest of the run goes on without it. */
public record Diagnostic(String path, String message) {
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
