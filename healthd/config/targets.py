"""Settings of each probe kind, validated once at config load (healthd.config.schema, unknown keys refused).

One class per kind; its `kind` field tells the members of the `Target` union apart. The `Target` union
at the bottom is the one table of kinds, written out so a type checker reads it: `KINDS` is derived from
it, and the probe dispatch (`healthd.probes.kinds.PROBES`, written out there, one module per kind) follows it.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Annotated, Literal, Union, get_args, get_type_hints
from urllib.parse import urlsplit

from healthd.config.schema import Check, Invalid, Tagged, strict_dataclass

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:@/+-]{0,63}")


def _check_name(value: str) -> str:
    if not _NAME.fullmatch(value):
        raise ValueError(
            "must be 1-64 characters of letters, digits and _ . : @ / + -, starting with a letter or digit"
        )
    return value


def _check_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"URL must start with http:// or https://, got {value!r}")
    if not parts.hostname:
        raise ValueError(f"URL has no host: {value!r}")
    if parts.username or parts.password:
        raise ValueError("URL must not carry credentials; give them through the environment")
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as exc:
        raise ValueError(f"URL has a bad port: {value!r}") from exc
    return value


def port_number(text: str) -> int:
    """A port written in a string ('53', from 'host:53') as an int, or ValueError."""
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise ValueError(f"port must be 1-65535, got {text!r}")
    return int(text)


MAX_CONCURRENCY = 8192  # probes in flight at once (daemon.concurrency): each holds a descriptor or two

Name = Annotated[str, _check_name]
Url = Annotated[str, _check_url]
Port = Annotated[int, Check(ge=1, le=65535)]
Seconds = Annotated[float, Check(gt=0)]


@strict_dataclass
class TargetBase:
    """Keys every kind shares. `timeout` is filled from daemon.timeout when absent."""

    name: Name
    timeout: Seconds
    slow_threshold: Seconds | None = None
    attempts: Annotated[int, Check(ge=1, le=5)] = 1

    def __post_init__(self) -> None:
        if self.slow_threshold is not None and self.slow_threshold >= self.timeout:
            raise Invalid(
                f"slow_threshold ({self.slow_threshold:g}s) must be below timeout ({self.timeout:g}s)", "slow_threshold"
            )

    @property
    def slow_after(self) -> float:
        """Latency above which a correct answer counts as degraded (default: half the timeout)."""
        return self.slow_threshold if self.slow_threshold is not None else self.timeout / 2


_HOST_PATTERN = re.compile(r"^(\*|(\*\.)?[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?)$")


def _check_host_pattern(value: str) -> str:
    if not _HOST_PATTERN.match(value):
        raise ValueError(f"allow_hosts takes lower-case host names, '*.domain' or '*', got {value!r}")
    return value


@strict_dataclass
class HttpTargetBase(TargetBase):
    """Keys every HTTP-speaking kind shares: the caps of the shared bounded-HTTP helper.

    `allow_hosts`: hosts besides the target's own that a redirect or token realm may lead to
    (healthd.probes.fetch.allowed_hop).
    """

    max_body_bytes: Annotated[int, Check(ge=1, le=64 * 1024 * 1024)] = 1024 * 1024
    max_redirects: Annotated[int, Check(ge=0, le=20)] = 5
    allow_hosts: tuple[Annotated[str, _check_host_pattern], ...] = ()


@strict_dataclass
class HttpTarget(HttpTargetBase):
    kind: Literal["http"]
    url: Url
    method: Literal["GET", "HEAD"] = "GET"
    expect_status: Annotated[tuple[Annotated[int, Check(ge=100, le=599)], ...], Check(min_len=1)] = (200,)
    expect_content_type: str | None = None
    body_contains: str | None = None


@strict_dataclass
class TcpTarget(TargetBase):
    kind: Literal["tcp"]
    host: Annotated[str, Check(min_len=1, max_len=253)]
    port: Port


# --- dns, statuspage -----------------------------------------------------------------------------

_DNS_LABEL = re.compile(r"^(?!-)[A-Za-z0-9_-]{1,63}(?<!-)$")


def _check_dns_name(value: str) -> str:
    labels = value.removesuffix(".").split(".")
    if len(value) > 253 or not all(_DNS_LABEL.match(label) for label in labels):
        raise ValueError(f"not a DNS name: {value!r}")
    return value


def _nameserver(value: str) -> str:
    """'ip' or 'ip:port' ('[v6]:port') -> the c-ares form 'ip:port' / '[v6]:port'; c-ares takes no host names."""
    host, port = value, "53"
    if value.startswith("["):
        host, sep, rest = value[1:].partition("]")
        if not sep or (rest and not rest.startswith(":")):
            raise ValueError(f"nameserver must be IP or IP:PORT, got {value!r}")
        port = rest[1:] or port
    elif value.count(":") == 1:
        host, port = value.split(":")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise ValueError(f"nameserver must be an IP address (optionally :PORT), got {value!r}") from None
    number = port_number(port)
    return f"[{address}]:{number}" if address.version == 6 else f"{address}:{number}"


@strict_dataclass
class DnsTarget(TargetBase):
    kind: Literal["dns"]
    query: Annotated[str, _check_dns_name]
    record_type: Literal["A", "AAAA", "CAA", "CNAME", "MX", "NAPTR", "NS", "PTR", "SOA", "SRV", "TXT"] = "A"
    nameservers: tuple[Annotated[str, _nameserver], ...] = ()  # empty: the system's resolvers


@strict_dataclass
class StatuspageTarget(HttpTargetBase):
    kind: Literal["statuspage"]
    url: Url  # the status page's base URL; the probe reads {url}/api/v2/components.json
    components: Annotated[tuple[Annotated[str, Check(min_len=1)], ...], Check(min_len=1)]

    @property
    def components_url(self) -> str:
        return self.url.rstrip("/") + "/api/v2/components.json"


# OCI distribution grammar: repository path components and a tag or digest reference.
_REPOSITORY = r"^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$"
_REFERENCE = r"^(?:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}|[a-z0-9]+(?:[+._-][a-z0-9]+)*:[A-Za-z0-9=_-]+)$"


@strict_dataclass
class RegistryTarget(HttpTargetBase):
    kind: Literal["registry"]
    url: Url  # the registry API host, e.g. https://registry-1.docker.io (not the index name docker.io)
    repository: Annotated[str, Check(max_len=255, pattern=_REPOSITORY)]
    reference: Annotated[str, Check(pattern=_REFERENCE)] = "latest"
    # ratelimit-remaining below the floor is degraded. The floor is a share of ratelimit-limit (Docker Hub's
    # published limit has changed several times); an absolute `ratelimit_floor`, when set, wins over the ratio.
    ratelimit_floor_ratio: Annotated[float, Check(ge=0, le=1)] = 0.1
    ratelimit_floor: Annotated[int, Check(ge=0)] | None = None

    def floor(self, limit: int | None) -> float | None:
        """The ratelimit-remaining under which a pull budget counts as low; None when nothing says."""
        if self.ratelimit_floor is not None:
            return float(self.ratelimit_floor)
        return self.ratelimit_floor_ratio * limit if limit else None

    mirror_of: Name | None = None  # the registry target this one mirrors (checked across fields in config.py)
    blob: Annotated[str, Check(pattern=r"^sha256:[0-9a-f]{64}$")] | None = None  # GET, sha256 checked
    # Push permission (healthd.probes.push): this runner's credentials from a Docker config file open a blob
    # upload and cancel it at once, every `push_every` rounds (the verdict carried between, healthd.core.carry).
    push: bool = False
    push_every: Annotated[int, Check(ge=1, le=1000)] = 1
    docker_config: Annotated[str, Check(min_len=1, max_len=4096)] | None = None  # else $DOCKER_CONFIG, ~/.docker

    def __post_init__(self) -> None:
        TargetBase.__post_init__(self)  # slotted dataclasses cannot use a bare super()
        if not self.push and (self.docker_config is not None or self.push_every != 1):
            raise Invalid("docker_config and push_every are for push: true", "push")


def _no_list_separator(value: str) -> str:
    if "," in value or "|" in value:
        raise ValueError(f"a GOPROXY entry cannot contain ',' or '|' (they separate entries): {value!r}")
    return value


@strict_dataclass
class GoproxyTarget(HttpTargetBase):
    kind: Literal["goproxy"]
    url: Annotated[str, _check_url, _no_list_separator]
    private: bool = False  # serves private modules: never placed behind a public proxy nor joined with '|'
    module: Annotated[str, Check(max_len=255, pattern=r"^[A-Za-z0-9][A-Za-z0-9._~/-]*$")]


def github_hosted(url: str) -> bool:
    """Whether `url` is one of GitHub's own hosts (github.com, *.githubusercontent.com, ...)."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in ("github.com", "githubusercontent.com", "ghe.com"))


@strict_dataclass
class GhaCacheTarget(HttpTargetBase):
    kind: Literal["gha_cache"]
    url: Url | None = None  # else ACTIONS_RESULTS_URL (v2) / ACTIONS_CACHE_URL (v1) from the environment
    protocol: Literal["v2", "v1"] = "v2"
    # The runner's own check, `GET {url}health` (2xx with X-GitHub-Request-Id); default: on for GitHub's hosts.
    health_check: bool | None = None

    def __post_init__(self) -> None:
        TargetBase.__post_init__(self)  # slotted dataclasses cannot use a bare super()
        if self.protocol == "v1" and self.url is not None and github_hosted(self.url):
            raise Invalid(V1_AT_GITHUB, "protocol")

    def checks_health(self, url: str) -> bool:
        return self.health_check if self.health_check is not None else github_hosted(url)


V1_AT_GITHUB = (
    "protocol v1 is GitHub's legacy cache service, shut down on 2025-04-15: it answers a JSON shutdown error "
    "that would read as up. Use protocol v2 for GitHub's hosts (v1 is for self-hosted cache servers)"
)


@strict_dataclass
class StatusioTarget(HttpTargetBase):
    kind: Literal["statusio"]
    page_id: Annotated[str, Check(pattern=r"^[0-9a-f]{24}$")]  # e.g. Docker's 533c6539221ae15e3f000031
    components: Annotated[tuple[Annotated[str, Check(min_len=1)], ...], Check(min_len=1)]
    url: Url = "https://api.status.io"  # the API base; the probe reads {url}/1.0/status/{page_id}

    @property
    def status_url(self) -> str:
        return f"{self.url.rstrip('/')}/1.0/status/{self.page_id}"


@strict_dataclass
class SumdbTarget(HttpTargetBase):
    kind: Literal["sumdb"]
    database: Annotated[str, _check_dns_name] = "sum.golang.org"  # the GOSUMDB name, and its signer's key name
    url: Url | None = None  # the database's own base URL; default https://{database}
    proxy: Url | None = None  # a GOPROXY entry to reach the database through, as the go command does

    @property
    def direct_url(self) -> str:
        return (self.url or f"https://{self.database}").rstrip("/")


@strict_dataclass
class BuildxTarget(TargetBase):
    """The runner's active buildx builder, asked locally (`docker buildx inspect`, `docker info`)."""

    kind: Literal["buildx"]
    docker: Annotated[str, Check(min_len=1, max_len=4096)] = "docker"  # executable name on PATH, or a path
    max_output_bytes: Annotated[int, Check(ge=1024, le=16 * 1024 * 1024)] = 256 * 1024


def _kind_of(settings: type[TargetBase]) -> str:
    kind: str = get_args(get_type_hints(settings)["kind"])[0]
    return kind


# The one table of probe kinds, the config's `Target` union: a new kind is a class above, a member
# here, and `healthd/probes/<kind>.py` with `async def probe(target, ctx) -> ProbeResult`.
Target = Annotated[
    Union[  # noqa: UP007 - a typing.Union, as healthd.config.schema reads it
        HttpTarget,
        TcpTarget,
        RegistryTarget,
        GoproxyTarget,
        GhaCacheTarget,
        DnsTarget,
        StatuspageTarget,
        StatusioTarget,
        SumdbTarget,
        BuildxTarget,
    ],
    Tagged("kind", "probe kind"),
]

# kind name -> settings class, in the union's order
KINDS: dict[str, type[TargetBase]] = {_kind_of(settings): settings for settings in get_args(get_args(Target)[0])}
