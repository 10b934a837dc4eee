#!/usr/bin/env bash
# Scores authlint on the judged public code (see eval/README.md): for each manifest, extracts the
# judged commit from the repository's fetched snapshot, runs the command line on the manifest's
# roots, then prints the scorer's tables.
set -euo pipefail
started=$SECONDS

usage() {
  cat <<'USAGE'
usage: eval/run.sh [--repo owner/name]... [--manifests DIR] [--jar PATH] [--keep]
  --repo owner/name  only this repository (repeatable; default: every manifest)
  --manifests DIR    the manifests (default: eval/manifest)
  --jar PATH         authlint's command line (default: cli/target/authlint.jar, built when missing
                     or older than the sources)
  --keep             keep the extracted snapshots in eval/target/snapshots for the next run
Snapshots are read from $AUTHLINT_EVAL_SNAPSHOTS (default: /work/.mirror).
USAGE
}

repos=() manifests="" jar="" keep=false
while [ $# -gt 0 ]; do
  case $1 in
    --repo | --manifests | --jar)
      [ $# -ge 2 ] || { usage >&2; exit 2; }
      # Paths are given from the caller's folder; the script then works from the repository's root.
      case $1 in
        --repo) repos+=("$2") ;;
        --manifests) manifests=$(realpath -m -- "$2") ;;
        --jar) jar=$(realpath -m -- "$2") ;;
      esac
      shift 2
      ;;
    --keep) keep=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
snapshots=$(realpath -m -- "${AUTHLINT_EVAL_SNAPSHOTS:-/work/.mirror}")
cd "$(dirname "$0")/.."
manifests=${manifests:-$PWD/eval/manifest}
extracted=$PWD/eval/target/snapshots
reports=$PWD/eval/target/reports

# Both jars are rebuilt when their sources changed, so that no figure comes from stale code.
newer_than() { [ -n "$(find "${@:2}" -newer "$1" -print -quit 2>/dev/null)" ]; }
scorer=eval/target/authlint-eval.jar
if [ ! -f "$scorer" ] || newer_than "$scorer" eval/pom.xml eval/src/main; then
  mvn -B -q -pl eval package -DskipTests
fi
if [ -z "$jar" ]; then
  jar=$PWD/cli/target/authlint.jar
  if [ ! -f "$jar" ] || newer_than "$jar" pom.xml {core,cli}/pom.xml {core,cli}/src/main; then
    mvn -B -q -pl cli -am package -DskipTests
  fi
fi
[ -f "$jar" ] || { echo "eval/run.sh: no such jar: $jar" >&2; exit 2; }

# owner/name TAB commit TAB roots, one line per manifest; a malformed manifest stops the run here.
listing=$(java -jar "$scorer" --list "$manifests")
for repo in "${repos[@]}"; do
  if ! cut -f1 <<<"$listing" | grep -qxF -- "$repo"; then
    echo "eval/run.sh: no manifest for $repo" >&2
    exit 2
  fi
done
selected() {
  [ ${#repos[@]} -eq 0 ] && return 0
  local repo
  for repo in "${repos[@]}"; do [ "$repo" = "$1" ] && return 0; done
  return 1
}

git_at() { git -c safe.directory='*' --git-dir="$1" "${@:2}"; }

# The git directory of a fetched snapshot that has the commit: a folder under $snapshots named
# owner+name (or starting so, exact name first) that is a git directory or holds one a few levels
# down (a fetch lands as owner+name/repo, bare, or owner+name/repo/.git).
snapshot_git_dir() {
  local stem=$1 commit=$2 candidate dir
  for candidate in "$snapshots/$stem" "$snapshots/$stem"?*; do
    [ -d "$candidate" ] || continue
    while IFS= read -r dir; do
      if [ -d "$dir/objects" ] && git_at "$dir" cat-file -e "$commit^{commit}" 2>/dev/null; then
        echo "$dir"
        return 0
      fi
    done < <(find "$candidate" -maxdepth 3 -name HEAD -type f -printf '%d %h\n' | sort -n |
      cut -d' ' -f2-)
  done
  return 1
}

# Extracts the commit into a new folder. A snapshot may lack its largest files (images, archives,
# jars): these are left out, saying so, rather than the whole repository.
extract() {
  local git_dir=$1 commit=$2 into=$3 tree missing=() excludes=() path
  mkdir -p "$into"
  if { git_at "$git_dir" archive "$commit" | tar -x -C "$into"; } 2>/dev/null; then
    return 0
  fi
  tree=$(git_at "$git_dir" -c core.quotePath=false ls-tree -r "$commit" | awk '$2 == "blob"')
  while IFS= read -r path; do
    missing+=("$path")
    excludes+=(":(exclude,literal)$path")
  done < <(awk -F'\t' '{ split($1, f, " "); print f[3] }' <<<"$tree" |
    git_at "$git_dir" cat-file --batch-check | paste - <(cut -f2- <<<"$tree") |
    awk -F'\t' '$1 ~ / missing$/ { print $2 }')
  echo "warning: left out, not in the snapshot of ${commit:0:12}: ${missing[*]}"
  rm -rf "$into"
  mkdir -p "$into"
  # git still names the left-out files on standard error, and succeeds.
  if ! { git_at "$git_dir" archive "$commit" -- . "${excludes[@]}" | tar -x -C "$into"; } 2>/dev/null
  then
    echo "eval/run.sh: could not extract ${commit:0:12} from $git_dir" >&2
    exit 2
  fi
}

# A row whose file is not in the extraction, or whose line is past the file's end, can never match:
# a mistake in the manifest (or a file the repository's .gitattributes keeps out of archives).
check_rows() {
  local manifest=$1 into=$2 repository=$3 path line
  while IFS=$'\t' read -r path line; do
    if [ ! -f "$into/$path" ]; then
      echo "warning: $repository: $path is not in the snapshot"
    elif [ "$line" -gt "$(awk 'END { print NR }' "$into/$path")" ]; then
      echo "warning: $repository: $path has no line $line"
    fi
  done < <(awk -F'\t' '!/^#/ && NF >= 5 && $1 != "path" { print $1 "\t" $2 }' "$manifest" | sort -u)
}

rm -rf "$reports"
mkdir -p "$reports" "$extracted"
while IFS=$'\t' read -r -u 3 repository commit roots; do
  [ -n "$repository" ] && selected "$repository" || continue
  stem=${repository/\//+}
  if ! git_dir=$(snapshot_git_dir "$stem" "$commit"); then
    if compgen -G "$snapshots/$stem*" >/dev/null; then
      echo "skipped $repository: no snapshot has commit $commit (fetch github:$repository)"
    else
      echo "skipped $repository: no snapshot (fetch github:$repository)"
    fi
    continue
  fi
  repo_started=$SECONDS
  into=$extracted/$stem
  # The .commit file is written last, so an interrupted extraction is never reused.
  if [ "$(cat "$into.commit" 2>/dev/null)" != "$commit" ]; then
    rm -rf "$into" "$into.commit"
    extract "$git_dir" "$commit" "$into"
    echo "$commit" >"$into.commit"
  fi
  check_rows "$manifests/$stem.tsv" "$into" "$repository"

  # From the repository's root, so that the report's paths are relative to it, as the rows' are.
  read -ra root_list <<<"$roots"
  status=0
  (cd "$into" && java -jar "$jar" --format json --fail-on never --output "$reports/$stem.json" \
    "${root_list[@]}" </dev/null) || status=$?
  if [ ! -f "$reports/$stem.json" ]; then
    echo "eval/run.sh: authlint wrote no report for $repository" >&2
    exit 2
  fi
  # Exit code 2 with a report: files it could not read or parse (named above); the rest counts.
  [ "$status" -eq 0 ] || echo "note: authlint exited with $status on $repository"
  findings=$(grep -c '"ruleId"' "$reports/$stem.json" || true)
  took=$((SECONDS - repo_started))
  echo "analysed $repository at ${commit:0:12} ($roots): $findings findings, $took s"
  $keep || rm -rf "$into" "$into.commit"
done 3<<<"$listing"

echo
java -jar "$scorer" "$manifests" "$reports"
echo
echo "took $((SECONDS - started)) s"
