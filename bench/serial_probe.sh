#!/usr/bin/env bash
# The seed's way (shared/seeds/004, scripts/smart-docker-build.sh): before each build, probe the five
# components one after another with `curl -s`, add up a 100-point score and pick a strategy.
# Baseline for bench/peers.py: every URL points at a local fake (BASE), so nothing leaves the machine.
# usage: serial_probe.sh BASE [MAX_TIME]   e.g. serial_probe.sh http://127.0.0.1:8080 10
set -u
base=$1
max_time=${2:-10}

up() {  # one serial check: 0 when the fake answered 2xx within max_time
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time "$max_time" "$base$1")
  [[ $code == 2* ]]
}

score=0
up /gha/_apis/artifactcache/cache && score=$((score + 20))           # GitHub Actions cache (20)
for registry in gcr.io docker.io ghcr.io; do                          # registries (30 in all)
  up "/$registry/v2/" && score=$((score + 10))
done
proxies=0
for proxy in proxy.golang.org goproxy.io; do                          # Go proxies (25)
  up "/$proxy/golang.org/x/text/@v/list" && proxies=$((proxies + 1))
done
((proxies > 0)) && score=$((score + 25))
up /dns/resolve && score=$((score + 15))                             # DNS (15)
up /connectivity && score=$((score + 10))                            # internet connectivity (10)

if ((score >= 80)); then strategy=optimal
elif ((score >= 60)); then strategy=resilient
elif ((score >= 40)); then strategy=conservative
else strategy=emergency
fi
echo "STRATEGY=$strategy SCORE=$score"
