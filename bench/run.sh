#!/usr/bin/env bash
# Times the authlint command line (JVM start included) against reading every file and against JavaParser
# parsing every file of the same corpus, on two corpora unpacked from Maven Central's sources jars:
#  - spring-framework's main sources, where almost no file mentions an LLM SDK;
#  - LangChain4j's and Spring AI's main sources, each module with its published POM (so they are the
#    SDKs' own sources, as in their repositories), where nearly every file names an SDK (the SDK-dense
#    corpus), with langchain4j-examples and spring-ai-examples added when checkouts of them are found in
#    $AUTHLINT_CHECKOUTS (default /work/staging/checkouts; folders owner+name).
# Each authlint figure is also given as a ratio to JavaParser parse-all measured in the same run (parse-all
# time divided by authlint's: above 1 means faster than parsing alone). The cached figures are a run with
# --cache on an empty cache (which writes it) and a second run with no change.
# `bench/run.sh --peers` also times Checkstyle and PMD, each with one cheap rule, on each corpus.
#   bench/run.sh [--peers] [CORPUS_DIR...]
set -euo pipefail
cd "$(dirname "$0")/.."
peers=false
if [ "${1:-}" = "--peers" ]; then peers=true; shift; fi

mvn -B -q -pl cli,bench -am package -DskipTests -Dinvoker.skip=true
[ -d bench/target/corpus ] || mvn -B -q -pl bench -P corpus generate-resources
if [ ! -d bench/target/sdk-corpus ]; then
  mvn -B -q -pl bench -P sdk-corpus generate-resources
  checkouts=${AUTHLINT_CHECKOUTS:-/work/staging/checkouts}
  for app in langchain4j+langchain4j-examples spring-projects+spring-ai-examples; do
    if [ -d "$checkouts/$app" ]; then
      mkdir -p bench/target/sdk-corpus/apps
      tar -C "$checkouts" -c --exclude=.git "$app" | tar -C bench/target/sdk-corpus/apps -x
    fi
  done
  # Editors leave lock files that are dangling symbolic links; neither baseline nor authlint can read them.
  find bench/target/sdk-corpus -xtype l -delete
fi
if [ $# -eq 0 ]; then set -- bench/target/corpus bench/target/sdk-corpus; fi
jar=cli/target/authlint.jar
baselines="java -cp $jar:$(ls bench/target/authlint-bench-*.jar) dev.authlint.bench.Baselines"

# wall seconds and peak resident MiB of a command
measure() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -n 1 | awk '{printf "%s %d", $1, $2 / 1024}'; }
ratio() { echo "$1 / $2" | bc -l | xargs printf '%.2fx'; }

if $peers; then
  [ -d bench/target/peers ] || mvn -B -q -pl bench -P peers generate-resources
  cat > bench/target/checkstyle.xml <<'XML'
<?xml version="1.0"?>
<!DOCTYPE module PUBLIC "-//Checkstyle//DTD Checkstyle Configuration 1.3//EN" "https://checkstyle.org/dtds/configuration_1_3.dtd">
<module name="Checker"><module name="TreeWalker"><module name="EmptyStatement"/></module></module>
XML
fi

for corpus in "$@"; do
  cache=bench/target/bench-cache-$(basename "$corpus").json
  rm -f "$cache"
  read -r files bytes read_s _ <<<"$($baselines read "$corpus")"
  read -r _ _ parse_s parse_failed <<<"$($baselines parse "$corpus")"
  read -r cli_s cli_mib <<<"$(measure java -jar "$jar" --fail-on never "$corpus")"
  read -r first_s first_mib <<<"$(measure java -jar "$jar" --fail-on never --cache "$cache" "$corpus")"
  read -r second_s second_mib <<<"$(measure java -jar "$jar" --fail-on never --cache "$cache" "$corpus")"
  one_file=$(find "$corpus" -name '*.java' | sort | sed -n 1p)
  read -r one_s one_mib <<<"$(measure java -jar "$jar" --fail-on never "$one_file")"
  # The cache must not change what is reported.
  java -jar "$jar" --fail-on never "$corpus" >bench/target/uncached.txt 2>&1 || true
  java -jar "$jar" --fail-on never --cache "$cache" "$corpus" >bench/target/cached.txt 2>&1 || true
  same=$(cmp -s bench/target/uncached.txt bench/target/cached.txt && echo "the same" || echo "NOT the same")

  printf '\ncorpus: %s (%d .java files, %.1f MB), %d cores\n' "$corpus" "$files" "$(echo "$bytes / 1000000" | bc -l)" "$(nproc)"
  [ -d "$corpus/apps" ] && printf 'with application code: %s\n' "$(ls "$corpus/apps" | paste -sd ' ')"
  printf '\n| what | wall s | peak MiB | vs JavaParser parse-all |\n|---|---|---|---|\n'
  printf '| read every file (JVM, %d threads) | %s | | |\n' "$(nproc)" "$read_s"
  printf '| JavaParser parses every file (%d threads; %s failed) | %s | | 1.00x |\n' "$(nproc)" "$parse_failed" "$parse_s"
  printf '| authlint, whole run with JVM start | %s | %s | %s |\n' "$cli_s" "$cli_mib" "$(ratio "$parse_s" "$cli_s")"
  printf '| authlint --cache, first run (empty cache, writes it) | %s | %s | %s |\n' "$first_s" "$first_mib" "$(ratio "$parse_s" "$first_s")"
  printf '| authlint --cache, second run, no change | %s | %s | %s |\n' "$second_s" "$second_mib" "$(ratio "$parse_s" "$second_s")"
  printf '| authlint, one file (pre-commit case) | %s | %s | |\n' "$one_s" "$one_mib"
  if $peers; then
    read -r cs_s cs_mib <<<"$(measure java -cp "bench/target/peers/*" com.puppycrawl.tools.checkstyle.Main -c bench/target/checkstyle.xml "$corpus")"
    printf '| Checkstyle 12.3.1, one cheap check (EmptyStatement) | %s | %s | %s |\n' "$cs_s" "$cs_mib" "$(ratio "$parse_s" "$cs_s")"
    read -r pmd_s pmd_mib <<<"$(measure java -cp "bench/target/peers/*" net.sourceforge.pmd.cli.PmdCli check --no-cache --no-progress -f text -R category/java/errorprone.xml/EmptyCatchBlock -d "$corpus")"
    printf '| PMD, one cheap rule (EmptyCatchBlock) | %s | %s | %s |\n' "$pmd_s" "$pmd_mib" "$(ratio "$parse_s" "$pmd_s")"
  fi
  printf '\nsecond cached run vs whole run without cache: %s faster; vs first cached run: %s. Findings with the cache: %s as without.\n' \
    "$(ratio "$cli_s" "$second_s")" "$(ratio "$first_s" "$second_s")" "$same"
done
