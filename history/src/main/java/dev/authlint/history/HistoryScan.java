package dev.authlint.history;

import dev.authlint.core.AnalysisResult;
import dev.authlint.core.Diagnostic;
import dev.authlint.core.Finding;
import dev.authlint.core.Level;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.catalog.KeyFormats;
import dev.authlint.core.catalog.Redaction;
import dev.authlint.core.engine.FileDiscovery;
import dev.authlint.core.engine.Fingerprints;
import dev.authlint.core.engine.TextPositions;
import dev.authlint.core.rules.HardcodedApiKey;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Keys in a repository's history. Every commit reachable from HEAD or from any branch or tag is
 * read with JGit, oldest first, and each file version (blob) only once, in the commit that brought
 * it; every key of a distinctive format is reported once, as a {@link HardcodedApiKey} error where
 * it first appeared (commit, path, line), saying whether HEAD still holds it; a plausible key
 * counts where a line assigns it to a key's name. Removing a key in a later commit does not
 * unpublish it: it must be revoked.
 */
public final class HistoryScan {
  /** Larger file versions are data, not sources or settings. */
  private static final long MAX_BLOB_BYTES = 16L << 20;

  /** Git's own test for binary content looks for a NUL byte in the first 8000 bytes. */
  private static final int BINARY_SNIFF_BYTES = 8000;

  private final KeyFormats formats;

  public HistoryScan(Catalog catalog) {
    this.formats = new KeyFormats(catalog);
  }

  /** Where a key first appeared. */
  private record FirstSeen(
      KeyFormats.Match key, RevCommit commit, String path, int line, int column) {}

  /**
   * The result with the history findings of every repository that holds one of the inputs added; an
   * input in no repository gets a diagnostic. Paths are shown relative to {@code base}, as the rest
   * of the report shows them.
   */
  public AnalysisResult addTo(AnalysisResult result, List<Path> inputs, Path base) {
    List<Finding> findings = new ArrayList<>(result.findings());
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
    Set<File> gitDirs = new LinkedHashSet<>();
    for (Path input : inputs) {
      File gitDir =
          new FileRepositoryBuilder().findGitDir(input.toAbsolutePath().toFile()).getGitDir();
      if (gitDir == null) {
        diagnostics.add(
            new Diagnostic(
                FileDiscovery.display(input, base), "--history: not in a git repository"));
      } else {
        gitDirs.add(gitDir);
      }
    }
    for (File gitDir : gitDirs) {
      try (Repository repository =
          new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build()) {
        File root = repository.isBare() ? gitDir : repository.getWorkTree();
        String shown = FileDiscovery.display(root.toPath(), base);
        findings.addAll(scan(repository, shown.equals(".") ? "" : shown + "/"));
      } catch (IOException | RuntimeException e) {
        diagnostics.add(
            new Diagnostic(
                FileDiscovery.display(gitDir.toPath(), base),
                "--history: could not read the repository: "
                    + Redaction.sanitize(String.valueOf(e.getMessage()))));
      }
    }
    findings.sort(Finding.ORDER);
    return new AnalysisResult(
        List.copyOf(findings), List.copyOf(diagnostics), result.filesAnalysed());
  }

  /**
   * The keys in the history of HEAD and of every branch and tag, each where it first appeared;
   * paths start with {@code prefix}.
   */
  public List<Finding> scan(Repository repository, String prefix) throws IOException {
    ObjectId head = repository.resolve(Constants.HEAD);
    if (head == null) {
      return List.of();
    }
    Map<String, FirstSeen> firstSeen = new LinkedHashMap<>();
    Map<ObjectId, List<String>> keysInBlob = new HashMap<>();
    try (ObjectReader reader = repository.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.REVERSE, true);
      walk.markStart(walk.parseCommit(head));
      // A key pushed on any branch or tag is as public as one on HEAD's (gitleaks reads --all too).
      for (Ref ref : repository.getRefDatabase().getRefs()) {
        ObjectId id = ref.getPeeledObjectId() != null ? ref.getPeeledObjectId() : ref.getObjectId();
        if (id != null && walk.parseAny(id) instanceof RevCommit commit) {
          walk.markStart(commit);
        }
      }
      Set<ObjectId> seen = new HashSet<>();
      for (RevCommit commit : walk) {
        try (TreeWalk tree = new TreeWalk(reader)) {
          tree.setRecursive(true);
          if (commit.getParentCount() > 0) {
            tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
          } else {
            tree.addTree(new EmptyTreeIterator());
          }
          tree.addTree(commit.getTree());
          tree.setFilter(TreeFilter.ANY_DIFF);
          while (tree.next()) {
            ObjectId blob = tree.getObjectId(1);
            if (isFile(tree.getFileMode(1)) && seen.add(blob)) {
              scanBlob(reader, blob, commit, tree.getPathString(), firstSeen, keysInBlob);
            }
          }
        }
      }
      Set<String> inHead = keysInTree(reader, walk.parseCommit(head), keysInBlob);
      List<Finding> findings = new ArrayList<>();
      for (FirstSeen first : firstSeen.values()) {
        findings.add(finding(first, prefix, inHead.contains(first.key().value())));
      }
      return findings;
    }
  }

  private static boolean isFile(FileMode mode) {
    return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
  }

  private void scanBlob(
      ObjectReader reader,
      ObjectId blob,
      RevCommit commit,
      String path,
      Map<String, FirstSeen> firstSeen,
      Map<ObjectId, List<String>> keysInBlob)
      throws IOException {
    ObjectLoader loader;
    try {
      loader = reader.open(blob, Constants.OBJ_BLOB);
    } catch (MissingObjectException e) {
      return; // a partial clone leaves large or old file versions out: there is nothing to read
    }
    if (loader.getSize() > MAX_BLOB_BYTES) {
      return;
    }
    byte[] bytes = loader.getCachedBytes();
    for (int i = 0; i < Math.min(bytes.length, BINARY_SNIFF_BYTES); i++) {
      if (bytes[i] == 0) {
        return;
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<KeyFormats.Match> keys = new ArrayList<>(formats.find(text));
    // Old file versions are not parsed: plausible keys count where a line assigns them to a key's
    // name.
    formats.findAssigned(text).stream()
        .filter(a -> keys.stream().noneMatch(k -> k.start() <= a.start() && a.start() < k.end()))
        .forEach(keys::add);
    if (keys.isEmpty()) {
      return;
    }
    TextPositions positions = new TextPositions(text);
    List<String> values = new ArrayList<>();
    for (KeyFormats.Match key : keys) {
      values.add(key.value());
      firstSeen.computeIfAbsent(
          key.value(),
          k ->
              new FirstSeen(
                  key, commit, path, positions.line(key.start()), positions.column(key.start())));
    }
    keysInBlob.put(blob.copy(), values);
  }

  /** The keys the files of a commit hold, from the blobs already scanned. */
  private static Set<String> keysInTree(
      ObjectReader reader, RevCommit commit, Map<ObjectId, List<String>> keysInBlob)
      throws IOException {
    Set<String> keys = new HashSet<>();
    try (TreeWalk tree = new TreeWalk(reader)) {
      tree.setRecursive(true);
      tree.addTree(commit.getTree());
      while (tree.next()) {
        keys.addAll(keysInBlob.getOrDefault(tree.getObjectId(0), List.of()));
      }
    }
    return keys;
  }

  private static Finding finding(FirstSeen first, String prefix, boolean inHead) {
    KeyFormats.Match key = first.key();
    String commit = first.commit().abbreviate(10).name();
    String date =
        Instant.ofEpochSecond(first.commit().getCommitTime())
            .atZone(ZoneOffset.UTC)
            .toLocalDate()
            .toString();
    String path = prefix + first.path();
    String message =
        key.format().name()
            + " "
            + Redaction.key(key)
            + " ("
            + key.format().provider()
            + ") was committed in "
            + commit
            + " ("
            + date
            + ") at "
            + first.path()
            + ":"
            + first.line()
            + (inHead
                ? " and is still in HEAD"
                : " and is not in HEAD (removed, or on another branch), but anyone who clones the"
                    + " repository can read it")
            + ": revoke it at "
            + key.format().revoke()
            + ".";
    return new Finding(
        HardcodedApiKey.ID,
        Level.ERROR,
        path,
        first.line(),
        first.column(),
        first.line(),
        first.column() + key.value().length(),
        message,
        Fingerprints.of(
            HardcodedApiKey.ID, "history", first.commit().name(), first.path(), key.value()));
  }
}
