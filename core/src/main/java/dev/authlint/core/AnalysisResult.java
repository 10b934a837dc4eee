package dev.authlint.core;

import java.util.List;

/** Everything one run found, in report order. */
public record AnalysisResult(List<Finding> findings, List<Diagnostic> diagnostics, int filesAnalysed) {}
