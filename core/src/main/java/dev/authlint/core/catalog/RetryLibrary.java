package dev.authlint.core.catalog;

import static dev.authlint.core.catalog.Catalog.orEmpty;

import java.util.List;

/**
 * A retry library and the settings that decide which exceptions it retries. Java settings are
 * builder methods or annotation attributes: {@code starts} begin a policy (a static builder method
 * or an annotation, qualified), {@code retryEverything} are factories whose policy retries every
 * exception; {@code retryTypes} list exception types to retry and {@code retryPredicates} take a
 * predicate on the exception (neither set: everything is retried); {@code excludeTypes} list types
 * never retried; with any of {@code opaque}, what is retried cannot be told from the code. {@code
 * fix} says how to exclude the 401 type ({exception} is its simple name); {@code
 * fixWhenTypesListed}, when the library cannot combine both lists. Configuration settings: {@code
 * retryAllClientErrorsProperties} switch on retries of every 4xx, {@code retryStatusProperties}
 * list statuses retried whatever else is set, and {@code excludeStatusProperties} list statuses
 * never retried. A policy may also be made with {@code new} ({@code constructors}) and given its
 * retry policy by a setter ({@code policySetters}): none, or one of {@code retryEverythingPolicies}
 * made without a list of exceptions, retries every exception. A method with one of {@code
 * recoverAnnotations}, of the same class and signature as a method annotated with a {@code starts}
 * annotation, receives the exceptions that method fails with.
 */
public record RetryLibrary(
    String id,
    String name,
    List<String> starts,
    List<String> retryEverything,
    List<String> retryTypes,
    List<String> retryPredicates,
    List<String> excludeTypes,
    List<String> opaque,
    String fix,
    String fixWhenTypesListed,
    List<String> retryAllClientErrorsProperties,
    List<String> retryStatusProperties,
    List<String> excludeStatusProperties,
    List<String> constructors,
    List<String> policySetters,
    List<String> retryEverythingPolicies,
    List<String> recoverAnnotations) {

  public RetryLibrary {
    starts = orEmpty(starts);
    retryEverything = orEmpty(retryEverything);
    retryTypes = orEmpty(retryTypes);
    retryPredicates = orEmpty(retryPredicates);
    excludeTypes = orEmpty(excludeTypes);
    opaque = orEmpty(opaque);
    retryAllClientErrorsProperties = orEmpty(retryAllClientErrorsProperties);
    retryStatusProperties = orEmpty(retryStatusProperties);
    excludeStatusProperties = orEmpty(excludeStatusProperties);
    constructors = orEmpty(constructors);
    policySetters = orEmpty(policySetters);
    retryEverythingPolicies = orEmpty(retryEverythingPolicies);
    recoverAnnotations = orEmpty(recoverAnnotations);
  }
}
