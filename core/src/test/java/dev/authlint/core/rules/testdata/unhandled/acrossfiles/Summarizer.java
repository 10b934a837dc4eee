package dev.authlint.core.rules.testdata.unhandled.acrossfiles;

/** An AI service interface that AiFactory builds with AiServices. */
public interface Summarizer {
  String summarize(String text);
}
