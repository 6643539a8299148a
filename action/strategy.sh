#!/usr/bin/env bash
# The shell of healthd's composite action (../action.yml): asks the local healthd for the build
# strategy and writes it as step outputs, one per key (`strategy`, `score`, `stale`, `updated_at`
# and every parameter: `cache_from`, ...), lists in GitHub's multi-line `name<<DELIMITER` form.
#
# It never fails and never hangs: whatever goes wrong (no daemon, warming up past the timeout, stale,
# an error status, garbage, an endless or endlessly slow answer) ends in the fallback answer and a
# `::warning::`, and the exit status is 0. Every wait is bounded by INPUT_TIMEOUT.
#
# Inputs come from the environment (action.yml maps them): INPUT_URL (else $HEALTHD_URL, else
# http://127.0.0.1:9180), INPUT_TIMEOUT (seconds, default 5), INPUT_FALLBACK (strategy name),
# INPUT_FALLBACK_PARAMS (the fallback's parameters in healthd's env format), INPUT_CLIENT
# (auto|cli|curl), INPUT_SUMMARY (true: a table in $GITHUB_STEP_SUMMARY), INPUT_EXPORT_ENV (true:
# also HEALTHD_* variables in $GITHUB_ENV for the job's later steps).
set -uo pipefail # no -e: every failure is handled and ends in the fallback

DEFAULT_FALLBACK_PARAMS='HEALTHD_DOCKERFILE=Dockerfile.resilient
HEALTHD_CACHE_FROM=
HEALTHD_CACHE_TO=
HEALTHD_NO_CACHE=true
HEALTHD_TIMEOUT_MINUTES=15'
MAX_BYTES=65536 # healthd's env answer is well under 4 KiB; anything larger is not healthd

url=${INPUT_URL:-${HEALTHD_URL:-http://127.0.0.1:9180}}
url=${url%/}
timeout=${INPUT_TIMEOUT:-5}
fallback=${INPUT_FALLBACK:-emergency}
fallback_params=${INPUT_FALLBACK_PARAMS:-$DEFAULT_FALLBACK_PARAMS}
client=${INPUT_CLIENT:-auto}
work=$(mktemp -d "${RUNNER_TEMP:-/tmp}/healthd.XXXXXX") || work=/tmp
trap 'rm -rf "$work"' EXIT

warn() { # a workflow command: %, CR and LF escaped so a message cannot inject another command
  local message=${1//'%'/%25}
  message=${message//$'\r'/%0D}
  printf '::warning title=healthd::%s\n' "${message//$'\n'/%0A}"
}

now_ms() { # milliseconds since the epoch; bash 3 (macOS) has no EPOCHREALTIME: whole seconds then
  if [[ -n ${EPOCHREALTIME:-} ]]; then echo $((10#${EPOCHREALTIME//[!0-9]/} / 1000)); else echo $(($(date +%s) * 1000)); fi
}
seconds() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); } # milliseconds -> "S.mmm" for curl

# validate FILE DELIMITER KEEP_PREFIX: prints the answer converted to step-output lines (names
# lowercased without HEALTHD_, or kept as they are with KEEP_PREFIX=1) between DELIMITER, or fails
# naming the first line that is not healthd's env format.
validate() {
  # printable ASCII and UTF-8 bytes, tab and newline only: no NUL, CR or escape sequences
  if [[ -n $(LC_ALL=C tr -d '\t\n\040-\176\200-\377' <"$1" | head -c 1) ]]; then
    echo "control characters in the answer"
    return 1
  fi
  LC_ALL=C awk -v D="$2" -v keep="$3" '
    function fail(why) { print why; failed = 1; exit 1 }
    function name(key) { if (key in seen) fail("line " NR ": " key " twice"); seen[key] = 1
                         return keep ? key : tolower(substr(key, 9)) }
    open != "" { if ($0 == open) { open = ""; print D } else if (index($0, D)) fail("line " NR ": holds the delimiter")
                 else print; next }
    /^HEALTHD_[A-Z0-9_]+=/ {
      i = index($0, "="); key = substr($0, 1, i - 1); value = substr($0, i + 1)
      if (key == "HEALTHD_STRATEGY" && value !~ /^[a-z][a-z0-9_-]*$/) fail("line " NR ": bad strategy name")
      if (key == "HEALTHD_SCORE" && (value !~ /^[0-9]+(\.[0-9]+)?$/ || value + 0 > 100)) fail("line " NR ": bad score")
      if (key == "HEALTHD_STALE" && value !~ /^(true|false)$/) fail("line " NR ": bad stale flag")
      print name(key) "=" value; next
    }
    /^GOPROXY=/ { if (keep) print; next }  # a tool export (formats.TOOL_EXPORTS): the goproxy output has it too
    /^HEALTHD_[A-Z0-9_]+<<[A-Za-z0-9_]+$/ {
      i = index($0, "<<"); open = substr($0, i + 2); print name(substr($0, 1, i - 1)) "<<" D; next
    }
    { fail("line " NR " is not KEY=value or KEY<<DELIMITER") }
    END {
      if (failed) exit 1
      if (open != "") { print "a list is not closed by its delimiter"; exit 1 }
      if (!("HEALTHD_STRATEGY" in seen) || !("HEALTHD_SCORE" in seen) || !("HEALTHD_STALE" in seen)) {
        print "no HEALTHD_STRATEGY, HEALTHD_SCORE and HEALTHD_STALE"; exit 1
      }
    }' "$1"
}

# ask_cli FILE: `healthd strategy` does its own retries and fallback (parameters from its config)
ask_cli() {
  local bound=() code
  if command -v timeout >/dev/null; then # belt and braces: the client honours --timeout itself
    bound=(timeout -k 2 "$(seconds $((deadline_ms - $(now_ms) + 5000)))")
  fi
  ${bound[@]+"${bound[@]}"} healthd strategy --format env --url "$url" --timeout "$timeout" --fallback "$fallback" \
    2>"$work/stderr" | head -c $((MAX_BYTES + 1)) >"$1"
  code=${PIPESTATUS[0]}
  if ((code != 0)); then
    why="healthd strategy exited with $code: $(head -c 300 "$work/stderr")"
    return 1
  fi
  if grep -q '^healthd: warning:' "$work/stderr"; then # the client fell back: say why, keep its answer
    warn "$(grep '^healthd: warning:' "$work/stderr" | head -c 1000)"
    source="fallback by healthd strategy"
  fi
}

# ask_curl FILE: GET /strategy?format=env until a fresh, valid answer or the deadline
ask_curl() {
  local left code status stale retry
  while left=$((deadline_ms - $(now_ms))) && ((left > 0)); do
    retry=250
    rm -f "$work/headers"
    curl -sS --max-time "$(seconds "$left")" -D "$work/headers" -o - "$url/strategy?format=env" \
      2>"$work/stderr" | head -c $((MAX_BYTES + 1)) >"$1"
    code=${PIPESTATUS[0]}
    status=$(LC_ALL=C awk 'NR == 1 { print $2 }' "$work/headers" 2>/dev/null)
    stale=$(LC_ALL=C grep -i '^x-healthd-stale:' "$work/headers" 2>/dev/null | tr -d ' \r' | cut -d: -f2)
    if (($(wc -c <"$1") > MAX_BYTES)); then
      why="the answer at $url is over $MAX_BYTES bytes: not healthd"
    elif ((code != 0)); then
      why="healthd unreachable at $url: $(head -c 300 "$work/stderr")"
    elif [[ $status == 503 ]]; then
      why="healthd is warming up"
      retry=$(LC_ALL=C grep -i '^retry-after:' "$work/headers" | tr -dc '0-9' | head -c 3)
      retry=$((${retry:-1} * 1000))
    elif [[ $status != 200 ]]; then
      why="healthd answered HTTP ${status:-?} at $url"
      return 1
    elif [[ $stale == true ]]; then
      why="healthd's last round is stale"
      retry=1000
    else
      return 0
    fi
    left=$((deadline_ms - $(now_ms)))
    ((left > 0)) && sleep "$(seconds $((retry < left ? retry : left)))"
  done
  return 1
}

# summary FILE: one Markdown table of the outputs (lists one entry per line)
summary() {
  local line key value delim=$1
  {
    printf '### healthd: %s\n\n| output | value |\n| --- | --- |\n' "$source"
    while IFS= read -r line; do
      if [[ $line == *"<<$delim" ]]; then
        key=${line%%<<*} value=""
        while IFS= read -r line && [[ $line != "$delim" ]]; do value+="${value:+<br>}\`${line//|/\\|}\`"; done
      else
        key=${line%%=*} value=${line#*=}
        value=${value:+\`${value//|/\\|}\`}
      fi
      printf '| %s | %s |\n' "$key" "$value"
    done <"$work/outputs"
  } >>"$GITHUB_STEP_SUMMARY"
}

case $timeout in
  [0-9] | [0-9][0-9] | [0-9][0-9][0-9] | [0-9].[0-9]* | [0-9][0-9].[0-9]*) ;;
  *) warn "timeout '$timeout' is not a number of seconds; using 5"; timeout=5 ;;
esac
timeout_ms=$(LC_ALL=C awk -v t="$timeout" 'BEGIN { printf "%d", t * 1000 }')
((timeout_ms > 0)) || timeout_ms=1
deadline_ms=$(($(now_ms) + timeout_ms))
source="healthd at $url"
why=""

answer=$work/answer
delim="ghadelimiter_$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
ok=false
if [[ $client == cli || ($client == auto && -n $(command -v healthd)) ]]; then
  ask_cli "$answer" && ok=true
else
  ask_curl "$answer" && ok=true
fi
if $ok && ! validate "$answer" "$delim" 0 >"$work/outputs"; then
  why="not healthd's env format at $url: $(tail -n 1 "$work/outputs" | head -c 300)"
  ok=false
fi
if ! $ok; then
  warn "$why; using the fallback strategy '$fallback'"
  source="fallback ($fallback): ${why%%$'\n'*}"
  if [[ ! $fallback =~ ^[a-z][a-z0-9_-]*$ ]]; then
    warn "fallback '$fallback' is not a strategy name; using 'emergency'"
    fallback=emergency
  fi
  printf 'HEALTHD_STRATEGY=%s\nHEALTHD_SCORE=0\nHEALTHD_STALE=true\n%s\n' "$fallback" "$fallback_params" >"$answer"
  if ! validate "$answer" "$delim" 0 >"$work/outputs"; then
    warn "fallback-params is not in healthd's env format (HEALTHD_KEY=value lines): $(tail -n 1 "$work/outputs")"
    printf 'HEALTHD_STRATEGY=%s\nHEALTHD_SCORE=0\nHEALTHD_STALE=true\n' "$fallback" >"$answer"
    validate "$answer" "$delim" 0 >"$work/outputs"
  fi
fi

cat "$work/outputs" >>"${GITHUB_OUTPUT:-/dev/stdout}"
if [[ ${INPUT_EXPORT_ENV:-false} == true && -n ${GITHUB_ENV:-} ]]; then
  validate "$answer" "$delim" 1 >>"$GITHUB_ENV"
fi
if [[ ${INPUT_SUMMARY:-false} == true && -n ${GITHUB_STEP_SUMMARY:-} ]]; then
  summary "$delim"
fi
exit 0
