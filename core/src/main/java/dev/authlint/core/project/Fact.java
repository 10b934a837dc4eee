package dev.authlint.core.project;

/**
 * One answer the model gave: what was asked ({@code kind}, {@code key}) and a fingerprint of the
 * answer. A result cached for a file stays valid while every fact it consulted still holds.
 */
public record Fact(Kind kind, String key, String answer) {
  public enum Kind {
    /** The summary of the file at path {@code key}. */
    SUMMARY,
    /** Which files' text contains the word {@code key}. */
    MENTIONS,
    /** Which files name the type {@code key} in an {@code extends} or {@code implements} clause. */
    EXTENDS,
    /** Which files are named {@code key}. */
    NAMED,
    /** Whether the file at {@code key} names a type of the project that holds a client. */
    CLIENT_TYPE,
    /** The build file of the source file at location {@code key}, with what its parents add. */
    BUILD,
    /** The providers every build of the run declares. */
    EVERY_BUILD,
    /** Whether the file at path {@code key} (up to a NUL) contains the text after the NUL. */
    TEXT;

    /** Whether the answer follows from the files' paths and texts, and their projects, alone. */
    public boolean fromTextsAlone() {
      return this == MENTIONS || this == EXTENDS || this == NAMED || this == TEXT;
    }
  }
}
