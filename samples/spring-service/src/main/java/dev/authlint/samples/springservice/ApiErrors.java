package dev.authlint.samples.springservice;

import dev.langchain4j.exception.AuthenticationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
class ApiErrors {
  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<String> badKey(AuthenticationException e) {
    return ResponseEntity.status(503).body("The assistant is not configured.");
  }
}
