"""The held-out corpus (tests/data/diagnose_corpus.json, built by a research helper from GitHub threads the
catalog did not use; see each entry's `source`): the matcher was written from the `tune` split only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from healthd.diagnose.matcher import CATALOG, diagnose, redact
from healthd.diagnose.report import render
from healthd.formats import registry_name

CORPUS = json.loads((Path(__file__).parent / "data" / "diagnose_corpus.json").read_text())
# the development set (tests/data/dev/build.py: other threads, never the corpus's or the reference's): the matcher
# was tuned on it, so its floor is a regression check, not a generalisation figure
DEV = json.loads((Path(__file__).parent / "data" / "diagnose_dev.json").read_text())
# measured 3001/4255 = 70.5% with batches 63-118 (63-66, 67-70, 71-74, 75-78, 80, 81-84, 85-88, 89-92, 93-94,
# 95-96+98, 97+99-100, 101-103, 104-106, 107-109, 110-112, 113-115, 116-118: blind 84/159, 78/147, 69/156, 88/156,
# 4/27, 80/161, 95/158, 70/148, 15/44, 54/112, 53/107, 56/106, 70/106, 54/116, 72/113, 58/123, 46/109; after their rules
# 107/159, 103/147, 93/156, 105/156, 14/27, 95/161, 114/158, 93/148, 27/44, 70/112, 69/107, 70/106, 79/106, 80/116,
# 82/113, 72/123, 67/109); the floor sits under it (0.71 until batches 101-103, whose blind half pulled the figure
# under it)
DEV_FLOOR = 0.70
HELDOUT_FLOOR = 0.83  # measured 138/162 = 85.2% (136 before a cache service's failures and a token's refusals named
# the host on their line, 132 before batches 43-70; the goal of issue 25, 0.90, is not met)


def _host(host: str | None) -> str:
    """A host as the score compares it: Docker Hub's names (registry-1.docker.io, auth.docker.io, ...) are one
    service, docker.io, as healthd's own target matching has them (formats.registry_name)."""
    return registry_name(host or "")


def _named(entry: dict[str, Any]) -> bool:
    x = entry["expect"]
    d = diagnose([entry["log"]])
    found = ([*d.also] + ([d.cause] if d.cause else [])) if x.get("fatal") is False else [d.cause] if d.cause else []
    causes = {x["cause"], *x.get("also_ok", [])}
    hosts = {_host(h) for h in (x["host"], *x.get("host_alt", []))}
    return any(
        (f.component == x["component"] or f.id in causes) and f.retryable == x["retryable"]
        and _host(f.host) in hosts
        for f in found
    )  # fmt: skip


def _blames_a_service(entry: dict[str, Any]) -> bool:
    """A failure of the build itself answered as retryable and not the build's: "retry, the service failed". A
    retryable answer that still blames the build (its own database still starting) blames no service."""
    x, cause = entry["expect"], diagnose([entry["log"]]).cause
    return x["blame"] == x["component"] == "build" and cause is not None and cause.retryable and cause.blame != "build"


def test_heldout_score_and_no_build_failure_blamed_on_a_service() -> None:
    heldout = [e for e in CORPUS if e["split"] == "heldout"]
    score = sum(_named(e) for e in heldout) / len(heldout)
    assert score >= HELDOUT_FLOOR, f"heldout {score:.1%}"
    assert [e["id"] for e in CORPUS if _blames_a_service(e)] == []


# a second, independent reading of the held-out logs (tests/data/diagnose_heldout_relabel.json): two annotators who
# saw only the log text, never the original labels, the threads or the matcher; it measures what the log alone decides
RELABEL = json.loads((Path(__file__).parent / "data" / "diagnose_heldout_relabel.json").read_text())
ANNOTATORS_AGREE_FLOOR = 0.90  # measured 147/162 = 90.7% (13 disagree on retryable, 2 on host, 0 on component)
# measured 139/162 = 85.8% against the second reading (137 before those hosts; 139 before refusals stopped being
# retryable too: the second reading, from the log alone, calls two refusals retryable that the threads showed were not)
SECOND_READING_FLOOR = 0.84
BOTH_READINGS_FLOOR = 0.88  # measured 133/147 = 90.5% where the two readings agree (131 before those hosts)


def _as_expect(label: dict[str, Any]) -> dict[str, Any]:
    """The second reading in the corpus's `expect` form (its alternatives as also-acceptable hosts)."""
    return {"component": label["component"], "cause": label["cause"], "retryable": label["retryable"],
            "host": label["host"], "host_alt": label.get("alt_hosts", []), "fatal": label.get("fatal", True),
            "components": {label["component"], *label.get("alt_components", [])}}  # fmt: skip


def _agrees(original: dict[str, Any], second: dict[str, Any]) -> bool:
    hosts = {_host(h) for h in (original["host"], *original.get("host_alt", []))}
    causes = {original["cause"], *original.get("also_ok", [])}
    return (
        (original["component"] in second["components"] or second["cause"] in causes)
        and original["retryable"] == second["retryable"]
        and bool(hosts & {_host(h) for h in (second["host"], *second["host_alt"])})
    )  # fmt: skip


def test_heldout_against_a_second_reading_of_the_logs() -> None:
    heldout = {e["id"]: e for e in CORPUS if e["split"] == "heldout"}
    assert RELABEL.keys() == heldout.keys()
    second = {i: _as_expect(label) for i, label in RELABEL.items()}
    agree = sum(_agrees(heldout[i]["expect"], second[i]) for i in heldout) / len(heldout)
    assert agree >= ANNOTATORS_AGREE_FLOOR, f"annotators agree on {agree:.1%}"
    both = [e for i, e in heldout.items() if _agrees(e["expect"], second[i])]
    assert sum(map(_named, both)) / len(both) >= BOTH_READINGS_FLOOR
    named = 0
    for i, e in heldout.items():
        x = second[i]
        d = diagnose([e["log"]])
        found = ([*d.also] + ([d.cause] if d.cause else [])) if x["fatal"] is False else [d.cause] if d.cause else []
        hosts = {_host(h) for h in (x["host"], *x["host_alt"])}
        named += any(
            (f.component in x["components"] or f.id == x["cause"]) and f.retryable == x["retryable"]
            and _host(f.host) in hosts
            for f in found
        )  # fmt: skip
    assert named / len(heldout) >= SECOND_READING_FLOOR, f"second reading {named / len(heldout):.1%}"


# dev entries labelled the build's from what their thread learned later, whose log alone reads as a service's
# transient error (a repository host that answered 502 for months before it was retired, a Harbor 1.6 that answers 500
# for a project that does not exist, a 502 from a load balancer that drops a 46 MB upload, an Athens answering 500 for
# a module path that is wrong or typo'd, an artifact download-all broken by another action's artifact, a GitLab runner
# pointed at the wrong port of its server, a Dockerfile's GOPROXY=direct leaning on gopkg.in while it answered 502,
# name lookups in a sandbox with no network by design (flatpak-builder, pre-commit.ci four times), npm 7's own
# socket-timeout bug, a hosted runner lost to the build's own parallel make, a registry name misspelt as another real
# domain, azureacr.io, that answers 503 (a placeholder in its host: the typo check reads none), npm 7's socket bug in
# an action's own image, an unpinned openssl that rejects the runner's certificate store, a container with no network
# by design whose pip still asks the index, a lock file that still names an npm caching proxy its maintainer once ran,
# which now answers 502, a yum mirror's metalink warning beside an empty build argument the Makefile would have set, a
# MyGet feed its owners removed, whose service index no longer loads, pre-commit.ci's sandbox five more times, a
# Dockerfile with a carriage return that crashes BuildKit's parser (its client reads only a dropped connection), a
# webhook whose endpoint was not deployed yet, an ARM chroot whose resolv.conf points into a /run never mounted, a
# package builder's sandbox with no network by design whose cargo still looks up index.crates.io, a Hugo that strips the
# runner's proxy variables from its go subprocess, an offline node's kubelet pulling a :latest image it already has,
# a package's tests run in a distribution builder with no network by design, unit tests whose own 1 s deadline reads
# as a context deadline, a build whose own parallelism starved its runner until it lost the server): listed, not hidden
ONLY_THE_THREAD_TELLS = {
    "net_gradle.83e95162",
    "registry.97f02af7",
    "sec_supply_chain.60234d9d",
    "goproxy.1421ab75",
    "goproxy.cd3ae737",
    "github.1db76062",
    "ci_systems.98acb947",
    "build.96377c64",
    "build.b8a30bfc",
    "package_managers.00501175",
    "package_managers.2dddc425",
    "package_managers.c0465bd0",
    "dns.11b1311c",
    "dns.5e29c25a",
    "build.daefde3e",
    "registry.4be6a61c",
    "net_npm.49927bfa",
    "python_packaging.ab2be677",
    "python_packaging.bf638ce6",
    "net_npm.4b31b02c",
    "net_rpm.0e592edf",
    "packages.d1653c91",
    "dns.4bdec142",
    "dns.539385d4",
    "dns.9686cda9",
    "dns.9c598e35",
    "connectivity.ee610b96",
    "dns.973bf77e",
    "dns.d98879cd",
    "builder.a490a962",
    "net_cargo.61db3f8a",
    "goproxy.216b607f",
    "registry.e546ceaf",
    "build.86b5d9ab",
    "build.881ad7bf",
    "local.1fed3c2a",
}


def test_dev_score_and_no_build_failure_blamed_on_a_service() -> None:
    score = sum(_named(e) for e in DEV) / len(DEV)
    assert score >= DEV_FLOOR, f"dev {score:.1%}"
    assert [e["id"] for e in DEV if e["id"] not in ONLY_THE_THREAD_TELLS and _blames_a_service(e)] == []
    # an entry the matcher no longer blames on a service leaves the list, so it cannot hide a later regression
    assert sorted(e["id"] for e in DEV if e["id"] in ONLY_THE_THREAD_TELLS and not _blames_a_service(e)) == []


def test_redaction_of_every_credential_form() -> None:
    line = (
        "failed: HTTPS://user:SECRET1@registry.example.com/v2/ ftp://u:SECRET2@files.example.com/x "
        "https://u:p@ss@SECRET3@h.example.com/ https://blob.example.com/c?sig=SECRET4 "
        "https://blob.example.com/c#sig=SECRET5"
    )
    out = redact(line)
    assert not any(f"SECRET{i}" in out for i in range(1, 6)), out
    d = diagnose([f"Error response from daemon: {line}: unexpected EOF\n"])
    assert d.cause and "SECRET" not in d.cause.evidence


def test_control_characters_never_reach_the_text_answer() -> None:
    log = "progress\r\x1b]0;title\x07\x08\x08Error: connect ECONNREFUSED 10.0.0.9:443\x1b]8;;http://x\x07\x9b\r\n"
    text = render(diagnose([log]), "text")
    assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in text), repr(text)


def test_every_pattern_is_linear_time_and_a_pathological_log_is_answered() -> None:
    # linear time by construction: every catalog and fallback pattern is RE2 (bench/diagnose.py measures it; with
    # `re` one such 8 KiB line took 2.4-3.1 s)
    assert all(type(p).__module__.startswith("re2") for s in CATALOG for p in s.patterns)
    line = 'failed to compute cache key"' * 290 + "not found\n"
    d = diagnose([(line * 128).encode()])  # 1 MiB of lines that backtrack catastrophically in `re`
    assert d.cause is not None and d.cause.component == "build" and d.lines == 128
