#!/usr/bin/env bash
# GitHub runner job-started hook: healthd's answer into $GITHUB_ENV before every job, no workflow change.
#
#   runner .env:  ACTIONS_RUNNER_HOOK_JOB_STARTED=/opt/healthd/job-started.sh
#   ARC image:    COPY job-started.sh /etc/arc/hooks/job-started.d/healthd.sh
#
# Uses `healthd hook job-started` when healthd is installed, else curl. Either way it appends HEALTHD_*
# (and GOPROXY, which go reads itself) to $GITHUB_ENV, prints one line and a ::warning:: when the
# answer is stale or not the best, and exits 0 within HEALTHD_HOOK_TIMEOUT seconds (default 3), with
# the fallback (HEALTHD_STALE=true) when healthd is down, slow, warming up or not healthd: the runner
# fails the job when a hook exits non-zero. HEALTHD_URL (default http://127.0.0.1:9180) names the daemon.
set -uo pipefail # runners run hooks with bash -e; every failure below is handled

url=${HEALTHD_URL:-http://127.0.0.1:9180}
url=${url%/}
timeout=${HEALTHD_HOOK_TIMEOUT:-3}
FALLBACK='HEALTHD_STRATEGY=emergency
HEALTHD_SCORE=0
HEALTHD_STALE=true'

if [[ ${HEALTHD_HOOK_CLIENT:-auto} != curl ]] && command -v healthd >/dev/null 2>&1; then
  healthd hook job-started --url "$url" --timeout "$timeout" || echo "::warning title=healthd::healthd hook failed"
  exit 0
fi

warn() { # %, CR and LF escaped so a message cannot inject another workflow command
  local message=${1//'%'/%25}
  message=${message//$'\r'/%0D}
  printf '::warning title=healthd::%s\n' "${message//$'\n'/%0A}"
}

# healthd's env form only: HEALTHD_X=value, GOPROXY=value, HEALTHD_X<<HEALTHD_EOF_<12 hex> blocks;
# no control characters. Whatever took healthd's port must not set BASH_ENV or PATH for the job.
valid() {
  [[ -z $(LC_ALL=C tr -d '\t\n\040-\176\200-\377' <"$1" | head -c 1) ]] || return 1
  LC_ALL=C awk '
    open != "" { if ($0 == open) open = ""; next }
    /^(HEALTHD_[A-Z0-9_]+|GOPROXY)=/ { n[$0 ~ /^HEALTHD_STALE=/]++; next }
    /^HEALTHD_[A-Z0-9_]+<<HEALTHD_EOF_[0-9a-f]+$/ { open = substr($0, index($0, "<<") + 2)  # mawk: no {12}
                                                    if (length(open) != 24) exit 1; next }
    { exit 1 }
    END { if (open != "" || !n[1]) exit 1 }' "$1"
}

work=$(mktemp -d "${RUNNER_TEMP:-/tmp}/healthd-hook.XXXXXX") || work=/tmp
trap 'rm -rf "$work"' EXIT
deadline=$((SECONDS + ${timeout%.*})) # whole seconds (bash has no float arithmetic)
answer="" why="healthd unreachable at $url"
while ((SECONDS < deadline)); do
  code=$(curl -sS --max-time "$timeout" --max-filesize 65536 -o "$work/body" -D "$work/head" \
    -w '%{http_code}' "$url/strategy?format=env" 2>"$work/err") || code=000
  if [[ $code == 200 ]] && grep -qi '^x-healthd-stale: false' "$work/head"; then
    if valid "$work/body"; then answer=$(cat "$work/body") && break; fi
    why="$url is not healthd" && break
  elif [[ $code == 200 ]] && grep -qi '^x-healthd-stale: true' "$work/head"; then
    why="healthd's last round is stale"
  elif [[ $code == 503 ]]; then
    why="healthd is warming up"
  elif [[ $code == 000 ]]; then
    why="healthd unreachable at $url: $(head -c 200 "$work/err")" && break # refused: no retry
  else
    why="healthd answered HTTP $code" && break
  fi
  sleep 0.25
done

if [[ -z $answer ]]; then
  answer=$FALLBACK
  warn "stale answer, strategy emergency ($why)"
fi
if [[ -n ${GITHUB_ENV:-} ]]; then
  printf '%s\n' "$answer" >>"$GITHUB_ENV" || warn "cannot write \$GITHUB_ENV"
else
  printf '%s\n' "$answer"
fi
strategy=$(sed -n 's/^HEALTHD_STRATEGY=//p' <<<"$answer" | head -n 1)
score=$(sed -n 's/^HEALTHD_SCORE=//p' <<<"$answer" | head -n 1)
echo "healthd: strategy ${strategy//[^a-z0-9_-]/}, score ${score//[^0-9.]/}"
exit 0
