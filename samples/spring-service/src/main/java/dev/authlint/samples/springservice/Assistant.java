package dev.authlint.samples.springservice;

import dev.langchain4j.service.spring.AiService;

/** An AI service the LangChain4j Spring Boot starter implements over the configured chat model. */
@AiService
public interface Assistant {
  String chat(String question);
}
