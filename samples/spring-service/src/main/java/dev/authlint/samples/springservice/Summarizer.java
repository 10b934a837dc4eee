package dev.authlint.samples.springservice;

/** An AI service interface that AiFactory builds with AiServices. */
public interface Summarizer {
  String summarize(String text);
}
