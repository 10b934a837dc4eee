#!/usr/bin/env bash
# Times the authlint command line (JVM start included) against reading every file and against JavaParser
# parsing every file of the same corpus: spring-framework's main sources, unpacked from its sources jars on
# Maven Central. `bench/run.sh --peers` also times Checkstyle and PMD, each with one cheap rule, on it.
#   bench/run.sh [--peers] [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
peers=false
if [ "${1:-}" = "--peers" ]; then peers=true; shift; fi
corpus=${1:-bench/target/corpus}

mvn -B -q -pl cli,bench -am package -DskipTests -Dinvoker.skip=true
[ -d bench/target/corpus ] || mvn -B -q -pl bench -P corpus generate-resources
jar=cli/target/authlint.jar
baselines="java -cp $jar:$(ls bench/target/authlint-bench-*.jar) dev.authlint.bench.Baselines"

# wall seconds and peak resident MiB of a command
measure() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -n 1 | awk '{printf "%s %d", $1, $2 / 1024}'; }

read -r files bytes read_s _ <<<"$($baselines read "$corpus")"
read -r _ _ parse_s parse_failed <<<"$($baselines parse "$corpus")"
read -r cli_s cli_mib <<<"$(measure java -jar "$jar" --fail-on never "$corpus")"
one_file=$(find "$corpus" -name '*.java' | sort | sed -n 1p)
read -r one_s one_mib <<<"$(measure java -jar "$jar" --fail-on never "$one_file")"

printf '\ncorpus: %s (%d .java files, %.1f MB), %d cores\n\n' "$corpus" "$files" "$(echo "$bytes / 1000000" | bc -l)" "$(nproc)"
printf '| what | wall s | peak MiB | vs JavaParser parse-all |\n|---|---|---|---|\n'
printf '| read every file (JVM, %d threads) | %s | | |\n' "$(nproc)" "$read_s"
printf '| JavaParser parses every file (%d threads; %s failed) | %s | | 1.0x |\n' "$(nproc)" "$parse_failed" "$parse_s"
printf '| authlint, whole run with JVM start | %s | %s | %.1fx faster |\n' "$cli_s" "$cli_mib" "$(echo "$parse_s / $cli_s" | bc -l)"
printf '| authlint, one file (pre-commit case) | %s | %s | |\n' "$one_s" "$one_mib"

if $peers; then
  [ -d bench/target/peers ] || mvn -B -q -pl bench -P peers generate-resources
  cat > bench/target/checkstyle.xml <<'XML'
<?xml version="1.0"?>
<!DOCTYPE module PUBLIC "-//Checkstyle//DTD Checkstyle Configuration 1.3//EN" "https://checkstyle.org/dtds/configuration_1_3.dtd">
<module name="Checker"><module name="TreeWalker"><module name="EmptyStatement"/></module></module>
XML
  read -r cs_s cs_mib <<<"$(measure java -cp "bench/target/peers/*" com.puppycrawl.tools.checkstyle.Main -c bench/target/checkstyle.xml "$corpus")"
  printf '| Checkstyle 12.3.1, one cheap check (EmptyStatement) | %s | %s | %.1fx |\n' "$cs_s" "$cs_mib" "$(echo "$parse_s / $cs_s" | bc -l)"
  read -r pmd_s pmd_mib <<<"$(measure java -cp "bench/target/peers/*" net.sourceforge.pmd.cli.PmdCli check --no-cache --no-progress -f text -R category/java/errorprone.xml/EmptyCatchBlock -d "$corpus")"
  printf '| PMD, one cheap rule (EmptyCatchBlock) | %s | %s | %.1fx |\n' "$pmd_s" "$pmd_mib" "$(echo "$parse_s / $pmd_s" | bc -l)"
fi
