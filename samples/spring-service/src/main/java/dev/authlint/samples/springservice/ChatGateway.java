package dev.authlint.samples.springservice;

import org.springframework.stereotype.Service;

/** A thin wrapper: its callers decide whether the failure is handled, and they all do. */
@Service
public class ChatGateway {
  private final Summarizer summarizer;

  public ChatGateway(Summarizer summarizer) {
    this.summarizer = summarizer;
  }

  public String complete(String text) {
    return summarizer.summarize(text);
  }
}
