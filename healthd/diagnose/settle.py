"""What the host and the line settle once a signature has matched: whether a hit ended the job (ended_job) and
the families a pattern alone cannot tell apart (settle: a cache service's throttling, a proxy on loopback, the
build's own test service, a retired repository, a Go proxy's registry error ...).

Apart from the matcher so these corrections read as one list; the scanner (matcher.py) applies them to each
finding, and they read only the finding, its line and the hosts module's shared patterns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import re2  # type: ignore[import-untyped]

from healthd.diagnose.findings import Finding, Signature
from healthd.diagnose.hosts import CACHE_LINE, URL
from healthd.diagnose.structure import STRUCTURE

_LOOPBACK = re2.compile(r"(?:^|[^\w.])(?:127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)(?::\d+)?\b")
PUBLIC_SUFFIXES = ("docker.io", "docker.com", "github.com", "githubusercontent.com", "ghcr.io", "quay.io", "gcr.io",
                   "pkg.dev", "amazonaws.com", "azurecr.io", "mcr.microsoft.com", "npmjs.org", "yarnpkg.com",
                   "pypi.org", "pythonhosted.org", "golang.org", "debian.org", "ubuntu.com", "alpinelinux.org",
                   "maven.org", "apache.org", "googleapis.com", "gradle.org", "rubygems.org", "crates.io",
                   "nodejs.org", "microsoft.com", "k8s.io", "ecr.aws", "fedoraproject.org", "centos.org", "nuget.org",
                   "vsassets.io", "management.azure.com", "codecov.io", "gradle-dn.com",
                   "github.io", "bitnami.com", "gitlab.com", "goproxy.cn", "goproxy.io", "cloudfront.net")  # fmt: skip
_OWN_INDEX = re2.compile(r"(?i)^(?:pypi|npm|nexus|artifactory|verdaccio)\.[\w-]+\.[\w.-]+$")
# hosts an end-of-life release still names (CentOS's mirrors went with CentOS 7 and 8): never coming back
RETIRED_HOSTS = ("mirrorlist.centos.org", "mirror.centos.org")
# package repositories that were shut down (all of Bintray, JCenter with it, in 2021; .NET's MyGet feeds; Apache's
# git mirror, git.apache.org, in 2019; the gopkgs.com vanity import service; Maven Central's old central.maven.org
# name, dropped in 2020 for repo1.maven.org): the build still names them
RETIRED_REPOSITORIES = ("bintray.com", "dotnet.myget.org", "git.apache.org", "gopkgs.com", "central.maven.org")
GO_PROXIES = ("proxy.golang.org", "sum.golang.org", "goproxy.io", "goproxy.cn")
# container registries by name: a status from one of them is the registry's whatever tool asked
REGISTRY_HOSTS = ("docker.io", "ghcr.io", "quay.io", "gcr.io", "pkg.dev", "azurecr.io", "mcr.microsoft.com",
                  "registry.k8s.io", "public.ecr.aws", "registry.gitlab.com", "nvcr.io")  # fmt: skip


# the registries' own domains (their last two labels) a typo lands one slip away from (`ghrc.io`, `azureacr.io`)
_REGISTRY_DOMAINS = frozenset(".".join(h.split(".")[-2:]) for h in REGISTRY_HOSTS)


def _bare(host: str) -> str:
    """`host` as a name: lowercase, no port, no root dot."""
    return host.lower().split(":")[0].rstrip(".")


def _one_slip_apart(a: str, b: str) -> bool:
    """One letter inserted or dropped, or two neighbours swapped, turns `a` into `b` (a != b). Not a letter
    changed: `icr.io` (IBM's registry) is one change from `gcr.io` and is no typo."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    return a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1]


def misspelt_registry(host: str) -> str | None:
    """The registry domain `host`'s own domain (its last two labels) is a typo of, else None."""
    domain = ".".join(_bare(host).split(".")[-2:])
    if domain in _REGISTRY_DOMAINS:
        return None
    return next((d for d in sorted(_REGISTRY_DOMAINS) if _one_slip_apart(domain, d)), None)


def under(host: str, suffixes: Iterable[str]) -> bool:
    """`host` (any case, a port or a root dot allowed) is one of `suffixes` or a name below one."""
    host = _bare(host)
    return any(host == s or host.endswith("." + s) for s in suffixes)


def ended_job(sig: Signature, text: str) -> bool:
    """An actions/toolkit cache error on an `Error:` line (not a skipped step's warning) ended the job. The
    toolkit's own spelling only: BuildKit's `ERROR:` step line for a --cache-from image it goes on without is not."""
    if sig.id.startswith("gha_cache.unreachable") and _ARTIFACT_CALL.search(text):
        return True  # the artifact service shares the toolkit's error: the upload or download ended the job
    return sig.component == "gha_cache" and (text.startswith("Error:") or bool(_THROWN.match(text)))


_MIRROR_MISS = re2.compile(r'manifest unknown: Failed to fetch \\?"')
_PULL_SCOPE = re2.compile(r"(?i)[?&]scope=[^&\s\"]*(?::|%3A)pull(?:[&\s\"]|$)")
_ARTIFACT_CALL = re2.compile(r"Failed to (?:CreateArtifact|ListArtifacts|FinalizeArtifact|GetSignedArtifactURL)\b")
_THROWN = re2.compile(r"[A-Z]\w*Error: ")  # a JavaScript error the action threw (`ReserveCacheError: ...`)
# the cache service's hosts: GitHub's, and the results service's Azure storage accounts (any other Azure blob is
# someone's download: a release, a package feed)
_CACHE_HOST = re2.compile(
    r"(?i)(?:^|\.)actions\.githubusercontent\.com(?::\d+)?$|^productionresultssa\d+\.blob\.core\."
)
_LOOKUP_TIMEOUT = re2.compile(
    r"\blookup ([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])(?: on \S+)?: (?:read udp \S+: )?i/o timeout"
)
_RESOLVE_PHASE = re2.compile(r"\bResolving timed out after \d+ milli")
_DIALED_LOOPBACK = re2.compile(r"(?i)(?:ECONNREFUSED|dial tcp) (?:127\.\d+\.\d+\.\d+|\[::1\]):\d+")
_LOOPBACK_URL = re2.compile(r"(?i)https?://(?:localhost|127\.\d+\.\d+\.\d+|\[::1\])(?::\d+)?/")
_REGISTRY_CALL = re2.compile(
    r"(?i)/v2/|failed to (?:push|do request|fetch anonymous token)|load metadata for|push refers|tried to push blob"
    r"|writing blob|uploading layer|error parsing HTTP \d+ response body|pulling from host "
    r"|^unknown: "  # the docker CLI's form of a registry's error code UNKNOWN
)
# the structural rules' own lines, where a network signature won the line: PDO's connect error, gopkg.in's answer
_PDO_CONNECT = re2.compile(r"SQLSTATE\[HY000\] \[2002\]")
_GOPKG_UPSTREAM = re2.compile(r"Cannot obtain refs from GitHub: cannot talk to GitHub\b")
_BUILDKIT_CALL = re2.compile(r"(?i)failed to (?:push|do request|fetch anonymous token|solve|copy)|load metadata for")
# containerd's CRI pull (the kubelet, crictl) shares those words but runs on the node, where localhost is the node's
_CRI_PULL = re2.compile(
    r"(?i)failed to pull and unpack image|pulling image failed: rpc error|^ctr: |failed to resolve image \""
    r"|no available registry endpoint"
)
# a package manager's own line: its 5xx is a package registry's (a mirror, Verdaccio, Nexus), not a container one's
_PACKAGE_TOOL = re2.compile(
    r"(?i)^(?:npm|pnpm|yarn)\b|^(?:error|warning) An unexpected error|/-/[\w.@-]+\.tgz|/repository/npm|ERR_PNPM"
)
_REGISTRY_WORD = re2.compile(
    r"(?i)/v2/|registry|docker|podman|containerd|skopeo|buildah|crane|harbor|quay|GetAuthorizationToken"
    r"|error parsing HTTP \d{3} response body|while uploading metadata"  # docker's registry client (and 1.x's push)
    r"|\b(?:manifest|blob|image|layer|pull|push)(?:s|ed|ing)?\b"  # words, not `image_picker` or `pull_request`
)
_ECR = re2.compile(r"(?i)\.dkr\.ecr\.")
_GO_FETCH = re2.compile(r"^go: |/@v/|/sumdb/|[?&]go-get=1|unrecognized import path|verifying \S+/go\.mod")
_DIALED_NAME = re2.compile(r"\bdial tcp ([A-Za-z][\w.-]*:\d+)")
_BUILDER_LINE = re2.compile(
    r"(?i)failed to dial gRPC|buildkitd|buildx_buildkit|failed to (?:initialize|bootstrap) builder|"
    r"transport: Error while dialing|failed to list workers"
)
# package mirrors a RUN step fetches from: their 5xx/429 is the mirror's, not a container registry's
MIRRORS = ("npmjs.org", "npmjs.com", "yarnpkg.com", "pypi.org", "pythonhosted.org", "debian.org", "ubuntu.com",
           "alpinelinux.org", "nodesource.com", "rubygems.org", "crates.io", "maven.org", "gradle.org",
           "fedoraproject.org", "centos.org", "nodejs.org", "cocoapods.org", "chocolatey.org",
           # apache.org's package hosts only: its build caches (develocity, ge) ask for credentials
           "repo.maven.apache.org", "downloads.apache.org", "archive.apache.org", "dlcdn.apache.org")  # fmt: skip
GITHUB_HOSTS = ("github.com", "api.github.com", "codeload.github.com", "objects.githubusercontent.com")
_CACHE_IDS = {"registry.server_error": ("gha_cache.service_error", True),
              "registry.rate_limited": ("gha_cache.rate_limited", True),
              "credentials.registry_refused": ("gha_cache.client_refused", False),
              "credentials.denied": ("gha_cache.client_refused", False),
              "build.request_rejected": ("gha_cache.client_refused", False)}  # fmt: skip


# a URL whose host has an empty label (`https://.testspace.com`, `https://org..example.com`): a variable that
# expanded to nothing, a name no resolver has
_EMPTY_LABEL_URL = re2.compile(r"(?i)\bhttps?://(?:[^/\s\"'@]*@)?(?:[\w-]+\.)*\.")
_EMPTY_DIAL = re2.compile(r"\bdial (?:tcp|udp)[46]? :\d+: ")
_SERVER_RESPONSE = re2.compile(r"^\s*server response: not found: ")
_LOGIN_LOCKED = re2.compile(r"(?i)too many failed login attempts")
_RESERVE_THROTTLED = re2.compile(r"(?i)exceeding usage|too many requests|rate limit")
_RESERVE_OUTAGE = re2.compile(r"(?i)<!DOCTYPE|<html|<h\d>|services aren't available|unicorn")
_OOM_EXIT = re2.compile(r"exit code:? 137\b|returned a non-zero code: 137\b")  # (BuildKit's, the legacy builder's)
# a single-label name (a compose service) or Docker's host alias: never a public service's name
_OWN_NAME = re2.compile(r"^(?:[A-Za-z0-9][A-Za-z0-9_-]*|host\.docker\.internal)$")
_NO_PUBLIC_NAME = re2.compile(r"^(?:[A-Za-z0-9][A-Za-z0-9_-]*|[\w.-]+\.localhost)(?::\d+)?$")
_SIDECAR_DAEMON = re2.compile(r"(?i)tcp://(?:localhost|127\.0\.0\.1):237[56]\b|unix:///run/docker/docker\.sock")
# the docker-in-docker service (`docker:dind` as `docker`, port 2375/2376) not up: the daemon is down
_DIND = re2.compile(r"(?i)error during connect|tcp://docker:|\bdocker:237[56]\b|lookup docker(?:[\s:]|$)")


_RULES = {rule["id"]: rule for rule in STRUCTURE}


def _recast(f: Finding, rid: str, **keep: bool) -> Finding:
    """f as the structural rule `rid` reads it: that rule's component, retryable, blame and words."""
    rule = _RULES[rid]
    fields = {"component": rule["component"], "retryable": rule["retryable"], "blame": rule.get("blame", f.blame),
              "summary": rule["summary"], "remedy": rule["remedy"]}  # fmt: skip
    return replace(f, id=rid, **{**fields, **keep})


def settle(f: Finding, text: str) -> Finding:
    """The families a pattern alone cannot tell apart, settled from the host and the line."""
    if f.host and f.component not in ("build", "local") and under(f.host, RETIRED_REPOSITORIES):
        # first: whatever the protocol, a shut-down host will not answer again
        return replace(f, id="build.retired_repository", component="build", blame="build", retryable=False,
                       summary=f"{f.host} was shut down: the build still fetches from a retired package repository",
                       remedy="Move the dependency to a live repository (Maven Central, nuget.org, the project's new "
                       "feed).")  # fmt: skip
    if (
        f.host
        and f.component in ("registry", "credentials", "connectivity", "dns")
        and (meant := misspelt_registry(f.host))
    ):
        # a registry name one letter from a real one (`ghrc.io`): it times out, resolves nowhere or is someone else's
        return replace(f, id="build.registry_host_typo", component="build", blame="build", retryable=False,
                       summary=f"{f.host} is one letter from {meant}: the image names a registry that is not it",
                       remedy=f"Fix the image reference's registry to {meant}.")  # fmt: skip
    if f.component == "dns" and _EMPTY_LABEL_URL.search(text):
        return replace(f, id="build.host_name_malformed", component="build", blame="build", retryable=False,
                       host=None, summary="the URL's host name has an empty label (a variable that expanded to "
                       "nothing): no resolver has that name", remedy="Set the variable the URL is built from (an "
                       "account, organisation or region name).")  # fmt: skip
    if f.component == "dns" and (f.host or "").endswith("twirp"):
        # a cache service URL with no trailing slash (`HOST` glued to `twirp/...`): no resolver has that name
        return replace(_recast(f, "gha_cache.client_url_invalid"), host=None)
    if f.id == "gha_cache.reserve_conflict" and _RESERVE_THROTTLED.search(text):
        return replace(f, id="gha_cache.rate_limited", retryable=True, summary="the cache service throttled the job")
    if f.id == "gha_cache.reserve_conflict" and _RESERVE_OUTAGE.search(text):
        return replace(f, id="gha_cache.outage", retryable=True, summary="the cache service answered an error page")
    if (
        f.id == "connectivity.refused"
        and f.host
        and not _LOOPBACK.search(" " + f.host)
        and _DIALED_LOOPBACK.search(text)
    ):
        # a public URL whose connection went to the runner's loopback: a local proxy setting that is not listening
        return replace(f, id="connectivity.proxy_refused", retryable=False, blame="local",
                       summary="the request went to a proxy on the runner's loopback, which refused it",
                       remedy="Fix or unset HTTP(S)_PROXY for the job (or start the proxy).")  # fmt: skip
    if (
        f.component in ("connectivity", "dns")
        and _BUILDER_LINE.search(text)
        and (f.matched == "structure" or not URL.search(text))  # a URL's call is the registry's, not the builder's
    ):
        dialed = _DIALED_NAME.search(text)  # the builder's own address (`dial tcp remote-bk:8372`)
        host = f.host or (dialed[1].lower() if dialed else None)
        return replace(f, id="builder.unreachable", component="builder", retryable=False, blame="local", host=host)
    if f.component in ("dns", "connectivity") and _PDO_CONNECT.search(text):
        # PHP's PDO quoting the network error of its connect to the job's MySQL: the job's own database service
        return replace(_recast(f, "build.test_database_unreachable"), host=None)
    if f.component in ("dns", "connectivity") and _GOPKG_UPSTREAM.search(text):
        # gopkg.in's own answer quoted by git or go, whatever network error it carries: gopkg.in's failure
        return replace(_recast(f, "goproxy.server_error"), host="gopkg.in")
    if f.component in ("dns", "connectivity") and _SERVER_RESPONSE.search(text):
        # Go quotes the proxy's or checksum database's own failure (`server response: not found: ...: lookup H`):
        # the network error happened on their side, fetching a module they cannot reach (a private one)
        return replace(f, id="goproxy.not_found", component="goproxy", retryable=False, blame="build", host=None,
                       summary="the Go proxy or checksum database could not fetch the module itself (a private or "
                       "missing module; its own error is quoted)", remedy="For a private module set GOPRIVATE "
                       "(or GONOPROXY/GONOSUMDB) to its path; else check the module path and version.")  # fmt: skip
    if f.component in ("dns", "connectivity") and ((f.host or "").lower() == "docker" or _DIND.search(text)):
        own = f.host if f.host and _OWN_NAME.match(f.host) else None  # the dind service's name (`docker`) stays
        return replace(f, id="local.docker_daemon_down", component="local", host=own, retryable=False, blame="local",
                       summary="the Docker daemon (a docker:dind service) is not reachable",
                       remedy="Start the dind service (services: docker:dind) and wait until it listens.")  # fmt: skip
    if f.id == "build.step_failed" and _OOM_EXIT.search(text):
        # 137 = 128 + SIGKILL: the kernel's OOM killer (or the runner's memory limit) ended the step
        return replace(f, id="local.out_of_memory", component="local", blame="local",
                       summary="the step was killed for memory (exit code 137: SIGKILL, the OOM killer)",
                       remedy="Give the build more memory (a larger runner, the builder's memory limit) or use less "
                       "(fewer parallel jobs).")  # fmt: skip
    if (
        f.id in ("dns.no_such_host", "dns.resolve_failed")
        and f.host
        and _OWN_NAME.match(f.host)
        and not CACHE_LINE.search(text)  # a cache server the runner is set up with (act's) is no test service
    ):
        # a compose service or host.docker.internal that does not resolve: the build's own network setup (the
        # name stays the host: it says which service the job lacks)
        return replace(f, id="build.test_service_unreachable", component="build", blame="build",
                       retryable=False, summary="the build's own service name did not resolve (a compose service "
                       "or host.docker.internal that is not there)",
                       remedy="Start the service (and put the job on its network), or use the name it really "
                       "has.")  # fmt: skip
    if f.id == "local.docker_daemon_down" and _SIDECAR_DAEMON.search(text):
        # a dind sidecar (ARC's, Tekton's) the job raced: it starts a moment later, so a retry passes
        return replace(f, retryable=True, summary="the Docker daemon's sidecar (dind) was not up yet",
                       remedy="Retry; wait for the sidecar's socket before the first docker command.")  # fmt: skip
    if f.id == "build.request_rejected":
        # a 4xx is the build's request unless the line says whose protocol it was: a Go module fetch, a
        # registry's /v2/ call, the cache service (_CACHE_IDS, below)
        if _GO_FETCH.search(text) or (f.host and under(f.host, GO_PROXIES)):
            return replace(f, id="goproxy.bad_status", component="goproxy", blame="service")
        if _REGISTRY_CALL.search(text) or _a_registry(f.host):
            return replace(f, id="registry.request_rejected", component="registry", blame="service")
    if f.id.startswith("gha_cache.unreachable") and _ARTIFACT_CALL.search(text):
        return replace(f, id="github.artifact_service_error", component="github", retryable=True,
                       summary="GitHub's artifact service could not be reached",
                       remedy="Retry; a self-hosted runner needs to reach "
                       "results-receiver.actions.githubusercontent.com and its blob storage.")  # fmt: skip
    if (
        f.id == "build.tag_not_found"
        and _MIRROR_MISS.search(text)
        and ("mirror" in (f.host or "") or "from request" in text)
    ):
        # a pull-through cache (mirror.gcr.io, Harbor's proxy project) that could not fetch from its upstream; the
        # same words from Artifact Registry itself (registry.k8s.io, *-docker.pkg.dev) are a tag it does not hold
        return replace(f, id="registry.mirror_miss", component="registry", blame="service",
                       summary="the registry mirror could not fetch the image from its upstream",
                       remedy="Pull from the upstream registry directly, or check the mirror's upstream and "
                       "credentials.")  # fmt: skip
    if f.id == "credentials.push_denied" and _PULL_SCOPE.search(text):
        return replace(f, id="credentials.pull_access_denied", summary="the registry refused to let the job pull "
                       "the image (it does not exist, or is private to this token)")  # fmt: skip
    if f.id in ("registry.dockerhub_pull_limit", "registry.rate_limited") and _LOGIN_LOCKED.search(text):
        return _recast(f, "credentials.login_locked")  # the lockout on a rate-limit line (Docker Hub's 429)
    if f.matched == "structure" and f.component in ("connectivity", "registry") and _ARTIFACT_CALL.search(text):
        # the artifact client's `Failed to FinalizeArtifact: ... Failed request: (500)`: the artifact service's status
        return _recast(f, "github.artifact_service_error", retryable=f.retryable)
    if f.id == "credentials.ecr_token_expired" and f.host and not under(f.host, ("amazonaws.com",)):
        return replace(f, host=None)  # an ECR token is ECR's: a Docker Hub image named above is not its registry
    if f.id == "registry.rate_limited" and f.host == "docker.io":
        return replace(f, id="registry.dockerhub_pull_limit", retryable=False)
    if (
        f.matched == "structure"
        and f.id in _CACHE_IDS
        and (CACHE_LINE.search(text) or (f.host and _CACHE_HOST.search(f.host)))
    ):
        rid, retryable = _CACHE_IDS[f.id]
        # the cache's own host when the line names it (not a base image's registry the step pulled before)
        host = f.host if f.host and _CACHE_HOST.search(f.host) else None
        return replace(f, id=rid, component="gha_cache", retryable=retryable, host=host, blame="service")
    if (
        f.matched == "structure"
        and f.component in ("registry", "credentials")
        and ((f.host and under(f.host, GO_PROXIES)) or _GO_FETCH.search(text))
    ):
        # a Go module fetch's status (`reading https://athens.example/.../@v/list: 504`): the Go proxy's
        return replace(f, component="goproxy", id="goproxy." + f.id.split(".", 1)[1])
    if (
        f.matched == "structure"
        and f.host
        and f.id in ("credentials.registry_refused", "credentials.denied")
        and under(f.host, MIRRORS)
    ):
        # a package mirror asks for no credentials: its 403 is a CDN's or firewall's refusal of this runner
        return replace(f, id="connectivity.forbidden", component="connectivity", retryable=True, blame="service",
                       summary="the package host refused the request (403: a CDN or firewall rule against this "
                       "runner's address, or a rate limit)", remedy="Retry; if it persists, fetch through a mirror "
                       "or proxy that the host does not block.")  # fmt: skip
    if f.matched == "structure" and f.host and f.id in ("registry.server_error", "registry.rate_limited"):
        if under(f.host, MIRRORS) or _PACKAGE_TOOL.search(text):
            return replace(f, id="connectivity.package_mirror", component="connectivity")
        if under(f.host, GITHUB_HOSTS):
            return replace(f, id="github.outage", component="github")
    if f.component in ("connectivity", "dns") and _EMPTY_DIAL.search(text):
        # Go dialled `:22`: no host at all, an empty variable or secret (a fork's pull request gets none)
        return replace(f, id="build.empty_address", component="build", blame="build", host=None, retryable=False,
                       summary="the address the step connected to had no host (a variable or secret that was empty)",
                       remedy="Pass the host's variable or secret to the step (secrets are not given to pull "
                       "requests from forks).")  # fmt: skip
    if f.component == "connectivity" and (m := _LOOKUP_TIMEOUT.search(text)):
        # the innermost failure is the resolver's (`dial tcp: lookup proxy.golang.org: i/o timeout`)
        return replace(f, id="dns.timeout", component="dns", host=m[1].lower(), retryable=True)
    if f.component == "connectivity" and _RESOLVE_PHASE.search(text):
        # curl's (and libcurl's: dnf, composer, git) timeout says which phase ran out: resolving the name
        return replace(f, id="dns.timeout", component="dns", retryable=True)
    if (
        f.component in ("connectivity", "dns")
        and ((f.host and _LOOPBACK.search(" " + f.host)) or _LOOPBACK_URL.search(text))
        and _BUILDKIT_CALL.search(text)
        and not _CRI_PULL.search(text)
    ):
        # a registry on the runner's localhost, unreachable from BuildKit's container (docker-container driver)
        return replace(f, id="builder.network_isolation", component="builder", host=None, retryable=False,
                       blame="build", summary="BuildKit runs in its own container: the runner's localhost is not "
                       "its localhost", remedy="Use the docker driver, driver-opts network=host, or the registry's "
                       "address on the runner's network.")  # fmt: skip
    if (
        f.component in ("connectivity", "dns")
        and f.id != "connectivity.proxy_refused"
        and ((f.host and _LOOPBACK.search(" " + f.host)) or (f.host is None and _LOOPBACK.search(text)))
        and not CACHE_LINE.search(text)
        and not _REGISTRY_CALL.search(text)  # a registry on the runner (the docker CLI's push reaches it)
    ):
        # the build's own services (a test's database on 127.0.0.1:5432): the build, never the network
        return replace(f, id="build.test_service_unreachable", component="build", host=None, retryable=False,
                       blame="build", summary="the build's own test service (on loopback) was not reachable",
                       remedy="Start the service the tests need (a job `services:` entry, docker compose up) "
                       "and wait until it is ready.")  # fmt: skip
    if (
        f.id == "connectivity.timeout"
        and f.host
        and _OWN_INDEX.match(f.host)
        and not under(f.host, PUBLIC_SUFFIXES + MIRRORS)
    ):
        # a company's own package index (pypi.corp.example): from a hosted runner outside its network every
        # attempt times out the same, a re-run included
        return replace(f, id="connectivity.private_index_unreachable", retryable=False, blame="local",
                       summary=f"the job's private package index {f.host} is not reachable from this runner",
                       remedy="Run on a runner inside that network (self-hosted, a VPN step), or use the public "
                       "index.")  # fmt: skip
    if f.component in ("dns", "connectivity") and f.host and under(f.host, RETIRED_HOSTS):
        return _recast(f, "build.distro_eol")  # its release's repositories are gone (mirrorlist.centos.org)
    if (
        f.matched == "structure"
        and f.id in ("registry.server_error", "registry.rate_limited")
        and not _REGISTRY_WORD.search(text)
        and not _a_registry(f.host)
    ):
        # a status on a line that names no registry, image or layer: a package index or download server's
        return replace(f, id="connectivity.package_mirror", component="connectivity")
    if (
        f.component == "dns"
        and f.host
        and (f.id in ("dns.no_such_host", "dns.resolve_failed") or _NO_PUBLIC_NAME.match(f.host))
    ):
        # a well-known public name failing to resolve mid-outage is transient; a private name's is not, nor any
        # resolver failure for a name no public resolver has (one label, *.localhost)
        return replace(f, retryable=under(f.host, PUBLIC_SUFFIXES))
    return f


def _a_registry(host: str | None) -> bool:
    return host is not None and (under(host, REGISTRY_HOSTS) or bool(_ECR.search(host)))
