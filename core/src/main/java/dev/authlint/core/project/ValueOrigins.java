package dev.authlint.core.project;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.project.FileSummary.MethodSummary;
import dev.authlint.core.project.FileSummary.TypeSummary;
import dev.authlint.core.project.FileSummary.Unseen;
import dev.authlint.core.project.FileSummary.ValueSummary;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the parts of a value that one file cannot see come from: fields and method results of the
 * project's other types, the beans a container injects, the models behind AI services.
 */
final class ValueOrigins {
  /** How far a chain of origins is followed. */
  private static final int MAX_DEPTH = 16;

  private final ProjectModel model;
  private final Catalog catalog;

  ValueOrigins(ProjectModel model) {
    this.model = model;
    this.catalog = model.catalog();
  }

  ProjectModel.Resolution resolve(Collection<Unseen> parts) {
    Set<Catalog.Provider> providers = new LinkedHashSet<>();
    boolean unknown = resolve(parts, providers, new HashSet<>(), 0);
    return new ProjectModel.Resolution(providers, unknown);
  }

  /** Adds what the parts resolve to; true when some part stays unknown. */
  private boolean resolve(
      Collection<Unseen> parts, Set<Catalog.Provider> into, Set<Unseen> seen, int depth) {
    boolean unknown = false;
    for (Unseen part : parts) {
      if (!seen.add(part)) {
        continue;
      }
      List<ValueSummary> values =
          depth > MAX_DEPTH
              ? List.of()
              : switch (part.kind()) {
                case FIELD ->
                    model
                        .field(part.type(), part.name())
                        .map(f -> valueOrAiService(f.value(), f.type()))
                        .stream()
                        .flatMap(Optional::stream)
                        .toList();
                case RESULT ->
                    model.methods(part.type(), part.name()).stream()
                        .map(m -> valueOrAiService(m.returns(), m.returnType()))
                        .flatMap(Optional::stream)
                        .limit(1)
                        .toList();
                case INJECTED -> injected(part.type());
                case UNKNOWN -> List.of();
              };
      if (values.isEmpty()) {
        unknown = true;
      }
      for (ValueSummary value : values) {
        value.providers().forEach(id -> into.add(catalog.provider(id)));
        unknown |= resolve(value.unseen(), into, seen, depth + 1);
      }
    }
    return unknown;
  }

  /** A value the file shows, or else the model of the AI service its type is. */
  private Optional<ValueSummary> valueOrAiService(ValueSummary value, String type) {
    return value.sdk() != null ? Optional.of(value) : model.aiService(type);
  }

  /** A value the container injects: the project's beans of that type, or the AI service it is. */
  private List<ValueSummary> injected(String type) {
    List<ValueSummary> beans = beans(type);
    return beans.isEmpty() ? model.aiService(type).stream().toList() : beans;
  }

  /** What the project's bean factories of an injectable type return. */
  private List<ValueSummary> beans(String wanted) {
    if (wanted.isEmpty()) {
      return List.of();
    }
    return catalog.frameworks().beanAnnotations().stream()
        .map(a -> "@" + a.substring(a.lastIndexOf('.') + 1))
        .distinct()
        .flatMap(model::summariesMentioning)
        .distinct()
        .flatMap(s -> s.types().stream())
        .flatMap(t -> t.methods().stream())
        .filter(
            m ->
                m.annotations().stream().anyMatch(catalog.frameworks().beanAnnotations()::contains)
                    && m.returns().sdk() != null
                    && Injection.injectable(m.returnType(), wanted))
        .map(MethodSummary::returns)
        .toList();
  }

  /**
   * Where the model of an AI service interface comes from, when the project makes one: an interface
   * a framework implements ({@code @AiService}), or one built with {@code AiServices} somewhere.
   */
  Optional<ValueSummary> aiService(String interfaceType) {
    String simple = ProjectModel.simpleName(interfaceType);
    boolean maybe =
        model
            .declaringFiles(interfaceType)
            .anyMatch(
                f -> {
                  model.consulted(Fact.Kind.TEXT, f.path() + "\0interface " + simple);
                  return f.text().contains("interface " + simple);
                });
    if (!maybe) {
      return Optional.empty();
    }
    Optional<TypeSummary> declared =
        model.type(interfaceType).filter(t -> t.isInterface() && t.aiService() != null);
    if (declared.isPresent()) { // made by the framework over the model it is configured with
      return Optional.of(
          new ValueSummary(declared.get().aiService(), true, List.of(), List.of(Unseen.UNKNOWN)));
    }
    return aiServiceFactoryNames(catalog)
        .flatMap(factory -> model.summariesMentioning(factory, Set.of(simple)))
        .filter(s -> s.aiServices().stream().anyMatch(a -> a.type().equals(interfaceType)))
        .flatMap(s -> s.aiServices().stream())
        .filter(a -> a.type().equals(interfaceType))
        .map(FileSummary.AiServiceBuilt::model)
        .findFirst();
  }

  /** The simple names of the factories that build AI services ({@code AiServices}). */
  static Stream<String> aiServiceFactoryNames(Catalog catalog) {
    return catalog.sdks().stream()
        .filter(s -> s.networkCalls() != null)
        .flatMap(s -> s.networkCalls().aiServiceFactories().stream())
        .map(f -> f.substring(f.lastIndexOf('.') + 1))
        .distinct();
  }
}
