package dev.authlint.core.report;

import java.io.FilterWriter;
import java.io.Writer;

/** Lets a serializer that closes its output write to a stream the caller still owns. */
public final class NonClosingWriter extends FilterWriter {
  public NonClosingWriter(Writer out) {
    super(out);
  }

  @Override
  public void close() {}
}
