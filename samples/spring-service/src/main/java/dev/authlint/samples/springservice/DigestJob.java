package dev.authlint.samples.springservice;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** A scheduled job runs outside any request: no exception handler of the web layer sees it. */
@Component
class DigestJob {
  private final Assistant assistant;

  DigestJob(Assistant assistant) {
    this.assistant = assistant;
  }

  @Scheduled(fixedDelay = 3_600_000)
  void digest() {
    assistant.chat("Summarise today's tickets.");
  }
}
