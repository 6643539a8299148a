"""healthd diagnose: every signature against real-shaped logs (tests/logs/, one small file per shape), the
matcher's invariants (chunking, prefixes, long lines), the answers, the CLI and POST /diagnose."""

from __future__ import annotations

import asyncio
import json
import re
import sys
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from hypothesis import given, settings
from hypothesis import strategies as st

from healthd.diagnose.catalog import SIGNATURES
from healthd.diagnose.hosts import image_host
from healthd.diagnose.matcher import (
    CATALOG,
    MAX_LINE_BYTES,
    WEAK_LOOKBACK,
    Finding,
    Scanner,
    diagnose,
    load_catalog,
    normalize,
)
from healthd.diagnose.report import health_lines, render
from healthd.diagnose.structure import STRUCTURE
from tests.support import ROOT, free_port

LOGS = Path(__file__).resolve().parent / "logs"
HEALTHD = [sys.executable, "-m", "healthd"]

# log file, where the finding lands ("cause", "also" or "none"), id, component, host, 1-based line
CASES = [
    ("build_compile_error.log", "cause", "build.compile_error", "build", None, 7),  # the error the wrapper reports
    ("build_step_failed.log", "cause", "build.step_failed", "build", None, 9),  # ... when the output names none
    ("build_copy_failed_legacy.log", "cause", "build.missing_file", "build", None, 2),
    ("build_go_checksum_mismatch.log", "cause", "build.go_checksum_mismatch", "build", None, 2),
    ("build_image_not_loaded.log", "cause", "build.image_not_loaded", "build", None, 2),
    ("build_invalid_reference.log", "cause", "build.invalid_reference", "build", None, 2),
    ("build_manifest_unknown_cli.log", "cause", "build.tag_not_found", "build", "ghcr.io", 2),
    ("build_missing_file.log", "cause", "build.missing_file", "build", None, 10),
    ("build_no_such_image.log", "cause", "build.image_not_loaded", "build", "ghcr.io", 2),
    ("build_step_failed_legacy.log", "cause", "build.step_failed", "build", None, 4),
    ("build_step_timeout.log", "cause", "build.step_timeout", "build", None, 3),
    ("build_tag_not_found.log", "cause", "build.tag_not_found", "build", "docker.io", 6),
    ("builder_bootstrap_502.log", "cause", "registry.server_error", "registry", "docker.io", 3),
    ("builder_cache_export_pre_v012.log", "cause", "builder.cache_export_unsupported", "builder", None, 2),
    ("builder_cache_export_v012.log", "cause", "builder.cache_export_unsupported", "builder", None, 3),
    ("builder_connection_lost_grpc_v025.log", "cause", "builder.connection_lost", "builder", None, 2),
    ("builder_connection_lost_rpc.log", "cause", "builder.connection_lost", "builder", None, 3),
    ("local_grpc_too_many_pings.log", "cause", "local.grpc_too_many_pings", "local", None, 3),  # not BuildKit's EOF
    ("builder_init_failed.log", "cause", "builder.init_failed", "builder", None, 6),
    ("builder_init_rate_limited.log", "cause", "registry.dockerhub_pull_limit", "registry", "docker.io", 4),
    ("builder_manifest_list.log", "cause", "builder.manifest_list_load", "builder", None, 4),
    ("builder_manifest_list_buildx.log", "cause", "builder.manifest_list_load", "builder", None, 1),
    ("builder_session_timeout.log", "cause", "builder.session_timeout", "builder", None, 2),
    ("connectivity_broken_pipe.log", "cause", "connectivity.reset", "connectivity", "ghcr.io", 1),
    ("connectivity_client_timeout.log", "cause", "connectivity.client_timeout", "connectivity", "docker.io", 4),
    (
        "connectivity_eof.log",
        "cause",
        "connectivity.eof",
        "connectivity",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com",
        2,
    ),
    (
        "connectivity_go_unquoted_tls.log",
        "cause",
        "connectivity.tls_handshake_timeout",
        "connectivity",
        "proxy.golang.org",
        1,
    ),
    ("connectivity_io_timeout.log", "cause", "connectivity.timeout", "connectivity", "docker.io", 1),
    ("connectivity_refused.log", "cause", "connectivity.refused", "connectivity", "registry.acme.internal:5000", 2),
    (
        "connectivity_network_unreachable.log",
        "cause",
        "connectivity.network_unreachable",
        "connectivity",
        "proxy.golang.org",
        2,
    ),
    ("connectivity_proxyconnect.log", "cause", "connectivity.proxy_refused", "connectivity", "proxy.golang.org", 1),
    ("builder_multiplatform_unsupported.log", "cause", "builder.multiplatform_unsupported", "builder", None, 2),
    (
        "credentials_ecr_token_expired.log",
        "cause",
        "credentials.ecr_token_expired",
        "credentials",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com",
        3,
    ),
    ("credentials_insufficient_scope.log", "cause", "credentials.insufficient_scope", "credentials", "docker.io", 4),
    ("credentials_push_denied.log", "cause", "credentials.push_denied", "credentials", "quay.io", 4),
    ("build_dockerfile_parse.log", "cause", "build.dockerfile_parse", "build", None, 2),
    ("build_dockerfile_missing.log", "cause", "build.dockerfile_missing", "build", None, 3),
    ("build_job_timeout.log", "cause", "build.job_timeout", "build", None, 2),
    ("build_job_canceled.log", "cause", "build.job_canceled", "build", None, 5),
    ("goproxy_config_invalid.log", "cause", "goproxy.config_invalid", "goproxy", None, 2),
    ("goproxy_bad_status_gone.log", "cause", "goproxy.bad_status", "goproxy", "proxy.golang.org", 2),
    ("goproxy_server_status.log", "cause", "goproxy.server_status", "goproxy", "goproxy.io", 2),
    ("gha_cache_toolkit_throttled.log", "also", "gha_cache.toolkit_throttled", "gha_cache", None, 2),
    ("connectivity_reset.log", "cause", "connectivity.reset", "connectivity", "ghcr.io", 2),
    ("connectivity_sumdb_timeout.log", "cause", "connectivity.timeout", "connectivity", "sum.golang.org", 1),
    ("connectivity_tls_handshake.log", "cause", "connectivity.tls_handshake_timeout", "connectivity", "docker.io", 1),
    (
        "connectivity_x509.log",
        "cause",
        "connectivity.untrusted_certificate",
        "connectivity",
        "registry.corp.example",
        1,
    ),
    ("credentials_ghcr_installation.log", "cause", "credentials.ghcr_write_denied", "credentials", "ghcr.io", 1),
    ("credentials_ghcr_write_denied.log", "cause", "credentials.ghcr_write_denied", "credentials", "ghcr.io", 3),
    (
        "credentials_no_basic_auth.log",
        "cause",
        "credentials.no_basic_auth",
        "credentials",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com",
        2,
    ),
    (
        "credentials_pull_access_denied_buildkit.log",
        "cause",
        "credentials.pull_access_denied",
        "credentials",
        "ghcr.io",
        4,
    ),
    (
        "credentials_pull_access_denied_cli.log",
        "cause",
        "credentials.pull_access_denied",
        "credentials",
        "docker.io",
        2,
    ),
    ("credentials_token_2022.log", "cause", "credentials.token_failed", "credentials", "ghcr.io", 2),
    ("credentials_token_failed.log", "cause", "credentials.token_failed", "credentials", "docker.io", 2),
    ("credentials_unauthorized.log", "cause", "credentials.unauthorized", "credentials", "docker.io", 3),
    ("dns_eai_again.log", "cause", "dns.temporary_failure", "dns", "registry-1.docker.io", 1),
    # the step's output line, not BuildKit's re-print of it in the summary
    ("dns_go_server_misbehaving.log", "cause", "dns.server_misbehaving", "dns", "proxy.golang.org", 2),
    ("dns_no_such_host.log", "cause", "dns.no_such_host", "dns", "registry-1.docker.io", 2),
    ("dns_temporary_failure.log", "cause", "dns.temporary_failure", "dns", "deb.debian.org", 4),
    ("dns_timeout.log", "cause", "dns.timeout", "dns", "ghcr.io", 1),
    ("gha_backoff_timeout.log", "cause", "gha_cache.backoff_timeout", "gha_cache", None, 5),
    ("gha_bad_response.log", "cause", "gha_cache.bad_response", "gha_cache", None, 2),
    ("gha_blob_missing.log", "cause", "gha_cache.blob_missing", "gha_cache", None, 2),
    (
        "gha_connection_closed.log",
        "cause",
        "gha_cache.connection_closed",
        "gha_cache",
        "acghubeus1.actions.githubusercontent.com",
        2,
    ),
    ("gha_legacy_shutdown.log", "cause", "gha_cache.legacy_shutdown", "gha_cache", None, 2),
    ("gha_no_token.log", "cause", "gha_cache.no_token", "gha_cache", None, 2),
    ("gha_outage_400_html.log", "cause", "gha_cache.outage", "gha_cache", None, 4),
    ("gha_outage_502_html.log", "cause", "gha_cache.outage", "gha_cache", None, 2),
    ("gha_outage_503.log", "cause", "gha_cache.outage", "gha_cache", None, 2),
    ("gha_range_416.log", "cause", "gha_cache.blob_missing", "gha_cache", "artifactcache.blob.core.windows.net", 2),
    ("gha_throttled.log", "cause", "gha_cache.throttled", "gha_cache", None, 2),
    ("gha_v2_reserve.log", "cause", "gha_cache.v2_write_failed", "gha_cache", None, 5),
    ("goproxy_403.log", "cause", "goproxy.forbidden", "goproxy", "proxy.golang.org", 1),
    ("goproxy_404.log", "cause", "goproxy.not_found", "goproxy", "proxy.golang.org", 2),
    ("goproxy_502.log", "cause", "goproxy.server_error", "goproxy", "goproxy.cn", 1),
    ("goproxy_fetch_failed.log", "cause", "goproxy.fetch_failed", "goproxy", "goproxy.internal.example", 1),
    ("goproxy_sumdb_410.log", "cause", "goproxy.not_found", "goproxy", "sum.golang.org", 1),
    ("healthy.log", "none", None, None, None, None),
    ("registry_400_manifest.log", "cause", "registry.request_rejected", "registry", "ghcr.io", 2),
    ("registry_401_head.log", "cause", "credentials.registry_refused", "credentials", "registry.example.com", 2),
    ("registry_429_v213.log", "cause", "registry.rate_limited", "registry", "quay.io", 2),
    ("registry_500_post.log", "cause", "registry.server_error", "registry", "ghcr.io", 2),
    ("registry_502_rpc_old.log", "cause", "registry.server_error", "registry", None, 2),
    ("registry_dockerhub_limit_cli.log", "cause", "registry.dockerhub_pull_limit", "registry", "docker.io", 2),
    ("registry_dockerhub_limit_old.log", "cause", "registry.dockerhub_pull_limit", "registry", "docker.io", 2),
    ("registry_dockerhub_limit_v213.log", "cause", "registry.dockerhub_pull_limit", "registry", "docker.io", 2),
    ("registry_gcr_shutdown.log", "cause", "registry.gcr_shutdown", "registry", "gcr.io", 2),
    ("registry_metadata_timeout.log", "cause", "registry.metadata_timeout", "registry", "docker.io", 6),
    ("toolkit_enotfound.log", "also", "gha_cache.unreachable_dns", "dns", None, 2),
    ("toolkit_etimedout.log", "also", "gha_cache.unreachable", "connectivity", None, 2),
    ("toolkit_quota.log", "also", "gha_cache.quota", "gha_cache", None, 2),
    ("toolkit_rate_limited.log", "also", "gha_cache.rate_limited", "gha_cache", None, 2),
    ("toolkit_reserve.log", "also", "gha_cache.reserve_conflict", "gha_cache", None, 2),
    ("toolkit_restore_400.log", "also", "gha_cache.client_refused", "gha_cache", None, 2),
    ("toolkit_restore_503.log", "also", "gha_cache.service_error", "gha_cache", None, 2),
]


def _finding(name: str, slot: str) -> Finding | None:
    diagnosis = diagnose([(LOGS / name).read_bytes()])
    if slot == "also":
        assert diagnosis.cause is None, diagnosis.cause
        return diagnosis.also[0]
    return diagnosis.cause


def test_context_across_blank_lines_survives_every_chunk_boundary() -> None:
    # the context a hit reads walks over blank lines: the lines kept between chunks must reach as far
    log = (b"/bin/tar -xz -f /home/runner/work/_temp/1/cache.tgz -C /home/runner/.npm\n\ngzip: stdin: unexpected end"
           b" of file\n" + b"/bin/tar: Unexpected EOF in archive\n" * 2 + b"npm ERR! cb() never called!\n")  # fmt: skip
    whole = diagnose([log])
    assert [f.id for f in whole.also] == ["gha_cache.corrupt_archive"]
    assert all(diagnose([log[:cut], log[cut:]]) == whole for cut in range(1, len(log)))


def test_a_url_alone_below_its_error_survives_every_chunk_boundary() -> None:
    # the line below a hostless finding is read when it arrives, in the same chunk or the next one
    log = b"Fetching nokogiri-1.15.0.gem\nGem::RemoteFetcher::UnknownHostError: timed out\n(https://rubygems.org/g/n.gem)\n"
    whole = diagnose([log])
    assert whole.cause and whole.cause.host == "rubygems.org"
    assert all(diagnose([log[:cut], log[cut:]]) == whole for cut in range(1, len(log)))


@pytest.mark.parametrize(("name", "slot", "sid", "component", "host", "line"), CASES, ids=[c[0] for c in CASES])
def test_signature_log(name: str, slot: str, sid: str | None, component: str | None, host: str | None, line) -> None:
    finding = _finding(name, slot)
    if slot == "none":
        assert finding is None
        return
    assert (finding.id, finding.component, finding.host, finding.line) == (sid, component, host, line)
    assert finding.evidence and finding.summary and finding.remedy


def test_every_signature_has_a_log_and_every_log_a_row() -> None:
    # every catalog signature has a log; a row may name a structural rule (the error a wrapper reports)
    assert {s["id"] for s in SIGNATURES} <= {c[2] for c in CASES if c[2]} <= {s["id"] for s in SIGNATURES + STRUCTURE}
    assert {c[0] for c in CASES} == {p.name for p in LOGS.glob("*.log")}
    listed = (ROOT / "docs" / "diagnose.md").read_text()
    assert [s["id"] for s in SIGNATURES if f"| `{s['id']}` |" not in listed] == []
    # ... and its row's component and retryable columns say what the signature does (a flip updates the docs)
    row = re.compile(r"^\| `([\w.]+)` \| (\w+) \| (yes|no) \|", re.M)
    documented = {m[1]: (m[2], m[3] == "yes") for m in row.finditer(listed)}
    assert [s["id"] for s in SIGNATURES if documented.get(s["id"]) != (s["component"], s["retryable"])] == []


def test_builds_own_errors_never_blame_a_service() -> None:
    for name in ("build_compile_error.log", "build_missing_file.log", "build_tag_not_found.log"):
        cause = diagnose([(LOGS / name).read_bytes()]).cause
        assert cause is not None and cause.component == "build" and not cause.retryable, name
    assert diagnose([(LOGS / "healthy.log").read_bytes()]).as_dict() == {"cause": None, "also": []}


def test_a_package_manager_with_no_cache_path_is_a_skipped_save() -> None:
    log = ["Post job cleanup.\n", "Cache folder paths are not retrieved for pnpm with cache-dependency-path =\n"]
    d = diagnose(log)
    assert d.cause is None and [(f.id, f.fatal) for f in d.also] == [("gha_cache.path_missing", False)]


def test_a_missing_cache_from_image_is_a_warning_the_build_survived() -> None:
    d = diagnose(["#7 importing cache manifest from ghcr.io/acme/app:branch-main\n",
                  "#7 ERROR: ghcr.io/acme/app:branch-main: not found\n"])  # fmt: skip
    assert d.cause is None and [(f.id, f.fatal) for f in d.also] == [("gha_cache.cache_import_missing", False)]


def test_a_cache_archive_that_would_not_unpack_is_a_skipped_restore() -> None:
    log = ("/usr/bin/tar: ../go/pkg/mod/x/config.json: Cannot open: File exists\n"
           "Warning: Failed to restore: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with "
           "exit code 2\nmain.go:3:1: syntax error: non-declaration statement outside function body\n")  # fmt: skip
    d = diagnose([log])
    assert d.cause is not None and d.cause.id == "build.compile_error"
    # the tar line says why the restore was skipped: files already there
    assert [(f.id, f.retryable) for f in d.also] == [("gha_cache.unarchive_failed", False),
                                                     ("gha_cache.restore_failed", False)]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "sid"),
    [
        ("Warning: Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no "
         "cache is being saved.", "gha_cache.path_missing"),
        ("Warning: Failed to save: Cache size of ~6148 MB (6446280578 B) is over the 10GB limit, not saving cache.",
         "gha_cache.too_large"),
        ("Warning: Cache upload failed because file read failed with ESPIPE: invalid seek, read",
         "gha_cache.upload_read_failed"),
        ("Warning: You are running out of disk space. The runner will stop working when the machine runs out of "
         "disk space. Free space left: 61 MB", "local.disk_low"),
        # the cache SAVE's tar (`-cf` just above) failing is the cached paths' problem, not a broken download
        ("/usr/bin/tar --posix --use-compress-program zstd -T0 -cf cache.tzst -P -C /home/runner/work/x/x "
         "--files-from manifest.txt\nWarning: Tar failed with error: The process '/usr/bin/tar' failed with exit "
         "code 1", "gha_cache.archive_create_failed"),
        # ... while a restore's (`-xf`) stays a corrupt or cut-short archive
        ("/usr/bin/tar --use-compress-program zstd -d -xf /home/runner/work/_temp/1/cache.tzst -P -C /w/x\n"
         "Warning: Tar failed with error: The process '/usr/bin/tar' failed with exit code 2",
         "gha_cache.corrupt_archive"),
        # BuildKit skips a cache manifest over the 1 MiB it reads and builds without that cache
        ("#6 importing cache manifest from ghcr.io/acme/app:cache\nWARN: The command 'importing cache manifest from "
         "ghcr.io/acme/app:cache' failed: blob sha256:cc49eb7d is too large (1582515 > 1048576)",
         "builder.cache_import_too_large"),
        # actions/cache v1's own words for its save's tar failing
        ("/bin/tar -cz -f /home/runner/work/_temp/28e5/cache.tgz -C /home/runner/work/x/x .\n##[warning]The process "
         "'/bin/tar' failed with exit code 2", "gha_cache.archive_create_failed"),
        ("Warning: Failed to save: Unable to extract blobName and containerName with provided information.",
         "gha_cache.server_url_unusable"),
        ("[command]/usr/bin/tar -xf /tmp/fe9e/cache.tzst -P -C /workspace/app --use-compress-program unzstd\n"
         "zstd: /*stdin*\\: unsupported format", "gha_cache.archive_unreadable"),
    ],
)  # fmt: skip
def test_cache_and_runner_warnings_are_not_the_cause(line: str, sid: str) -> None:
    d = diagnose([line + "\nmain.go:3:1: syntax error: non-declaration statement outside function body\n"])
    assert d.cause is not None and d.cause.id == "build.compile_error"
    assert [f.id for f in d.also] == [sid]


def test_a_number_inside_a_url_is_no_status_for_any_code() -> None:
    for code in (404, 429, 403, 500, 503):
        log = f"see https://github.com/o/r/issues/{code} for details\nError: Process completed with exit code 1.\n"
        assert diagnose([log]).cause is None, code
    assert diagnose(["Get https://r.example.com/v2/: 503 Service Unavailable\n"]).cause.id == "registry.server_error"


def test_a_runner_cache_refusal_and_an_archive_that_would_not_unpack_are_survived_warnings() -> None:
    d = diagnose(["Checking cache for default-1...\nFATAL: received: 403 Forbidden\nFailed to extract cache\n"
                  "Failed to unarchive cache\nError: Process completed with exit code 1.\n"])  # fmt: skip
    assert d.cause is None
    assert [f.id for f in d.also] == ["gha_cache.runner_cache_refused", "gha_cache.unarchive_failed"]


def test_a_cache_client_failure_that_is_the_logs_last_word_ended_the_job() -> None:
    gradle = ("FAILURE: Build failed with an exception.\n\n* What went wrong:\nCould not load entry 2e89 from remote "
              "build cache\n> org.apache.http.ConnectionClosedException: Premature end of Content-Length delimited "
              "message body (expected: 5229544; received: 4263892)\n")  # fmt: skip
    d = diagnose([gradle])
    assert d.cause and (d.cause.id, d.cause.retryable, d.cause.fatal) == ("gha_cache.remote_cache_failed", True, True)
    act = ("| Error: getCacheEntry failed: Cache Service Url not found, unable to restore cache.\n|     at /actions/"
           "main.js:45734:15\nError: Process completed with exit code 1.\n")  # fmt: skip
    assert (c := diagnose([act]).cause) and (c.id, c.retryable) == ("gha_cache.no_token", False)
    # the build went on after it (the failure came later, in words no rule knows): a warning, not the cause
    d = diagnose([act.replace("Error: Process", "more output\n" * 6 + "Error: Process")])
    assert d.cause is None and [f.id for f in d.also] == ["gha_cache.no_token"]


def test_a_cache_backend_error_is_a_warning_the_job_survives() -> None:
    log = ("Run actions/cache/save@v4\nWarning: An internal error has occurred in cache backend. Please check "
           "https://www.githubstatus.com/ for any ongoing issue in actions.\n")  # fmt: skip
    d = diagnose([log])
    assert [(f.id, f.retryable, f.fatal) for f in d.also] == [("gha_cache.backend_error", True, False)]


def test_a_skipped_cache_restore_goes_in_also_before_the_cause() -> None:
    log = (LOGS / "toolkit_restore_503.log").read_text() + (LOGS / "gha_outage_400_html.log").read_text()
    diagnosis = diagnose([log])
    assert diagnosis.cause.id == "gha_cache.outage" and diagnosis.cause.line == 3 + 4
    assert [f.id for f in diagnosis.also] == ["gha_cache.service_error"]


def test_a_go_tests_failure_report_is_the_tests_but_a_passing_tests_log_line_is_nothing() -> None:
    failing = "--- FAIL: TestPing (1.77s)\n    client_test.go:232: subscribe error: context deadline exceeded\nFAIL\n"
    cause = diagnose([failing]).cause
    assert cause is not None and (cause.id, cause.retryable) == ("build.test_failed", False)
    passing = "=== RUN   TestCache\n    cache_test.go:41: warmed 12 entries\n--- PASS: TestCache\n"
    assert diagnose([passing]).cause is None


def test_a_step_failure_defers_to_the_failure_just_before_it_only() -> None:
    dns = (LOGS / "dns_eai_again.log").read_text()
    step = 'ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 2\n'
    assert diagnose([dns + "noise\n" * 10 + step]).cause.id == "dns.temporary_failure"
    far = diagnose([dns + "noise\n" * (WEAK_LOOKBACK + 1) + step]).cause
    assert far.id == "build.step_failed" and far.line == WEAK_LOOKBACK + 3


def test_secrets_in_urls_never_reach_the_evidence() -> None:
    cause = diagnose([(LOGS / "gha_range_416.log").read_bytes()]).cause
    assert "SECRETSIGNATURE" not in cause.evidence and "blob.core.windows.net/cache/abc?…" in cause.evidence
    cause = diagnose(['failed to do request: Head "https://bob:hunter2@reg.example/v2/": EOF\n']).cause
    assert "hunter2" not in cause.evidence and cause.host == "reg.example"


CHUNKABLE = sorted(p.name for p in LOGS.glob("*.log"))


@settings(max_examples=60, deadline=None)
@given(name=st.sampled_from(CHUNKABLE), cuts=st.lists(st.integers(min_value=0, max_value=4000), max_size=12))
def test_chunk_boundaries_never_change_the_answer(name: str, cuts: list[int]) -> None:
    data = (LOGS / name).read_bytes()
    points = sorted({c % (len(data) + 1) for c in cuts})
    chunks = [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True)]
    assert diagnose(chunks) == diagnose([data])


@settings(max_examples=40, deadline=None)
@given(
    name=st.sampled_from(CHUNKABLE),
    prefix=st.sampled_from(
        ["2024-05-01T10:02:03.1234567Z ", "\x1b[36;1m", "##[error]", "2025-01-02T03:04:05Z ##[error]"]
    ),
)
def test_timestamps_colour_and_annotations_never_change_the_answer(name: str, prefix: str) -> None:
    text = (LOGS / name).read_text()
    bare = re.compile(r"^(?!\d{4}-\d\d-\d\dT|##\[)")  # lines GitHub has not prefixed already
    prefixed = "".join(prefix + line if bare.match(line) else line for line in text.splitlines(keepends=True))
    assert diagnose([prefixed]) == diagnose([text])


def test_normalize_strips_every_prefix_github_and_buildkit_add() -> None:
    raw = "2024-05-01T10:02:03.1234567Z ##[error]\x1b[31m#13 0.512 ERROR: boom\x1b[0m\r\n"
    assert normalize(raw) == ("ERROR: boom", "")
    assert normalize("##[warning]Failed to save: x") == ("Failed to save: x", "cache_step")
    assert normalize("W: Failed to fetch http://deb.debian.org/") == (
        "W: Failed to fetch http://deb.debian.org/",
        "warning",
    )


def test_a_long_log_keeps_line_numbers_and_bounded_memory() -> None:
    scanner = Scanner()
    noise = b"#12 3.1 compiling crate serde v1.0.197 with a rather long line of build output\n" * 1000
    for _ in range(40):  # 3 MiB in 64 KiB pieces, split mid-line
        for i in range(0, len(noise), 65536):
            scanner.feed(noise[i : i + 65536])
    scanner.feed(b"x" * (3 * MAX_LINE_BYTES))  # a line far longer than the cap, ending in the cause
    assert len(scanner._carry) <= MAX_LINE_BYTES
    scanner.feed(b' Get "https://ghcr.io/v2/": net/http: TLS handshake timeout\nafter\n')
    diagnosis = scanner.finish()
    assert diagnosis.cause.id == "connectivity.tls_handshake_timeout"
    assert diagnosis.cause.line == 40_001 and diagnosis.lines == 40_002


def test_image_references_name_their_registry() -> None:
    assert image_host("alpine:3") == image_host("library/alpine") == "docker.io"
    assert image_host("ghcr.io/acme/app:1.2") == "ghcr.io"
    assert image_host("localhost:5000/app") == "localhost:5000"


def test_a_malformed_catalog_entry_is_refused_by_name() -> None:
    entry = dict(SIGNATURES[0])
    with pytest.raises(ValueError, match=r"build\.missing_file: bad component"):
        load_catalog([dict(entry, component="cloud")])
    with pytest.raises(ValueError, match="missing"):
        load_catalog([{k: v for k, v in entry.items() if k != "remedy"}])
    with pytest.raises(ValueError, match="unknown keys"):
        load_catalog([dict(entry, colour="red")])
    assert len(CATALOG) == len(SIGNATURES) + len(STRUCTURE)


# --- answers -----------------------------------------------------------------------------------------------
STRATEGY = {
    "round": 42,
    "updated_at": "2026-11-24T10:02:00Z",
    "stale": False,
    "components": {
        "registries": {
            "targets": [
                {
                    "name": "docker.io",
                    "kind": "registry",
                    "status": "down",
                    "reason": "html_error_page",
                    "detail": "HTTP 503",
                },
                {"name": "ghcr.io", "kind": "registry", "status": "up", "reason": "ok", "detail": "fine"},
            ]
        },
        "dns": {"targets": [{"name": "system-docker.io", "kind": "dns", "status": "up", "reason": "ok", "detail": ""}]},
        "gha_cache": {"targets": [{"name": "results-receiver", "kind": "gha_cache", "status": "up", "reason": "ok"}]},
    },
}


def _cause(name: str) -> Finding:
    return diagnose([(LOGS / name).read_bytes()]).cause


def test_health_names_the_targets_watching_the_failing_host() -> None:
    lines = health_lines(STRATEGY, _cause("registry_dockerhub_limit_v213.log"))
    assert lines == [
        "healthd now (round 42, as of 2026-11-24T10:02:00Z):",
        "registries/docker.io: down, html_error_page: HTTP 503",
    ]
    dns = health_lines(STRATEGY, _cause("dns_no_such_host.log"))
    assert dns[1:] == ["dns/system-docker.io: up, ok"]
    gha = health_lines(STRATEGY, _cause("gha_outage_400_html.log"))
    assert gha[1:] == ["gha_cache/results-receiver: up, ok"]
    assert health_lines(STRATEGY, _cause("build_compile_error.log")) == []
    assert health_lines(None, _cause("gha_outage_400_html.log")) == []


def test_health_says_which_side_a_failure_is_on_with_the_fleet_view() -> None:
    import copy

    strategy = copy.deepcopy(STRATEGY)
    docker = strategy["components"]["registries"]["targets"][0]
    docker.update(fleet={"up": 41, "peers": 42}, scope="local")
    lines = health_lines(strategy, _cause("registry_dockerhub_limit_v213.log"))
    assert lines[1] == "registries/docker.io: down, html_error_page: HTTP 503 [here only, up for 41 of 42 peers]"
    docker.update(fleet={"up": 2, "peers": 42}, scope="fleet")
    assert health_lines(strategy, _cause("registry_dockerhub_limit_v213.log"))[1].endswith("[fleet-wide, 42 peers]")


def test_json_is_exactly_the_contract() -> None:
    doc = json.loads(render(diagnose([(LOGS / "gha_outage_400_html.log").read_bytes()]), "json", ["ignored"]))
    assert set(doc) == {"cause", "also"}
    assert set(doc["cause"]) == {
        "id", "component", "host", "retryable", "blame", "matched", "summary", "remedy", "line", "evidence"
    }  # fmt: skip
    assert doc["cause"]["matched"] == "signature"
    assert json.loads(render(diagnose([b"all good\n"]), "json")) == {"cause": None, "also": []}


def test_markdown_and_text_carry_cause_remedy_and_health() -> None:
    diagnosis = diagnose([(LOGS / "registry_dockerhub_limit_v213.log").read_bytes()])
    health = health_lines(STRATEGY, diagnosis.cause)
    markdown = render(diagnosis, "markdown", health)
    assert markdown.startswith("### Build log diagnosis: `registry`: Docker Hub's pull rate limit was reached")
    assert "| host | `docker.io` |" in markdown and "**Remedy:**" in markdown
    assert "- `registries/docker.io: down, html_error_page: HTTP 503`" in markdown
    text = render(diagnosis, "text", health)
    assert "cause: registry:" in text and "line 2: toomanyrequests" in text and "healthd now (round 42" in text


# --- CLI ---------------------------------------------------------------------------------------------------
async def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        *HEALTHD, *args, cwd=ROOT, stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(stdin), 30)
    return proc.returncode, out.decode(), err.decode()


@pytest.fixture
async def daemon(serve_app) -> str:
    """A stand-in daemon answering /strategy with STRATEGY."""

    async def strategy(request: web.Request) -> web.Response:
        return web.json_response(STRATEGY)

    app = web.Application()
    app.router.add_get("/strategy", strategy)
    return str((await serve_app(app)).make_url("")).rstrip("/")


async def test_cli_reads_files_as_one_log_and_asks_the_daemon(daemon: str) -> None:
    noise, limit = LOGS / "healthy.log", LOGS / "registry_dockerhub_limit_v213.log"
    code, out, err = await run("diagnose", str(noise), str(limit), "--json")
    assert code == 0, err
    cause = json.loads(out)["cause"]
    assert cause["id"] == "registry.dockerhub_pull_limit" and cause["line"] == 13 + 2
    code, out, _ = await run("diagnose", str(limit), "--format", "markdown", "--url", daemon)
    assert code == 0 and "- `registries/docker.io: down, html_error_page: HTTP 503`" in out
    code, out, _ = await run("diagnose", "-", "--url", daemon, stdin=limit.read_bytes())
    assert code == 0 and "healthd now (round 42" in out and "registries/docker.io: down" in out


async def test_cli_without_a_daemon_still_answers_and_exits_0() -> None:
    code, out, err = await run("diagnose", "--url", f"http://127.0.0.1:{free_port()}", stdin=b"all good\n")
    assert code == 0 and out.startswith("no known infrastructure failure in this log (1 lines)"), err


async def test_cli_refuses_unreadable_input_with_exit_2(tmp_path: Path) -> None:
    for path in (tmp_path / "missing.log", tmp_path):
        code, out, err = await run("diagnose", str(LOGS / "healthy.log"), str(path))
        assert code == 2 and out == "" and "Traceback" not in err, err
        assert err.startswith(f"healthd: cannot read {path}: "), err
    code, _, err = await run("diagnose", "--format", "yaml", stdin=b"")
    assert code == 2 and "unknown format 'yaml'" in err


# --- POST /diagnose ----------------------------------------------------------------------------------------
@pytest.fixture
async def api():
    from healthd.config.load import parse_config
    from healthd.daemon.scheduler import Scheduler
    from healthd.daemon.serve import assemble

    config = parse_config("""
components:
  net: {weight: 100, targets: [{name: closed, kind: tcp, host: 127.0.0.1, port: 1, timeout: 0.5}]}
strategies:
  - {name: emergency, min_score: 0}
""")
    async with Scheduler(config, env={}) as scheduler:
        client = TestClient(TestServer(assemble(scheduler), host="127.0.0.1"))
        await client.start_server()
        yield client, scheduler
        await client.close()


async def test_post_diagnose_answers_the_same_json(api) -> None:
    client, _ = api
    body = (LOGS / "connectivity_proxyconnect.log").read_bytes()
    response = await client.post("/diagnose", data=body)
    assert response.status == 200 and response.content_type == "application/json"
    assert await response.json() == diagnose([body]).as_dict()
    bad = await client.post("/diagnose?format=yaml", data=body)
    assert bad.status == 400


async def test_post_diagnose_markdown_adds_the_daemons_own_health(api) -> None:
    client, scheduler = api
    await scheduler.run_round()
    response = await client.post(
        "/diagnose?format=markdown", data=(LOGS / "connectivity_proxyconnect.log").read_bytes()
    )
    text = await response.text()
    assert response.status == 200 and response.content_type == "text/markdown"
    assert "`connectivity`" in text and "- `net/closed: down, connect_refused" in text


async def test_post_diagnose_caps_the_body(api) -> None:
    from healthd.daemon.diagnose_route import MAX_BODY_BYTES

    client, _ = api
    declared = await client.post("/diagnose", data=b"x" * (MAX_BODY_BYTES + 1))
    assert declared.status == 413

    async def stream():  # chunked: no Content-Length, the cap applies while reading
        for _ in range(MAX_BODY_BYTES // (1 << 20) + 1):
            yield b"y" * (1 << 20)

    chunked = await client.post("/diagnose", data=stream())
    assert chunked.status == 413
    assert (await client.get("/healthz")).status == 200


_APT = "W: Failed to fetch http://{0}.ubuntu.com/d/InRelease  Temporary failure resolving '{0}.ubuntu.com'"
_RUN_FAILED = 'process "/bin/sh -c apt-get install curl" did not complete successfully: exit code: 100'
REPRINTED = "\n".join([
    "#7 70.4 " + _APT.format("archive"), "#7 70.4 " + _APT.format("security"), "#7 70.5 E: Unable to locate package x",
    "#7 ERROR: " + _RUN_FAILED, "------", " > [2/3] RUN apt-get install curl:", "70.4 " + _APT.format("security"),
    "70.5 E: Unable to locate package x", "------", "ERROR: failed to solve: " + _RUN_FAILED,
])  # fmt: skip


# the structural families added with `healthd run` (issue 25): (log, id, component, host, retryable)
FAMILIES = [
    # batch 94: a binary download's 5xx in its own block (Cypress's postinstall), and a 403 from storage for a
    # prebuilt binary or headers nobody published (node-pre-gyp, node-gyp): the build's, not the credentials'
    ("URL: https://download.cypress.io/desktop/3.1.3?platform=linux&arch=x64\nError: Failed downloading the Cypress "
     "binary.\nResponse code: 503\nResponse message: Service Unavailable", "connectivity.package_mirror",
     "connectivity", "download.cypress.io", True),
    ("Error: 403 status code downloading tarball https://mapbox-node-binary.s3.amazonaws.com/fontnik/v0.4.8/"
     "node-v47-linux-x64.tar.gz", "build.download_not_found", "build", "mapbox-node-binary.s3.amazonaws.com", False),
    ("gyp http GET https://atom.io/download/atom-shell/v0.25.1/iojs-v0.25.1.tar.gz\ngyp http 403 "
     "https://atom.io/download/atom-shell/v0.25.1/iojs-v0.25.1.tar.gz", "build.download_not_found", "build",
     "atom.io", False),
    # batch 93: a build definition over the builder's gRPC message limit, an image over the layer limit, a named
    # buildx builder that does not exist here
    ("ERROR: failed to receive status: rpc error: code = ResourceExhausted desc = grpc: received message larger than "
     "max (44865299 vs. 16777216)", "builder.message_too_large", "builder", None, False),
    ("failed to solve: failed to register layer: max depth exceeded", "build.base_image_too_many_layers", "build",
     None, False),
    ('ERROR: no builder "builder-27f86516" found\n  Process "buildx dial-stdio" exited with code 1',
     "builder.builder_missing", "builder", None, False),
    # batches 90 and 92: runner machines (an unschedulable job pod, a registration deleted or refused, the daemon's
    # iptables chains gone, root-owned or unwritable workspace files), a fixed container name another run left (and
    # BuildKit's own, which stays the builder's), a remote builder without an endpoint, a proxy's 413 on a push,
    # podman's `Trying to pull IMAGE...` naming the registry
    ('Unschedulable: "0/2 nodes are available: 1 Insufficient cpu, 1 Insufficient memory."\nWaiting for pod '
     "ns/runner-x to be running, status is Pending", "local.job_pod_unschedulable", "local", None, True),
    ("Failed to create a session. The runner registration has been deleted from the server, please re-configure.",
     "local.runner_registration_expired", "local", None, False),
    ("gitlab-runner    | ERROR: Checking for jobs... forbidden               runner=cnqGqEov",
     "local.runner_registration_expired", "local", None, False),
    ("docker: Error response from daemon: driver failed programming external connectivity on endpoint jaeger (49fb):  "
     "(iptables failed: iptables --wait -t filter -A DOCKER ! -i docker0 -o docker0 -p tcp -d 172.17.0.2 --dport "
     "16686 -j ACCEPT: iptables: No chain/target/match by that name.", "local.docker_network_broken", "local", None,
     False),
    ("Error: EACCES: permission denied, unlink '/home/runner/_work/a/a/.pytest_cache/.gitignore'",
     "local.permission_denied", "local", None, False),
    ("mkdir: cannot create directory '/jobs': Permission denied", "local.permission_denied", "local", None, False),
    ('docker: Error response from daemon: Conflict. The container name "/fabric8-wit-local-build" is already in use '
     "by container 9538a456620e. You have to remove (or rename) that container to be able to reuse that name..",
     "build.container_name_conflict", "build", None, False),
    ('Error response from daemon: Conflict. The container name "/buildx_buildkit_default" is already in use by '
     'container "8c2af9bd48c7". You have to remove (or rename) that container to be able to reuse that name.',
     "builder.stale_container", "builder", None, False),
    # ... and in older docker's words, the container id unquoted
    ('Error response from daemon: Conflict. The container name "/buildx_buildkit_default" is already in use by '
     "container 8c2af9bd48c7. You have to remove (or rename) that container to be able to reuse that name.",
     "builder.stale_container", "builder", None, False),
    ("  /usr/bin/docker buildx create --name builder-1 --driver remote --use\n  ERROR: no remote endpoint provided",
     "builder.remote_addr_invalid", "builder", None, False),
    ("FATA[0005] Error pushing to registry: Server error: 413 trying to push foo/bar blob - sha256:985c",
     "registry.body_too_large", "registry", None, False),
    ("Trying to pull registry.fedoraproject.org/fedora:41...\nError: copying system image from manifest list: "
     "parsing image configuration: fetching blob: received unexpected HTTP status: 502 Bad Gateway",
     "registry.server_error", "registry", "registry.fedoraproject.org", True),
    # batch 91: refs the repository does not have (git's, cargo's pinned commit), git's ssh:// in an image without
    # ssh, and GitHub's LFS quota (its own words name its host)
    ("unable to prepare context: unable to 'git clone' to temporary context directory: error fetching: fatal: "
     "couldn't find remote ref master", "build.ref_not_found", "build", None, False),
    ("Cloning into 'gtk'...\nwarning: Could not find remote branch %GTKTAG% to clone.\nfatal: Remote branch %GTKTAG% "
     "not found in upstream origin", "build.ref_not_found", "build", None, False),
    ("    Updating git repository `https://github.com/AstarNetwork/astar-frame`\nCaused by:\n  Unable to update "
     "https://github.com/AstarNetwork/astar-frame?branch=feature/xcmp-assets#ceacb032\n\nCaused by:\n  object not "
     "found - no match for id (ceacb032de373409213)", "build.ref_not_found", "build", "github.com", False),
    ("npm error command git --no-replace-objects ls-remote ssh://git@github.com/whiskeysockets/libsignal-node.git\n"
     "npm error ssh -oStrictHostKeyChecking=accept-new: 1: ssh: not found", "build.tool_not_on_path", "build", None,
     False),
    ("batch response: This repository is over its data quota. Account responsible for LFS bandwidth should purchase "
     "more data packs to restore access.", "github.lfs_quota", "github", "github.com", False),
    # a Go fetch whose socket error says the container has no route at all: no network, not the proxy's outage
    ("go: cloud.google.com/go@v0.57.0: Get https://proxy.golang.org/cloud.google.com/go/@v/v0.57.0.mod: dial tcp: "
     "lookup proxy.golang.org on 192.168.65.1:53: dial udp 192.168.65.1:53: connect: network is unreachable",
     "connectivity.network_unreachable", "connectivity", "proxy.golang.org", False),
    # batches 85-87: yum's and gem's missing packages, a yum mirror mid-sync, Ruby's refused TLS handshake, a
    # reference go-containerregistry refuses, ECR's throttled login, a Go too old for its stdlib imports or a
    # vendored build with GOPROXY=off, an HTTP/2 reset quoted without its stream ID, Harbor in read-only mode, a
    # git server's own 500
    ("No package mongodb-server available.\nError: Nothing to do", "build.package_not_found", "build", None, False),
    ("ERROR:  Could not find a valid gem 'mimemagic' (= 0.3.5) in any repository", "build.package_version_missing",
     "build", None, False),
    ("http://mirror.team-cymru.com/epel/7/x86_64/repodata/repomd.xml: [Errno -1] repomd.xml does not match metalink "
     "for epel\nTrying other mirror.", "connectivity.mirror_out_of_sync", "connectivity", "mirror.team-cymru.com",
     True),
    ("Unable to download data from https://rubygems.org/ - SSL_connect returned=1 errno=0 peeraddr=151.101.193.227:443 "
     "state=error: sslv3 alert handshake failure (SSL alert number 40) (https://rubygems.org/specs.4.8.gz)",
     "connectivity.tls_refused", "connectivity", "rubygems.org", False),
    ("error pushing image: getting tag for destination: repository can only contain the runes "
     "`abcdefghijklmnopqrstuvwxyz0123456789_-./`: /10.0.0.5:8500/tekton-pipelines/leeroy-web",
     "build.invalid_reference", "build", None, False),
    ("An error occurred (ThrottlingException) when calling the GetAuthorizationToken operation: Rate exceeded",
     "registry.rate_limited", "registry", None, True),
    ('build github.com/ThomasHabets/cmdg/cmd/cmdg: cannot load io/fs: malformed module path "io/fs": missing dot in '
     "first path element", "build.go_module_config", "build", None, False),
    ("go: bazil.org/fuse@v0.0.0-20191225072544-27e78e7d88df: module lookup disabled by GOPROXY=off",
     "build.go_module_config", "build", None, False),
    ("proxy.golang.org/.../genqlient@v0.8.1: stream error; INTERNAL_ERROR; received from peer",
     "connectivity.stream_reset", "connectivity", None, True),
    ("dd60b611baaa: Preparing\ndenied: The system is in read only mode. Any modification is not prohibited.",
     "registry.read_only", "registry", None, True),
    ("# cd .; git clone https://go.googlesource.com/sys /drone/src/golang.org/x/sys\nCloning into "
     "'/drone/src/golang.org/x/sys'...\nfatal: remote error: Internal Server Error\npackage golang.org/x/sys/unix: "
     "exit status 128", "connectivity.origin_server_error", "connectivity", "go.googlesource.com", True),
    # the build's own services and setup, read from batch 88: a compose name redis-py cannot resolve inside a build,
    # PostgreSQL's JDBC refusal on loopback, a COPY outside the context, a project in GOPATH, a secret not passed,
    # a script without its execute bit, javac through Maven; npm's `403 Forbidden - GET URL` from a package host
    ("redis.exceptions.ConnectionError: Error -2 connecting to redis:6379. Name or service not known.",
     "build.test_service_unreachable", "build", "redis", False),
    ("org.postgresql.util.PSQLException: Connection to localhost:5433 refused. Check that the hostname and port are "
     "correct and that the postmaster is accepting TCP/IP connections.", "build.test_service_unreachable", "build",
     None, False),
    ("Step 3/13 : COPY ../../go.mod go.mod\nCOPY failed: forbidden path outside the build context: ../../go.mod ()",
     "build.missing_file", "build", None, False),
    ("STEP 3/3: RUN go build\n$GOPATH/go.mod exists but should not", "build.go_module_config", "build", None, False),
    ("#5 0.219 cat: can't open '/run/secrets/GMAIL_ACCOUNT': No such file or directory", "build.secret_missing",
     "build", None, False),
    ("/bin/sh: 1: ./gradlew: Permission denied", "build.script_not_executable", "build", None, False),
    ("[ERROR] /usr/src/app/src/test/java/com/example/demo/App.java:[10,33] package org.testcontainers.ollama does not "
     "exist", "build.compile_error", "build", None, False),
    ("403 Forbidden - GET https://registry.npmjs.org/strip-ansi/-/strip-ansi-6.0.1.tgz", "connectivity.forbidden",
     "connectivity", "registry.npmjs.org", True),
    # retired hosts (Apache's git mirror, the gopkgs.com vanity service): the build's, whatever the protocol said
    ("go: git.apache.org/thrift.git@v0.0.0-20180902110319-2566ecd5d999: git fetch -f https://git.apache.org/thrift.git "
     "refs/heads/*:refs/heads/* in /go/pkg/mod/cache/vcs/83db: exit status 128:\n\tfatal: unable to access "
     "'https://git.apache.org/thrift.git/': Failed to connect to git.apache.org port 443: Connection timed out",
     "build.retired_repository", "build", "git.apache.org", False),
    ("Parsing meta tags from http://gopkgs.com/geoip.v1?go-get=1 (status code 502)\nimport \"gopkgs.com/geoip.v1\": "
     "parse http://gopkgs.com/geoip.v1?go-get=1: no go-import meta tags", "build.retired_repository", "build",
     "gopkgs.com", False),
    # Artifact Registry's own words for a tag it lacks (registry.k8s.io, *-docker.pkg.dev) are no mirror's miss
    ('Error response from daemon: manifest for registry.k8s.io/sig-storage/livenessprobe:v2.13.0 not found: manifest '
     'unknown: Failed to fetch "v2.13.0"', "build.tag_not_found", "build", "registry.k8s.io", False),
    # GNU timeout's exit status: the job's own `timeout N` wrapper killed the step
    ("#17 CANCELED\nERROR: failed to solve: Canceled: context canceled\nError: Process completed with exit code 124.",
     "build.killed_by_timeout", "build", None, False),
    ("unable to resolve docker endpoint: open /certs/client/ca.pem: no such file or directory",
     "local.docker_env_misconfigured", "local", None, False),
    # the JavaScript package managers' integrity checks against the lock file
    ("npm ERR! code EINTEGRITY\nnpm ERR! sha512-abc integrity checksum failed when using sha512: wanted sha512-abc "
     "but got sha512-def. (1234 bytes)", "build.checksum_mismatch", "build", None, False),
    ('error https://registry.npmjs.org/@semantic-release/npm/-/npm-7.0.5.tgz: Integrity check failed for '
     '"@semantic-release/npm" (computed integrity doesn\'t match our records, got "sha512-D+oE")',
     "build.checksum_mismatch", "build", "registry.npmjs.org", False),
    (' ERROR  Got unexpected checksum for "https://registry.npmjs.org/spdx-correct/-/spdx-correct-3.1.1.tgz". Wanted '
     '"sha512-lr2E". Got "sha512-cOYc".', "build.checksum_mismatch", "build", "registry.npmjs.org", False),
    ("Restore s3 cache failed: unable to verify the first certificate", "connectivity.untrusted_certificate",
     "connectivity", None, False),
    # setup-uv's cache: no lock file for its glob, or a cache uv never made
    ("Error: No file matched to [**/uv.lock], make sure you have checked out the target repository",
     "gha_cache.path_missing", "gha_cache", None, False),
    ("Error: Cache path /home/runner/.cache/uv does not exist on disk. This likely indicates that there are no "
     "dependencies to cache.", "gha_cache.path_missing", "gha_cache", None, False),
    ("Run actions/cache@v2\nError: Input required and not supplied: key", "gha_cache.key_missing", "gha_cache", None,
     False),
    ("##[error]The template is not valid. hashFiles('/home/runner/work/a/a/target') failed. Search pattern "
     "'/home/runner/work/a/a/target' doesn't match any file under '/home/runner/work/a/a'", "gha_cache.key_missing",
     "gha_cache", None, False),
    # a restore extracting over files already there (actions/cache's `../..` paths outside the workspace)
    ("Error: /usr/bin/tar: ../../../go/pkg/mod/sigs.k8s.io/yaml@v1.3.0/yaml_test.go: Cannot open: File exists",
     "gha_cache.unarchive_failed", "gha_cache", None, False),
    # `docker run`/`docker create` pulling an image it lacks: the image it could not find names the registry
    ("Unable to find image 'quay.io/pypa/manylinux2010_x86_64:2020-05-20' locally\n2020-05-20: Pulling from "
     "pypa/manylinux2010_x86_64\nff50d722b382: Pulling fs layer\n787ede1d770a: Pulling fs layer\n2ad9f556ae72: "
     "Waiting\nb9a4fdae1434: Waiting\nerror pulling image configuration: received unexpected HTTP status: 502 Bad "
     "Gateway", "registry.server_error", "registry", "quay.io", True),
    # tar's pipe to its compressor breaks when zstd runs out of disk: the disk, not a network reset
    ("zstd: error 70 : Write error : cannot write block : No space left on device \n/usr/bin/tar: cache.tzst: Cannot "
     "write: Broken pipe\n/usr/bin/tar: Error is not recoverable: exiting now", "local.disk_full", "local", None,
     False),
    ("write tcp 10.0.2.15:51090->54.83.42.45:443: write: broken pipe", "connectivity.reset", "connectivity",
     "54.83.42.45", True),
    ("main.go:3:1: syntax error: non-declaration statement outside function body", "build.compile_error", "build",
     None, False),
    ("ERROR: failed to solve: DeadlineExceeded: context deadline exceeded", "connectivity.timeout", "connectivity",
     None, True),
    ('ERROR: failed to do request: Head "https://ghcr.io/v2/a/b/manifests/1": context deadline exceeded',
     "connectivity.timeout", "connectivity", "ghcr.io", True),
    ("E: Failed to fetch http://archive.ubuntu.com/ubuntu/pool/main/x.deb  Connection failed [IP: 91.189.91.39 80]",
     "connectivity.timeout", "connectivity", "archive.ubuntu.com", True),
    ("curl: (28) Failed to connect to github.com port 443 after 130000 ms: Connection timed out",
     "connectivity.timeout", "connectivity", "github.com", True),
    ("ssh: connect to host github.com port 22: Connection timed out", "connectivity.timeout", "connectivity",
     "github.com", True),
    # a burst of apt warnings: the first source that failed names the host; the job's end is apt's E: line
    ("W: Failed to fetch http://deb.debian.org/debian/dists/x/InRelease  Temporary failure resolving 'deb.debian.org'\n"
     "W: Failed to fetch https://download.docker.com/linux/x/InRelease  Temporary failure resolving "
     "'download.docker.com'\nE: Unable to locate package curl", "dns.temporary_failure", "dns", "deb.debian.org", True),
    # nothing else ended the job: the network failure pip warned about is the cause
    ("WARNING: Retrying (Retry(total=4)) after connection broken by 'NewConnectionError(...: Failed to establish a new "
     "connection: [Errno -3] Temporary failure in name resolution')': /simple/pillow/\nError: Process completed with "
     "exit code 1.", "dns.temporary_failure", "dns", None, True),
    ("#9 exporting to GitHub Actions Cache\n#9 ERROR: Signing certificate with thumbprint 94 not found in store\n"
     "------\n > exporting to GitHub Actions Cache:\n------\nERROR: failed to solve: Signing certificate with "
     "thumbprint 94 not found in store", "gha_cache.export_failed", "gha_cache", None, False),
    # apk inside a RUN step: the mirror's failure, not the generic RUN failure after it
    ("#8 5.1 ERROR: https://dl-cdn.alpinelinux.org/alpine/v3.19/main: temporary error (try again later)\n"
     '#8 ERROR: process "/bin/sh -c apk add curl" did not complete successfully: exit code: 1',
     "connectivity.package_mirror", "connectivity", "dl-cdn.alpinelinux.org", True),
    # issue 25, second pass (families from the dev set, tests/data/diagnose_dev.json)
    ("Run docker push 12.dkr.ecr.us-east-1.amazonaws.com/a:1\nThe push refers to repository "
     "[12.dkr.ecr.us-east-1.amazonaws.com/a]\n5f70bf18a086: Retrying in 1 second\nEOF", "connectivity.eof",
     "connectivity", "12.dkr.ecr.us-east-1.amazonaws.com", True),
    ('#6 30.1 npm ERR! network request to https://registry.npmjs.org/x failed, reason: read ECONNRESET\n'
     '#6 ERROR: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1', "connectivity.reset",
     "connectivity", "registry.npmjs.org", True),
    # a network error inside a RUN step names no host of the step's base image
    ("#2 [internal] load metadata for docker.io/library/node:20\n#6 24.7 npm ERR! network read ETIMEDOUT",
     "connectivity.timeout", "connectivity", None, True),
    ("npm ERR! 503 Service Unavailable - GET https://registry.npmjs.org/left-pad", "connectivity.package_mirror",
     "connectivity", "registry.npmjs.org", True),
    ("fatal: unable to access 'https://github.com/o/r/': The requested URL returned error: 502", "github.outage",
     "github", "github.com", True),
    ("Could not fetch URL https://pypi.org/simple/pip/: There was a problem confirming the ssl certificate: "
     "HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/pip/ (Caused by "
     "SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed')))",
     "connectivity.untrusted_certificate", "connectivity", "pypi.org", False),
    ("exec /usr/local/bin/entrypoint: exec format error", "builder.exec_format", "builder", None, False),
    ('#9 ERROR: failed to push localhost:5000/a:1: failed to do request: Head "http://localhost:5000/v2/a/blobs/x": '
     "dial tcp 127.0.0.1:5000: connect: connection refused", "builder.network_isolation", "builder", None, False),
    ('go: x@v1: Get "https://goproxy.cn/x/@v/v1.mod": dial tcp: lookup goproxy.cn: i/o timeout', "dns.timeout", "dns",
     "goproxy.cn", True),
    # (the dind service's own name, `docker`, is the host: the name that did not resolve)
    ("$ docker info\nerror during connect: Get \"http://docker:2375/v1.24/info\": dial tcp: lookup docker on "
     "10.0.0.2:53: no such host", "local.docker_daemon_down", "local", "docker", False),
    ('Error: failed commit on ref "manifest-sha256:ab": cannot reuse body, request must be retried',
     "registry.cannot_reuse_body", "registry", None, True),
    ("Error: Failed to CreateCacheEntry: Received non-retryable error: Failed request: (500) Internal Server Error",
     "gha_cache.service_error", "gha_cache", None, True),
    ("/bin/tar -xz -f /home/runner/work/_temp/1/cache.tgz -C /home/runner/.npm\n/bin/tar: Unexpected EOF in archive\n"
     "Error: Process completed with exit code 2.", None, None, None, None),
    ("Step 1/9 : FROM public.ecr.aws/sam/build-python3.7\ntoomanyrequests: Rate exceeded", "registry.rate_limited",
     "registry", "public.ecr.aws", True),
    ("go: x@v1: reading https://proxy.golang.org/x/@v/v1.zip: 404 Not Found\n\tserver response: not found: fetch "
     "timed out", "goproxy.fetch_timeout", "goproxy", "proxy.golang.org", True),
    ("fatal: could not read Username for 'https://github.com': terminal prompts disabled", "credentials.git_auth",
     "credentials", "github.com", False),
    # fourth pass: the host from the rest of the error, not only its own line
    # npm spreads one failure over `npm ERR!` lines: the URL below the code (and above it) names the host
    ("npm ERR! code ECONNRESET\nnpm ERR! errno ECONNRESET\nnpm ERR! network Invalid response body while trying to "
     "fetch https://registry.npmjs.org/x: aborted", "connectivity.reset", "connectivity", "registry.npmjs.org", True),
    ("npm ERR! fetch failed https://registry.npmjs.org/x/-/x-1.tgz\nnpm ERR! network read ECONNRESET",
     "connectivity.reset", "connectivity", "registry.npmjs.org", True),
    # ... but never a later, unrelated line's URL
    ("npm ERR! code ETIMEDOUT\nRun curl -fsS https://example.org/ping", "connectivity.timeout", "connectivity", None,
     True),
    ("Unable to find image 'quay.io/o/i:1' locally\ndocker: Error response from daemon: received unexpected HTTP "
     "status: 502 Bad Gateway.", "registry.server_error", "registry", "quay.io", True),
    ('Retrying "registry.example.com/v2/a:latest" after 2.00s (1 of 3) due to: Error: received unexpected HTTP '
     "status: 500 Internal Server Error", "registry.server_error", "registry", "registry.example.com", True),
    # BuildKit re-prints a RUN step's last lines in its error summary: not a later failure of another host
    (REPRINTED, "dns.temporary_failure", "dns", "archive.ubuntu.com", True),
    # a Docker Hub tag on the build's command or `tags:` line is the push's registry
    ("Run docker buildx build -t dtest -t user/app:1 --push .\n#21 ERROR: server message: insufficient_scope: "
     "authorization failed", "credentials.insufficient_scope", "credentials", "docker.io", False),
    ("Run docker/build-push-action@v6\n  with:\n    push: true\n    tags: user/app:latest\nERROR: server message: "
     "insufficient_scope: authorization failed", "credentials.insufficient_scope", "credentials", "docker.io", False),
    # the runner's own `docker --config DIR pull IMAGE` (job containers, services)
    ("  /usr/bin/docker --config /tmp/.d pull ghcr.io/o/i:latest\n  Error response from daemon: manifest unknown",
     "build.tag_not_found", "build", "ghcr.io", False),
    # a lost upload session: mostly a flake a re-run passes (3 of 4 on the development set)
    ("The push refers to a repository [registry.example.com/team/app]\n93c7: Retrying in 2 seconds\n"
     "blob upload unknown", "registry.upload_lost", "registry", "registry.example.com", True),
    ("info There appears to be trouble with your network connection. Retrying...\nerror Command failed.",
     "connectivity.yarn_retries", "connectivity", None, True),
    ('error An unexpected error occurred: "https://registry.yarnpkg.com/f/-/f-3.1.0.tgz: unexpected end of file".',
     "connectivity.cut_short", "connectivity", "registry.yarnpkg.com", True),
    ('go: m@v0.18.0: read\n  "https://proxy.golang.org/m/@v/v0.18.0.zip":\n  stream error: stream ID 4339; '
     "INTERNAL_ERROR; received from peer", "connectivity.stream_reset", "connectivity", "proxy.golang.org", True),
    ("go get m: module m: Get https://goproxy.io/m/@v/list: proxyconnect tcp: EOF", "connectivity.proxy_refused",
     "connectivity", "goproxy.io", False),
    # a dind sidecar the job raced (ARC, Tekton) starts a moment later; the runner's own socket does not
    ("Cannot connect to the Docker daemon at unix:///run/docker/docker.sock. Is the docker daemon running?",
     "local.docker_daemon_down", "local", None, True),
    ("docker: Cannot connect to the Docker daemon at tcp://localhost:2376. Is the docker daemon running?.",
     "local.docker_daemon_down", "local", None, True),
    ("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
     "local.docker_daemon_down", "local", None, False),
    ("Couldn't connect to Docker daemon at http://docker:2375 - is it running?", "local.docker_daemon_down", "local",
     None, False),
    ("ERROR: failed to solve: failed to create LLB definition: no active sessions", "builder.session_timeout",
     "builder", None, True),
    # dev batch 15: registry clients beyond docker
    ("Error: HEAD https://r.example.com/v2/a/manifests/1+b: unexpected status code 400 Bad Request",
     "registry.request_rejected", "registry", "r.example.com", False),
    ('[ERROR] Build image failed: manifest invalid | If this is a bug, please file an issue at '
     'https://github.com/GoogleContainerTools/jib/issues/new: 400 Bad Request\n[ERROR] {"errors":[{"code":'
     '"MANIFEST_INVALID","message":"manifest invalid"}]}', "registry.manifest_invalid", "registry", None, False),
    ("Error response from daemon: error from registry: blob unknown to registry - sha256:ab",
     "registry.blob_unknown", "registry", None, False),
    ('msg="Failed to push to destination gitlab.example.com:4567/g/p:1"\nerror: UNAUTHORIZED: authentication '
     "required", "credentials.unauthorized", "credentials", "gitlab.example.com:4567", False),
    # a host the log's author masked names nothing
    ("Error response from daemon: Get https://xxxx:30003/v2/: x509: cannot validate certificate for 10.0.0.1 because "
     "it doesn't contain any IP SANs", "connectivity.untrusted_certificate", "connectivity", None, False),
    # dev batch 16: builders, GitHub, git, Node's error dump, Jenkins' timestamps
    ("10:59:28  #1 [internal] booting buildkit\n10:59:41  #1 creating container buildx_buildkit_b0 10.9s done\n"
     "10:59:41  #1 ERROR: exit code 1", "builder.init_failed", "builder", None, True),
    ("#1 ERROR: expected 1 replicas to be ready, got 0", "builder.init_failed", "builder", None, True),
    ("unknown flag: --platform\nSee 'docker --help'.", "builder.buildx_missing", "builder", None, False),
    ("fatal: remote error: upload-pack: not our ref 3f2a9c1", "build.submodule_ref_missing", "build", None, False),
    ("Error: HttpError: API rate limit exceeded for installation ID 123.", "github.api_rate_limited", "github", None,
     False),
    ("git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.",
     "credentials.git_auth", "credentials", "github.com", False),
    ("Error: getaddrinfo EAI_AGAIN api.github.com\n    at GetAddrInfoReqWrap.onlookup (dns.js:60:26) {\n"
     "  errno: 'EAI_AGAIN',\n  code: 'EAI_AGAIN',\n  syscall: 'getaddrinfo',\n  hostname: 'api.github.com'\n}",
     "dns.resolve_failed", "dns", "api.github.com", True),
    ("curl: (52) Empty reply from server", "connectivity.eof", "connectivity", None, True),
    # dev batches 17-18
    ("#9 ERROR: executor failed running [/bin/sh -c yarn build]: exit code: 137", "local.out_of_memory", "local",
     None, False),
    ("dial tcp: lookup listmonk on 127.0.0.11:53: no such host", "build.test_service_unreachable", "build",
     "listmonk", False),
    ("go: download go1.21 for linux/amd64: toolchain not available", "build.go_module_config", "build", None, False),
    ("go: example.com/a@v0.0.0-1-d729275e0977: invalid version: unknown revision d729275e0977",
     "build.go_module_config", "build", None, False),
    ("no matching manifest for linux/arm64/v8 in the manifest list entries", "build.wrong_arch_image", "build", None,
     False),
    ("##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped.",
     "local.runner_lost", "local", None, True),
    ("#18 ERROR: GitHub Actions is temporarily unavailable. Please visit https://www.githubstatus.com/ for the "
     "status of our services.", "gha_cache.outage", "gha_cache", None, True),
    ('psql: error: could not connect to server: Connection refused\n\tIs the server running on host "localhost" '
     "(127.0.0.1) and accepting", "build.test_service_unreachable", "build", None, False),
    # npm's `WARN retry` names no URL: the `npm ERR! fetch failed URL` line above it in the same block does
    ("npm ERR! fetch failed https://registry.npmjs.org/a/-/a-1.tgz\nnpm WARN retry will retry, error on last "
     "attempt: Error: connect ETIMEDOUT 151.101.192.162:443\nError: Process completed with exit code 1.",
     "connectivity.timeout", "connectivity", "registry.npmjs.org", True),
    # fifth pass: a 4xx is the build's request unless the line says whose protocol it was
    ("curl: (22) The requested URL returned error: 404", "build.request_rejected", "build", None, False),
    ("error: failed to fetch https://example.org/x.tar.gz: 410 Gone", "build.request_rejected", "build",
     "example.org", False),
    ("go: m@v1: verifying go.mod: reading https://gp.example.com:30443/sumdb/sum.golang.org/supported: 400 Bad "
     "Request", "goproxy.bad_status", "goproxy", "gp.example.com:30443", False),
    ('go: honnef.co/go/tools@v0: unrecognized import path "honnef.co/go/tools" (https fetch: Get '
     "https://honnef.co/go/tools?go-get=1: Forbidden)", "goproxy.bad_status", "goproxy", "honnef.co", False),
    # ... and a number inside a URL is no status
    ("see https://github.com/o/r/pull/404 for details\nError: Process completed with exit code 1.", None, None, None,
     None),
    # a network error naming no host: the URL of the request announced just above it
    ("Upload URL is https://uploads.github.com/repos/o/r/releases/1/assets?name=a\ncurl: (56) OpenSSL SSL_read: "
     "Connection reset by peer, errno 104", "connectivity.reset", "connectivity", "uploads.github.com", True),
    ("Downloading https://github.com/rvm/rvm/archive/1.29.12.tar.gz\ncurl: (52) Empty reply from server",
     "connectivity.eof", "connectivity", "github.com", True),
    # a plain-HTTP registry spoken to over HTTPS is that registry's TLS setting, whichever client spoke
    ('FATA[0000] pinging container registry reg.example.lab:5000: Get "https://reg.example.lab:5000/v2/": http: '
     "server gave HTTP response to HTTPS client", "connectivity.plain_http_registry", "connectivity",
     "reg.example.lab:5000", False),
    # nothing else ended the job: the runner's warning that its disk ran out did
    ("Warning: You are running out of disk space. The runner will stop working when the machine runs out of disk "
     "space. Free space left: 61 MB\nError: Process completed with exit code 1.", "local.disk_low", "local", None,
     False),
    # dev batches 19-21
    ("could not connect to unix:///run/buildkit/buildkitd.sock after 10 trials", "builder.daemon_slow", "builder",
     None, True),
    ("ERROR: Docker exporter is not supported for the docker driver.", "builder.driver_unsupported", "builder", None,
     False),
    ("docker buildx build -f Dockerfile .\nunknown shorthand flag: 'f' in -f\nSee 'docker --help'.",
     "builder.buildx_fell_through", "builder", None, False),
    ("c++: fatal error: Killed signal terminated program cc1plus\ncompilation terminated.", "local.out_of_memory",
     "local", None, False),
    ("/home/r/_work/_temp/a.sh: line 1: 40423 Killed                  docker-compose up -d", "local.out_of_memory",
     "local", None, False),
    ("The self-hosted runner lost communication with the server.", "local.runner_lost", "local", None, True),
    ('go: m@v1.3.0: read "https:/proxy.golang.org/@v/v1.3.0.zip": unexpected EOF', "connectivity.eof",
     "connectivity", "proxy.golang.org", True),
    ("Error: build new buildkitd client: failed to list workers: Unavailable: connection error: desc = \"transport: "
     'Error while dialing: dial tcp remote-bk:8372: connect: connection refused"', "builder.unreachable", "builder",
     "remote-bk:8372", False),
    ("error: unable to download 'http://127.0.0.1:37515/a.narinfo': HTTP error 418\n\n       response body:\n\n"
     "       GitHub API error: GitHub Actions Cache throttled Magic Nix Cache. Not trying to use it again on this run.",
     "gha_cache.rate_limited", "gha_cache", None, True),
    ("sccache: error: Server startup failed: create gha cache failed:\n  ConfigInvalid (permanent) => "
     "ACTIONS_CACHE_URL not found", "gha_cache.no_cache_url", "gha_cache", None, False),
    ("Error: Some specified paths were not resolved, unable to cache dependencies.",
     "gha_cache.dependency_file_missing", "gha_cache", None, False),
    ("#16 exporting to GitHub Actions Cache\n#16 ERROR: not_found\nERROR: failed to build: failed to solve: not_found",
     "gha_cache.export_not_found", "gha_cache", None, True),
    ("ReserveCacheError: Unable to reserve cache with key npm-1, another job may be creating this cache.",
     "gha_cache.reserve_conflict", "gha_cache", None, False),
    ("Failed to save cache entry with path '/x' and key: d-1: Error: <h2>Our services aren't available right now</h2>",
     "gha_cache.error_page", "gha_cache", None, True),
    # a cache server the runner is set up with (act's) on loopback is no test service of the build's; a refusal is
    # nothing listening there (or a firewall or proxy refusing): the next attempt meets the same refusal
    ("getCacheEntry - Attempt 1 of 2 failed with error: connect ECONNREFUSED 127.0.0.1:8080", "connectivity.refused",
     "connectivity", None, False),
    # the docker CLI's push reaches a registry on the runner's loopback: no BuildKit isolation, no test service
    ("The push refers to repository [localhost:5000/m]\nERROR: Error: Get http://localhost:5000/v2/: read tcp "
     "[::1]:57170->[::1]:5000: read: connection reset by peer", "connectivity.reset", "connectivity",
     "localhost:5000", True),
    # a placeholder (`XXXXX`) or a word after `image:` is no Docker Hub reference
    ('failed to copy image: reading image "XXXXX": unrecognized HTTP status: 429 Too Many Requests',
     "registry.rate_limited", "registry", None, True),
    ('Error: GET "https://ghcr.io/token?scope=repository%3Ao%2Fr%3Apull&service=ghcr.io": response status code 403: '
     "denied: requested access to the resource is denied", "credentials.pull_access_denied", "credentials",
     "ghcr.io", False),
    ("Error: Get https://charts.example.private/index.yaml: remote error: tls: handshake failure",
     "connectivity.tls_refused", "connectivity", "charts.example.private", False),
    ("podman push --format oci registry.example.com/e/ui:2\nError: writing blob: uploading layer chunked: "
     "StatusCode: 403, <!DOCTYPE html>", "credentials.registry_refused", "credentials", "registry.example.com", False),
    ("Error response from daemon: unknown: artifact mirror/portainer/portainer-ce:lts not found",
     "registry.artifact_not_found", "registry", None, False),
    # dev batches 22-24: GitHub's actions, artifacts and API; package tools; builds that read like infrastructure
    ("Error: Unable to resolve actions. Repository not found: o/missing-action.", "build.action_not_found", "build",
     None, False),
    ("##[error]An action could not be found at the URI 'https://api.github.com/repos/o/a/tarball/v1'",
     "build.action_not_found", "build", "api.github.com", False),
    ("Error: An action could not be found at the URI 'https://codeload.github.com/o/a/tar.gz/"
     "a198315ec4e9244f206879ea7b63078003aec8a6' (CC30:156A11)", "github.action_download_failed", "github",
     "codeload.github.com", True),
    ("Error: Unable to download artifact(s): Artifact not found for name: packages", "build.artifact_not_found",
     "build", None, False),
    ("Error: Failed to CreateArtifact: Artifact storage quota has been hit.", "github.artifact_quota", "github", None,
     False),
    ("Error: Unable to download artifact(s): Failed to ListArtifacts: Unable to make request: ECONNRESET",
     "github.artifact_service_error", "github", None, True),
    ("Error: HttpError: Resource not accessible by integration", "credentials.token_permissions", "credentials",
     None, False),
    ("Error: You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
     "github.secondary_rate_limited", "github", None, True),
    ("remote: Repository not found.\nfatal: repository 'https://git.example.com/o/r/' not found",
     "credentials.repository_not_found", "credentials", "git.example.com", False),
    ("npm ERR! code ETARGET\nnpm ERR! notarget No matching version found for picomatch@^9.9.9.",
     "build.package_version_missing", "build", None, False),
    ("Registry returned 404 for GET on https://registry.npmjs.org/embre-cli-eslint", "build.request_rejected",
     "build", "registry.npmjs.org", False),
    ("go: go.mod requires go >= 1.22.0 (running go 1.21.13; GOTOOLCHAIN=local)", "build.go_module_config", "build",
     None, False),
    ('    thrown: "Exceeded timeout of 5000 ms for a hook.', "build.test_timeout", "build", None, False),
    ("Run docker compose up -d\nexec /app/entrypoint.sh: exec format error", "build.wrong_arch_container", "build",
     None, False),
    ("error: error communicating with database: Connection refused (os error 111)",
     "build.test_database_unreachable", "build", None, False),
    ('#11 0.671 14: curl#6 - "Could not resolve host: mirrorlist.centos.org; Unknown error"', "build.distro_eol",
     "build", "mirrorlist.centos.org", False),
    ("curl: (6) getaddrinfo() thread failed to start", "local.seccomp_clone3", "local", None, False),
    ("W: Failed to fetch https://apt.example.org/dists/x/Packages  Hash Sum mismatch",
     "connectivity.mirror_out_of_sync", "connectivity", "apt.example.org", True),
    # apk's missing package is the build's, unless the mirror failed first (then the index was empty)
    ("ERROR: unable to select packages:\n  python (no such package):\n    required by: world[python]",
     "build.package_not_found", "build", None, False),
    ("ERROR: https://dl-cdn.alpinelinux.org/alpine/v3.16/main: temporary error (try again later)\nERROR: unable to "
     "select packages:\n  curl (no such package):", "connectivity.package_mirror", "connectivity",
     "dl-cdn.alpinelinux.org", True),
    # a package tool's 5xx is its package registry's, whatever its host
    ("npm ERR! 503 Service Unavailable - GET https://nexus.example.com/repository/npm-proxy/a",
     "connectivity.package_mirror", "connectivity", "nexus.example.com", True),
    # dev batch 22: pulls through mirrors and kubelets
    ('Failed to pull image "mirror.gcr.io/library/alpine": rpc error: code = Unknown desc = Error reading manifest '
     'latest in mirror.gcr.io/library/alpine: manifest unknown: Failed to fetch "latest" from request '
     '"/v2/library/alpine/manifests/latest".', "registry.mirror_miss", "registry", "mirror.gcr.io", False),
    ('darch: failed to resolve reference "docker.io/godarch/arch:latest": failed to fetch anonymous token: '
     "unexpected status: 503 Service Unavailable", "registry.server_error", "registry", "docker.io", True),
    ('Error response from daemon: failed to resolve reference "r.example.com/hub/alpine:3.20": '
     "r.example.com/hub/alpine:3.20: not found", "build.tag_not_found", "build", "r.example.com", False),
    ("rpc error: code = DeadlineExceeded desc = failed to pull and unpack image", "connectivity.timeout",
     "connectivity", None, True),
    # the old runner only warned: with nothing else ending the job, the warned failure is the cause
    ("##[warning]Failed to download action 'https://api.github.com/repos/o/a/tarball/v1.2.0'. Error Response status "
     "code does not indicate success: 404 (Not Found).\n##[error]Response status code does not indicate success: 404 "
     "(Not Found).", "build.action_not_found", "build", "api.github.com", False),
    # dev batches 25-27
    ("Run actions/cache@v3\nReceived 5034859147 of 5043247755 (99.8%), 9.8 MBs/sec\nReceived 5034859147 of "
     "5043247755 (99.8%), 9.8 MBs/sec", "gha_cache.download_stalled", "gha_cache", None, True),
    ("Error: The operation cannot be completed in timeout.", "gha_cache.download_timeout",
     "gha_cache", None, True),
    ("Error: Failed to restore cache entry. Exiting as fail-on-cache-miss is set.", "gha_cache.cache_miss",
     "gha_cache", None, False),
    ("Error: Dependencies lock file is not found in /home/runner/work/a/a. Supported file patterns: "
     "packages.lock.json", "gha_cache.dependency_file_missing", "gha_cache", None, False),
    ("Error: Unable to locate executable file: pnpm. Please verify either the file path exists",
     "build.tool_not_on_path", "build", None, False),
    ("#51 796.8 aarch64-binfmt-P: QEMU internal SIGSEGV {code=MAPERR, addr=0x20}", "builder.emulation_crash",
     "builder", None, False),
    ('ERROR: failed to find driver "docker-container"', "builder.driver_missing", "builder", None, False),
    ("ERROR: attestations are not supported by the current buildkitd", "builder.attestation_unsupported",
     "builder", None, False),
    ("Error: EMFILE: too many open files, watch '/a'", "local.fd_limit", "local", None, False),
    ("BlockingIOError: [Errno 11] Resource temporarily unavailable", "local.process_limit", "local", None, True),
    ("x509: certificate has expired or is not yet valid: current time 2019-01-01T00:00:00Z is before "
     "2020-05-01T00:00:00Z", "local.clock_skew", "local", None, False),
    ("ERROR: tag invalid: The image tag 'v1' already exists in the 'app' repository and cannot be overwritten "
     "because the repository is immutable.", "registry.tag_immutable", "registry", None, False),
    ("Error: Username and password required", "credentials.missing", "credentials", None, False),
    ("ERROR: Could not connect to the registry login server 'r.azurecr.io'. Please verify that the registry exists "
     "and the URL 'https://r.azurecr.io/v2/' is reachable", "connectivity.registry_unreachable", "connectivity",
     "r.azurecr.io", True),
    # an SDK's *AuthenticationFailedException is no expired cache signature
    ("RegistryAuthenticationFailedException: Failed to authenticate with registry gcr.example.io/p/app because: "
     "403 Forbidden", "credentials.auth_failed", "credentials", "gcr.example.io", False),
    # dev batches 28-30: other CI systems, Windows and macOS tools, logs with several errors
    ('Exception calling "DownloadFile" with "2" argument(s): "The remote name could not be resolved: '
     "'www.cygwin.com'\"", "dns.resolve_failed", "dns", "www.cygwin.com", False),
    ("Error: Exception in thread \"main\" java.io.IOException: Downloading from "
     "https://services.gradle.org/distributions/gradle-9.2.1-bin.zip failed: timeout (10000ms)",
     "connectivity.timeout", "connectivity", "services.gradle.org", True),
    ("CDN: trunk URL couldn't be downloaded: https://cdn.cocoapods.org/Specs/0/3/5/F/6.2.0/F.podspec.json Response: "
     "Timeout was reached", "connectivity.timeout", "connectivity", "cdn.cocoapods.org", True),
    ("#11 10.82 /src/a.csproj : error NU1301: Unable to load the service index for source "
     "https://api.nuget.org/v3/index.json.", "connectivity.feed_unreachable", "connectivity", "api.nuget.org", True),
    ("sun.security.validator.ValidatorException: PKIX path building failed: unable to find valid certification path "
     "to requested target", "connectivity.untrusted_certificate", "connectivity", None, False),
    ("> Could not find com.example:c10n:1.2.\n     Searched in the following locations:",
     "build.dependency_not_found", "build", None, False),
    ("> Could not GET 'https://dl.bintray.com/k/m/a.pom'. Received status code 502 from server: Bad Gateway",
     "build.retired_repository", "build", "dl.bintray.com", False),
    ("error: URL did not send all necessary objects", "github.git_server_error", "github", None, True),
    ("ERROR: Job failed (system failure): Error response from daemon: No such container: 1cfc32f6",
     "local.runner_system_failure", "local", None, True),
    ("WARNING: Uploading artifacts to coordinator... failed  id=116 responseStatus=500 Internal Server Error",
     "github.coordinator_upload_failed", "github", None, True),
    ("no matching manifest for windows/amd64 10.0.17763 in the manifest list entries", "build.wrong_arch_image",
     "build", None, False),
    ("./run.sh: line 12: unexpected EOF while looking for matching `\"'", "build.shell_syntax", "build", None, False),
    ("warning: spurious network error (2 tries remaining): failed to get 200 response from "
     "`https://index.crates.io/se/rd/serde`, got 502", "connectivity.crate_registry_error", "connectivity",
     "index.crates.io", True),
    ("W: Failed to fetch http://security.ubuntu.com/ubuntu/pool/main/d/a.deb  404  Not Found [IP: 10.0.0.1 80]\n"
     "E: Unable to fetch some archives, maybe run apt-get update", "build.request_rejected", "build",
     "security.ubuntu.com", False),
    ("ERROR: Uploading artifacts to coordinator... too large archive  id=996 responseStatus=413 Request Entity Too "
     "Large", "github.artifact_too_large", "github", None, False),
    # survived: the runner's own cache storage refused it; the job failed on its script
    ("Checking cache for default-1...\nFATAL: received: 403 Forbidden\nFailed to extract cache\nmain.go:3:1: syntax "
     "error: non-declaration statement outside function body", "build.compile_error", "build", None, False),
    # issue 25, the fresh batches 31-33
    ("Error during unshare(CLONE_NEWUSER): Operation not permitted", "builder.namespace_denied", "builder", None,
     False),
    ("error building image: error building stage: failed to get filesystem from image: mkdir /usr/lib/terminfo: file "
     "exists", "builder.kaniko_filesystem", "builder", None, False),
    ("Error: Key Validation Error: deps-a,b-123 cannot contain commas.", "gha_cache.bad_key", "gha_cache", None, False),
    ("$ docker pull harbor.example.com/hub/library/alpine:3\nError response from daemon: unknown: repository "
     "hub/library/alpine not found", "registry.proxy_upstream_missing", "registry", "harbor.example.com", False),
    # no name anywhere: the address the socket went to; a host the log masked keeps its service's suffix
    ("error building image: error building stage: failed to get filesystem from image: read tcp "
     "10.200.254.29:58626->65.9.112.124:443: read: connection timed out", "connectivity.timeout", "connectivity",
     "65.9.112.124", True),
    ("ERROR: failed to push 28***97.dkr.ecr.eu-west-1.amazonaws.com/a:1: unexpected status from HEAD request to "
     "https://28***97.dkr.ecr.eu-west-1.amazonaws.com/v2/a/blobs/sha256:f3: 401 Unauthorized",
     "credentials.registry_refused", "credentials", "28***97.dkr.ecr.eu-west-1.amazonaws.com", False),
    ("Failed to transfer file: http://nexus.example.org/repository/releases/a/b/1.0/b-1.0.pom. Return code is: 502 , "
     "ReasonPhrase:Bad Gateway.", "connectivity.package_mirror", "connectivity", "nexus.example.org", True),
    ("> Could not HEAD 'https://plugins.gradle.org/m2/a/b/1/b-1.pom'. Received status code 525 from server: Origin "
     "SSL Handshake Error", "connectivity.package_mirror", "connectivity", "plugins.gradle.org", True),
    ("fatal: No url found for submodule path 'docs/theme' in .gitmodules", "build.submodule_ref_missing", "build",
     None, False),
    ("unknown: <html>\n<head><title>413 Request Entity Too Large</title></head>", "registry.body_too_large",
     "registry", None, False),
    # issue 25, batches 34-36
    ("ERROR: no such package '@rules_nodejs//': com.google.devtools.build.lib.remote.common.CacheNotFoundException: "
     "Missing digest: 0f2d/1000", "gha_cache.remote_digest_missing", "gha_cache", None, False),
    ("Error: Unexpected response. Unable to upload chunk to https://pipelines.actions.githubusercontent.com/x/_apis/"
     "resources/Containers/1", "github.artifact_service_error", "github", "pipelines.actions.githubusercontent.com",
     True),
    ("Error: failed to fetch oauth token: unable to decode token response: invalid character '<' looking for "
     "beginning of value", "credentials.token_response_html", "credentials", None, False),
    ("Error: pulling from host public.ecr.aws failed with status code [manifests v0.26.1]: 403 Forbidden",
     "credentials.registry_refused", "credentials", "public.ecr.aws", False),
    ("ERROR: Get https://pypi.org/simple/x/: invalid peer certificate: UnknownIssuer",
     "connectivity.untrusted_certificate", "connectivity", "pypi.org", False),
    ("Collecting x\n  ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 407 Proxy "
     "Authentication Required'))", "connectivity.proxy_auth_required", "connectivity", None, False),
    # issue 25, batches 37-39
    ("FATAL: command execution failed\nhudson.remoting.ChannelClosedException: Channel \"hudson.remoting.Channel@1:"
     "agent-3\": Remote call on JNLP4-connect connection from 10.0.0.7/10.0.0.7:50122 failed. The channel is closing "
     "down or has closed down", "local.runner_lost", "local", None, True),
    ("##[error]We stopped hearing from agent Azure Pipelines 3. Verify the agent machine is running",
     "local.runner_lost", "local", None, True),
    ("ERROR: Job failed (system failure): prepare environment: waiting for pod running: timed out waiting for pod to "
     "start", "local.job_pod_not_started", "local", None, False),
    ('Error: error getting credentials - err: exec: "docker-credential-gcloud": executable file not found in $PATH, '
     "out: ``", "credentials.helper_failed", "credentials", None, False),
    ("ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with \"frozen-lockfile\" because pnpm-lock.yaml is not up to date "
     "with package.json", "build.lockfile_outdated", "build", None, False),
    ("Curl error (28): Timeout was reached for https://mirrors.fedoraproject.org/metalink?repo=x [Resolving timed out "
     "after 30002 milliseconds]", "dns.timeout", "dns", "mirrors.fedoraproject.org", True),
    # issue 25, batches 40-42: the job's own services, Windows and Apple tools, infrastructure tools
    ("pq: the database system is starting up (57P03)", "build.test_db_not_ready", "build", None, True),
    ("docker: Error response from daemon: driver failed programming external connectivity on endpoint db: Bind for "
     "0.0.0.0:5432 failed: port is already allocated.", "local.port_in_use", "local", None, False),
    ("Error: Inconsistent dependency lock file", "build.lockfile_outdated", "build", None, False),
    ("An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in "
     "the request is expired", "credentials.session_expired", "credentials", None, False),
    ("Invoke-WebRequest : The request was aborted: Could not create SSL/TLS secure channel.",
     "build.tls_protocol_outdated", "build", None, False),
    # a 4xx the docker CLI could not parse, settled as the registry's: the host of the image being pushed
    ("docker push nexus.example.org/docker-local/app:1\nThe push refers to repository [nexus.example.org/docker-local/"
     "app]\n50644c29ef5a: Pushing\nerror parsing HTTP 413 response body: invalid character '<' looking for beginning "
     "of value: \"<html><head><title>413 Request Entity Too Large</title></head>\"", "registry.request_rejected",
     "registry", "nexus.example.org", False),
    # BuildKit names the push target only in its `pushing manifest for` step line
    ("#39 pushing manifest for registry.example.net/team/app:1@sha256:b36bc93e\n" + "".join(
        f'#39 {t} error: failed commit on ref "manifest-sha256:b36bc93e": unexpected status: 500 Internal Server '
        f"Error\n#39 {t} retrying in 1s\n" for t in ("149.0", "222.8", "298.9")) + "Error: The operation was canceled.",
     "registry.server_error", "registry", "registry.example.net", True),
    # Cloudflare's 52x/530 in front of a package host is that host's server error
    ("ERROR! Error when getting the collection info for community.general from default (https://galaxy.ansible.com/"
     "api/) (HTTP Code: 530, Message:  Code: Unknown)", "connectivity.package_mirror", "connectivity",
     "galaxy.ansible.com", True),
    # @actions/tool-cache's anonymous download: a 403 from storage is a release that is not there
    ("Acquiring go1.26.1 from https://storage.googleapis.com/golang/go1.26.1.linux-riscv64.tar.gz\nError: Failed to "
     "download version 1.26.1: Error: Unexpected HTTP response: 403", "build.download_not_found", "build",
     "storage.googleapis.com", False),
    # Terraform's and OpenTofu's boxed errors wrap at any word; go-getter's status has a line of its own
    ("│ Could not retrieve the list of available versions for provider\n│ terraform-providers/datadog: provider "
     "registry registry.opentofu.org does\n│ not have a provider named registry.opentofu.org/terraform-providers/"
     "datadog", "build.provider_not_found", "build", "registry.opentofu.org", False),
    ('Could not download module "eks" (main.tf:1) source code from\n"https://github.com/acme/terraform-eks/archive/'
     'v1.0.5.tar.gz//*?archive=tar.gz":\nbad response code: 404.', "build.request_rejected", "build", "github.com",
     False),
    # a status after `response: ` (JFrog's CLI) or `unexpected N response` (OpenShift's builder), and the docker CLI's
    # rendering of a registry's error code UNKNOWN: the registry pushed to
    ("$ jf docker push art.example.com/docker-local/test:v1\n[Error] error while getting docker repository name. "
     "Artifactory response: 403 Forbidden", "credentials.registry_refused", "credentials", "art.example.com", False),
    ("I0903 11:57:52.941852 1 sti.go:134] Pushing 172.30.15.144:5000/test/app image ...\nF0903 11:59:01.105431 1 "
     "builder.go:70] Build error: Failed to push image: Error pushing to registry: Server error: unexpected 400 "
     "response status trying to initiate upload of test/app", "registry.request_rejected", "registry",
     "172.30.15.144:5000", False),
    ("The push refers to repository [r.example.com/a]\ne11909b739a8: Waiting\nunknown: Not Found",
     "registry.request_rejected", "registry", "r.example.com", False),
    # a cloud CLI's token refresh refused (gcloud's words, OAuth 2's error code): the job's credentials
    ("ERROR: (gcloud.auth.activate-service-account) There was a problem refreshing your current auth tokens: "
     "invalid_grant: Invalid JWT Signature.", "credentials.cloud_auth_refused", "credentials", None, False),
    # Jenkins' report of its agent's channel closing (FATAL: ...), never a program's own stack trace alone
    ("make: *** [Makefile:674: run-ci] Terminated\nFATAL: Unable to delete script file /tmp/jenkins89.sh\n"
     "java.nio.channels.ClosedChannelException\n\tat org.jenkinsci.remoting.protocol.NetworkLayer.onRecvClosed("
     "NetworkLayer.java:155)", "local.agent_channel_closed", "local", None, True),
    ("Tests run: 4, Failures: 1\njava.nio.channels.ClosedChannelException\n\tat com.acme.Client.send(Client.java:"
     "12)", None, None, None, None),
    # kubectl's refused API server: a remote one is the network's, the job's own cluster on loopback the build's, and
    # localhost:8080 (kubectl's default) a job that never wrote its kubeconfig
    ("The connection to the server api.k8s.example.com:6443 was refused - did you specify the right host or port?",
     "connectivity.refused", "connectivity", "api.k8s.example.com", False),
    ("The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?",
     "build.test_service_unreachable", "build", None, False),
    ("The connection to the server localhost:8080 was refused - did you specify the right host or port?",
     "credentials.kubeconfig_missing", "credentials", "localhost:8080", False),
    # a gRPC server's GOAWAY to a client pinging too often (the client's keepalive), gcloud's token service 5xx
    ('level=fatal msg="rpc error: code = Unavailable desc = closing transport due to: connection error: desc = '
     '\\"error reading from server: EOF\\", received prior goaway: code: ENHANCE_YOUR_CALM, debug data: '
     '\\"too_many_pings\\""', "local.grpc_too_many_pings", "local", None, False),
    ("ERROR: gcloud crashed (OAuthError): (\"Error code {'code': 503, 'message': 'The service is currently "
     "unavailable.', 'status': 'UNAVAILABLE'}\"", "credentials.token_service_error", "credentials", None, True),
    ("couldn't get current server API group list: the server has asked for the client to provide credentials",
     "credentials.cluster_unauthorized", "credentials", None, False),
    # the cloud refusing the job's identity, and a job that may not ask for an OIDC token
    ("Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity",
     "credentials.cloud_role_refused", "credentials", None, False),
    ("Error: AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:a/b:ref:"
     "refs/heads/x'.", "credentials.cloud_role_refused", "credentials", None, False),
    ("Error: Action failed with error: Error: Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable",
     "credentials.id_token_permission", "credentials", None, False),
    # the AWS SDK's trailing `status code: 400, request id:` restates the throttling above it
    ("ERROR: ThrottlingException: Rate exceeded\nstatus code: 400, request id: 14528fcb-76fc-11e6",
     "connectivity.package_mirror", "connectivity", None, True),
    # Maven's, Gradle's, NuGet's and helm's own "not there" answers: the build's reference
    ("[ERROR] Could not transfer artifact a:b:pom:2.0.2 from/to maven-default-http-blocker (http://0.0.0.0/): Blocked "
     "mirror for repositories: [r (http://maven.example.com/repo, default, releases+snapshots)]",
     "build.http_repository_blocked", "build", None, False),
    ("[ERROR] Failed to transfer file http://repo.maven.apache.org/maven2/a/b/1/b-1.pom. Return code is: 501 , "
     "ReasonPhrase:HTTPS Required.", "build.https_required", "build", "repo.maven.apache.org", False),
    ("Could not find artifact com.vlkan.rfos:rotating-fos:jar:0.9.5 in central (https://repo.maven.apache.org/maven2)",
     "build.artifact_missing", "build", "repo.maven.apache.org", False),
    ("Plugin [id: 'com.android.application', version: '9.1.0', apply: false] was not found in any of the following "
     "sources:", "build.artifact_missing", "build", None, False),
    ("C:\\src\\A.csproj : error NU1102: Unable to find package System.Management with version (>= 9.0.0-preview.7)",
     "build.artifact_missing", "build", None, False),
    ('Error: INSTALLATION FAILED: chart "cluster-secret" matching 0.2.3 not found in clustersecret index. (try \'helm '
     "repo update'): no chart version found for cluster-secret-0.2.3", "build.chart_version_missing", "build", None,
     False),
    # sbt's Ivy 5xx, Gradle's older wrapper timeout, Java's and urllib3's resolver failures, .NET's untrusted chain
    ("[error] SERVER ERROR: GATEWAY_TIMEOUT url=https://repo.scala-sbt.org/scalasbt/sbt-plugin-releases/a.jar",
     "connectivity.package_mirror", "connectivity", "repo.scala-sbt.org", True),
    ('Exception in thread "main" java.io.IOException: Downloading from https://services.gradle.org/distributions/'
     "gradle-6.8.3-bin.zip failed: timeout", "connectivity.timeout", "connectivity", "services.gradle.org", True),
    ("Could not transfer artifact a:b:pom:4.3.0 from/to repo (http://repo.example.net/public/): repo.example.net: "
     "Unknown host repo.example.net -> [Help 1]", "dns.resolve_failed", "dns", "repo.example.net", False),
    ("ERROR: (gcloud.auth.activate-service-account) There was a problem refreshing your current auth tokens: "
     "HTTPSConnectionPool(host='oauth2.googleapis.com', port=443): Max retries exceeded with url: /token (Caused by "
     "NameResolutionError(\"<urllib3.connection.HTTPSConnection object>: Failed to resolve 'oauth2.googleapis.com' "
     "([Errno -3] Try again)\"))", "dns.resolve_failed", "dns", "oauth2.googleapis.com", True),
    ("error:   The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot",
     "connectivity.untrusted_certificate", "connectivity", None, False),
    # wget before 1.16 names its peer as `Connecting to HOST|IP|:443...`: the host a redirect went to
    ("--2018-06-01 15:04:29--  https://codeload.github.com/acme/app/tar.gz/2.3.14\nResolving codeload.github.com... "
     "192.30.253.120\nConnecting to codeload.github.com|192.30.253.120|:443... connected.\nHTTP request sent, "
     "awaiting response... 404 Not Found\n2018-06-01 15:04:29 ERROR 404: Not Found.", "build.request_rejected",
     "build", "codeload.github.com", False),
    # containers/image checking a blob on the destination names the repository it asked
    ("Error: trying to reuse blob sha256:3881 at destination: checking whether a blob sha256:3881 exists in quay.io/"
     "acme/python-312: unauthorized: authentication required", "credentials.unauthorized", "credentials", "quay.io",
     False),
    # a Go module fetch's 5xx/429 is the Go proxy's, whichever proxy (an Athens behind a CDN, goproxy.cn), however
    # the terminal wrapped it
    ("go: github.com/micro/go-micro/v2/client: reading https://athens.example.net/github.com/micro/go-micro/v\n"
     "2/client/@v/list: 504 Gateway Timeout", "goproxy.server_error", "goproxy", "athens.example.net", True),
    ("go mod download: github.com/matryer/is@v1.4.0: reading https://goproxy.cn/github.com/matryer/is/@v/v1.4.0.mod: "
     "429 Too Many Requests", "goproxy.rate_limited", "goproxy", "goproxy.cn", True),
    # cargo's, bundler's, composer's and pub's "no such version" answers; a private source asking for credentials
    ("error: failed to select a version for the requirement `aws-config = \"^1.1.0\"`\ncandidate versions found which "
     "didn't match: 1.0.3, 1.0.1", "build.artifact_missing", "build", None, False),
    ("Fetching source index from https://rubygems.org/\nCould not find newrelic_rpm-3.5.6.46 in any of the sources",
     "build.artifact_missing", "build", None, False),
    ("- The requested package gohanman/sql-manager could not be found in any version, there may be a typo in the "
     "package name.", "build.artifact_missing", "build", None, False),
    ("Because app depends on getx any which doesn't exist (could not find package getx at https://pub.dartlang.org), "
     "version solving failed.", "build.artifact_missing", "build", "pub.dartlang.org", False),
    ("Authentication is required for packages.example.io.\nPlease supply credentials for this source.",
     "credentials.source_auth_required", "credentials", "packages.example.io", False),
    ("  * attempted to find username/password via git's `credential.helper` support, but failed\n\nCaused by:\n  "
     "failed to acquire username/password from local configuration", "credentials.git_auth", "credentials", None,
     False),
    ("git@github.com:acme/resolver-swift.git: The remote repository could not be accessed. Make sure a valid "
     "repository exists at the specified location and that the correct credentials have been supplied.",
     "credentials.git_auth", "credentials", "github.com", False),
    # cargo's curl timeout, conda's failed connection, Dart's failed lookup, pub's 5xx on a package named image_*
    ("error: failed to download from `https://crates.io/api/v1/crates/khronos_api/3.1.0/download`\n\nCaused by:\n  "
     "[28] Timeout was reached (download of `khronos_api v3.1.0` failed to transfer more than 10 bytes in 30s)",
     "connectivity.timeout", "connectivity", "crates.io", True),
    ("CondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://conda.anaconda.org/conda-forge/linux-64/repodata."
     "json>", "connectivity.connection_failed", "connectivity", "conda.anaconda.org", True),
    ("SocketException: SocketException: Failed host lookup: 'storage.googleapis.com' (OS Error: nodename nor servname "
     "provided, or not known, errno = 8)", "dns.resolve_failed", "dns", "storage.googleapis.com", True),
    ("HTTP error 500: Internal Server Error at https://pub.dartlang.org/api/packages/image_picker.",
     "connectivity.package_mirror", "connectivity", "pub.dartlang.org", True),
    # go-containerregistry's MANIFEST_UNKNOWN, a JSON error body's code, tools without their token, cosign's missing
    # signatures and its expired device-flow token, nix's .nar.xz, Bazel's gRPC deadline, unauthenticated and checksum
    ("Error: signing [ghcr.io/acme/app@sha256:2925]:\nGET https://ghcr.io/v2/acme/app/manifests/sha256:2925: "
     "MANIFEST_UNKNOWN",
     "build.tag_not_found", "build", "ghcr.io", False),
    ("upload failed: {\"code\":504,\"message\":\"upstream request timeout\"} from "
     "https://api.example.org/v1/upload",
     "connectivity.package_mirror", "connectivity", "api.example.org", True),
    ("Snyk is missing auth token in order to run inside CI. You must include your API token as an environment "
     "value: `SNYK_TOKEN=12345678`",
     "credentials.tool_token_missing", "credentials", None, False),
    ("| private-gem   | private_source_authentication_failure |",
     "credentials.tool_token_missing", "credentials", None, False),
    ("Pushing is disabled as signingKey nor authToken are set (or are empty?) in your YAML file.",
     "credentials.tool_token_missing", "credentials", None, False),
    ("Error: no signatures found\nerror during command execution: no signatures found",
     "build.signature_missing", "build", None, False),
    ("main.go:69: error during command execution: no matching signatures:\nsignature not found in transparency "
     "log",
     "build.signature_missing", "build", None, False),
    ("Enter the verification code in your browser at: https://oauth2.sigstore.dev/auth/device\nerror signing: "
     "getting key from Fulcio: retrieving cert: error obtaining token: expired_token",
     "credentials.id_token_permission", "credentials", None, False),
    ("error: unable to download 'https://cache.nixos.org/nar/0g3m.nar.xz': HTTP error 503",
     "gha_cache.remote_cache_error", "gha_cache", "cache.nixos.org", True),
    ("ERROR: The Build Event Protocol upload failed: All 4 retry attempts failed. DEADLINE_EXCEEDED: deadline "
     "exceeded after 14.99s. [remote_addr=bes.example.com/10.1.2.3:443]",
     "connectivity.timeout", "connectivity", "bes.example.com", True),
    ("ERROR: Failed to query remote execution capabilities: UNAVAILABLE: Credentials failed to obtain metadata",
     "credentials.grpc_unauthenticated", "credentials", None, False),
    ("WARNING: Remote Cache: UNAUTHENTICATED: failed to parse API key: missing API Key",
     "credentials.grpc_unauthenticated", "credentials", None, False),
    ("rpc error: code = Unauthenticated desc = invalid api key",
     "credentials.grpc_unauthenticated", "credentials", None, False),
    # ... but a registry's lower-case `unauthenticated:` is its own refusal, on its host
    ("Failed to pull image \"ghcr.io/acme/tool:latest\": rpc error: code = Unknown desc = error pulling image "
     "configuration: denied: unauthenticated: User cannot be authenticated with the token provided.",
     "credentials.denied", "credentials", "ghcr.io", False),
    ("Download from https://github.com/x/y/archive/1.tar.gz failed: class UnrecoverableHttpException Checksum was "
     "c0f20be94f39f4fd28152ba90b47569f but wanted a8a8a8a8a8a8a8a8a8a8a8a8a8a8a8a8",
     "build.checksum_mismatch", "build", "github.com", False),
    # Haskell's http-client shows its request, then the exception's constructor on a line of its own
    ("HttpExceptionRequest Request {\n  host                 = \"casa.example.com\"\n  port                 = 443\n}\n "
     "ConnectionTimeout",
     "connectivity.timeout", "connectivity", None, True),
    # cargo's yanked crate, composer's constraint after the name
    ("error: cannot install package `cargo-chef`, it has been yanked from registry `crates-io`",
     "build.artifact_missing", "build", None, False),
    ("  - The requested package acme/coveralls dev-master exists as acme/coveralls[0.1.0, 1.0.x-dev] but these are "
     "rejected by your constraint.",
     "build.artifact_missing", "build", None, False),
    # a URL ending a sentence keeps no dot; a Rust error chain's head names the host its causes do not
    ("502 Bad Gateway trying to find package cupertino_icons at https://pub.example.dev.",
     "connectivity.package_mirror", "connectivity", "pub.example.dev", True),
    ("error: error sending request for url (https://pypi.org/simple/networkx/): error trying to connect: dns error: "
     "No such host is known. (os error 11001)\n  Caused by: error trying to connect: dns error: No such host is "
     "known. (os error 11001)\n  Caused by: dns error: No such host is known. (os error 11001)",
     "dns.no_such_host", "dns", "pypi.org", True),
    # Go's unquoted `Post URL: EOF` before the Buildkite agent's retry notice, Bazel's resume refused, composer's 28
    ("2020-08-11 01:41:47 WARN   Post https://s3.amazonaws.com/artifacts.example.com: EOF (Attempt 9/10 Retrying in "
     "5s)\n2020-08-11 01:41:47 FATAL  Failed to upload artifacts",
     "connectivity.eof", "connectivity", "s3.amazonaws.com", True),
    ("ERROR: no such package '@grpc//bazel': java.io.IOException: Error downloading "
     "[https://github.com/grpc/grpc/archive/v1.34.0.tar.gz] to /tmp/x.tar.gz: Tried to reconnect at offset 393,216 "
     "but server didn't support it",
     "connectivity.cut_short", "connectivity", "github.com", True),
    ("Failed to download psr/clock from dist: curl error 28 while downloading "
     "https://api.github.com/repos/php-fig/clock/zipball/e41a: SSL connection timeout",
     "connectivity.timeout", "connectivity", "api.github.com", True),
    # GitHub's own services: the toolkit's diagnostic block restates the error above it, a job no runner got, an
    # action's tarball cut short, artifact v4's download retries, a path with no files, git's pack cut off
    ("Error: Unexpected response. Unable to upload chunk to https://pipelines.actions.githubusercontent.com/abc/_apis"
     "/resources/Containers/6955550?itemPath=build\n##### Begin Diagnostic HTTP information #####\nStatus Code: 500\n"
     "Status Message: Internal Server Error",
     "github.artifact_service_error", "github", "pipelines.actions.githubusercontent.com", True),
    ("The job was not acquired by Runner of type hosted even after multiple attempts\nInternal server error. "
     "Correlation ID: 79b9a27c-24a5-41cb-b9af-7f4a788e3b2a",
     "github.job_not_acquired", "github", None, True),
    ("Download action repository 'actions/checkout@v3' (SHA:2541b1294d2704b0964813337f33b291d3f8596b)\nError: Can't "
     "use 'tar -xzf' extract archive file: /home/runner/work/_actions/_temp_0d0e/e3fb.tar.gz. return code: 2.",
     "github.action_download_failed", "github", None, True),
    ("Error: Unable to download and extract artifact: Artifact download failed after 5 retries.",
     "github.artifact_service_error", "github", None, True),
    ("Error: No files were found with the provided path: build/out/. No artifacts will be uploaded.",
     "build.artifact_path_missing", "build", None, False),
    ("Run actions/checkout@v4\nError: fatal: fetch-pack: invalid index-pack output",
     "connectivity.reset", "connectivity", None, True),
    ("Run curl -sSL https://downloads.example.com/tool.tgz | tar xz\ngzip: stdin: unexpected end of file\ntar: "
     "Unexpected EOF in archive\ntar: Error is not recoverable: exiting now",
     "connectivity.cut_short", "connectivity", "downloads.example.com", True),
    ("##[error]Unable to resolve actions. Repositories not found :",
     "github.action_resolve_failed", "github", None, True),
    ("Getting action download info\nError: Unable to resolve action. Repository not found: acme/renamed-action",
     "build.action_not_found", "build", None, False),
    # registries through other clients: the classic builder's `Step N/M : FROM` names the registry, skopeo's logfmt
    # EOF, oras-go's FetchReference (helm pull oci://), the kubelet's missing platform on its image's host
    ("Step 7/10 : FROM public.ecr.aws/lambda/java:11\n[STDOUT] Build Failed\nError: SomeFunction failed to build: "
     "toomanyrequests: Rate exceeded",
     "registry.rate_limited", "registry", "public.ecr.aws", True),
    ("time=\"2024-04-12T23:45:19Z\" level=fatal msg=\"trying to reuse blob sha256:4f4f at destination: Head "
     "\\\"https://quay.io/v2/acme/app/blobs/sha256:4f4f\\\": EOF\"",
     "connectivity.eof", "connectivity", "quay.io", True),
    ("Error: failed to perform \"FetchReference\" on source: ghcr.io/acme/charts/app:10.0.0: not found",
     "build.tag_not_found", "build", "ghcr.io", False),
    ("Failed to pull image \"ghcr.io/acme/controller:latest\": rpc error: code = NotFound desc = failed to pull and "
     "unpack image \"ghcr.io/acme/controller:latest\": no match for platform in manifest: not found",
     "build.wrong_arch_image", "build", "ghcr.io", False),
    # Go, DNS and the runner: the Go compiler SIGKILLed, Java's certificate from the future, Go's unknown revision, a
    # module path's import page (`?go-get=1`: the call itself, not a help link), a proxy hanging up inside `go get`
    ("go build crypto/elliptic: /usr/local/go/pkg/tool/linux_amd64/compile: signal: killed",
     "local.out_of_memory", "local", None, False),
    ("Caused by: java.security.cert.CertificateNotYetValidException: NotBefore: Sat Jul 04 19:00:00 CDT 2020",
     "local.clock_skew", "local", None, False),
    ("go: github.com/acme/wireguard-go@v0.0.0-20200211020303-f39bc8eeee1b: unknown revision f39bc8eeee1b",
     "build.go_module_config", "build", None, False),
    ("Parsing meta tags from https://golang.org/x/lint/golint?go-get=1 (status code 502)\npackage "
     "golang.org/x/lint/golint: unrecognized import path \"golang.org/x/lint/golint\" (parse "
     "https://golang.org/x/lint/golint?go-get=1: no go-import meta tags ())",
     "goproxy.server_error", "goproxy", "golang.org", True),
    ("package golang.org/x/net/context: unrecognized import path \"golang.org/x/net/context\" (https fetch: Get "
     "https://golang.org/x/net/context?go-get=1: proxyconnect tcp: EOF)",
     "connectivity.proxy_refused", "connectivity", "golang.org", False),
    # a package mirror asks for no credentials: its 403 is a refusal of this runner (a remote build cache's is not)
    ("Err:5 http://us-central1.gce.archive.ubuntu.com/ubuntu focal InRelease\n  403  Forbidden [IP: 35.184.213.5 "
     "80]\nE: Failed to fetch http://us-central1.gce.archive.ubuntu.com/ubuntu/dists/focal/InRelease  403  Forbidden "
     "[IP: 35.184.213.5 80]",
     "connectivity.forbidden", "connectivity", "us-central1.gce.archive.ubuntu.com", True),
    ("Error: Storing entry at 'https://develocity.apache.org/cache/d3ec' response status 403: Forbidden",
     "credentials.registry_refused", "credentials", "develocity.apache.org", False),
    # builders: a name another job took, a pod the cluster refused, RBAC on create, Depot without a project, and a
    # pushed blob's commit the registry never answered (on the push target's host)
    ("/usr/bin/docker buildx create --name builder-2 --driver docker-container --use\nexisting instance for "
     "builder-2 but no append mode, specify --node to make changes for existing instances",
     "builder.name_conflict", "builder", None, False),
    (" => => # Warning buildkit-f5448b5fd FailedCreate Error creating: pods \"buildkit-f5448b5fd-\" is forbidden: "
     "unable to validate against any pod security policy: []",
     "builder.pod_forbidden", "builder", None, False),
    ("User \"system:anonymous\" cannot create resource \"deployments\" in API group \"apps\" in the namespace "
     "\"ci\"",
     "builder.kubernetes_refused", "builder", None, False),
    ("Error: could not configure buildx: unknown project ID (run `depot init` or use --project or $DEPOT_PROJECT_ID)",
     "builder.project_missing", "builder", None, False),
    ("#15 exporting to image\n#15 pushing manifest for registry.gitlab.com/acme/app:1 1.5s done\n#15 ERROR: failed "
     "commit on ref \"layer-sha256:49507e21bb5d\": no response",
     "registry.no_response", "registry", "registry.gitlab.com", True),
    # patterns their rule's keywords never reached: Java's UnknownHostException (and its host), git's `connection was
    # reset`, the artifact client's GetSignedArtifactURL; and its status line is the artifact service's, not a mirror's
    ("Caused by: java.net.UnknownHostException: repo.example.org",
     "dns.resolve_failed", "dns", "repo.example.org", False),
    ("fatal: unable to access 'https://git.example.org/acme/app.git/': The connection was reset.",
     "connectivity.reset", "connectivity", "git.example.org", True),
    ("Error: Failed to GetSignedArtifactURL: Received non-retryable error: Failed request: (500) Internal Server "
     "Error",
     "github.artifact_service_error", "github", None, True),
    ("Error: Failed to FinalizeArtifact: Received non-retryable error: Failed request: (500) Internal Server Error",
     "github.artifact_service_error", "github", None, True),
    # a plain-HTTP answer to a TLS handshake: an http:// proxy given as https://, never a transient TLS failure
    ("curl: (35) error:1408F10B:SSL routines:ssl3_get_record:wrong version number",
     "connectivity.tls_plaintext_peer", "connectivity", None, False),
    ("pip._vendor.urllib3.exceptions.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1129)",
     "connectivity.tls_plaintext_peer", "connectivity", None, False),
    # the cache client's read failure in its older wording (`with undefined`): the log's last word, so the cause
    ("Post job cleanup.\n[warning]uploadChunk (start: 0, end: 33554431) failed: Cache service responded with 503\n"
     "Error: Cache upload failed because file read failed with undefined",
     "gha_cache.upload_read_failed", "gha_cache", None, True),
    # pushes and logins: a certificate with no name for the host, Docker Hub's login lockout, docker's registry client
    # parsing an error body (and 1.x's push) is the registry's, an ECR token is never a Docker Hub image's
    ("FATA[0000] pinging container registry swr.example.com: Get \"https://swr.example.com/v2/\": x509: certificate "
     "is not valid for any names, but wanted to match swr.example.com",
     "connectivity.untrusted_certificate", "connectivity", "swr.example.com", False),
    ("Error response from daemon: Login: Too many failed login attempts. You have been locked out for one hour. Try "
     "again later or contact support. (Code: 429; Headers: map[])",
     "credentials.login_locked", "credentials", None, False),
    ("error parsing HTTP 429 response body: invalid character 'T' looking for beginning of value: \"Too Many "
     "Requests (HAP429).\\n\"",
     "registry.rate_limited", "registry", None, True),
    ("ee7645ded957: Pushing\ntime=\"2015-06-16T16:24:49+07:00\" level=\"fatal\" msg=\"HTTP code 504 while uploading "
     "metadata: unexpected end of JSON input\"",
     "registry.server_error", "registry", None, True),
    ("Pulling app (acme/app:1)...\nERROR: denied: Your Authorization Token has expired. Please run 'aws ecr "
     "get-login' to fetch a new one.",
     "credentials.ecr_token_expired", "credentials", None, False),
    # BuildKit pulling: a FROM that is not there (its frontend's wording), an answer that is not HTTP, and a
    # --cache-from image that does not exist (a warning: the build goes on without it)
    (" > [internal] load metadata for docker.io/acme/base:v2.0:\n------\nfailed to solve with frontend "
     "dockerfile.v0: failed to create LLB definition: docker.io/acme/base:v2.0: not found",
     "build.tag_not_found", "build", "docker.io", False),
    ("failed to solve: mcr.microsoft.com/dotnet/aspnet:7.0: failed to do request: Head "
     "\"https://mcr.microsoft.com/v2/dotnet/aspnet/manifests/7.0\": malformed MIME header: missing colon: "
     "\"correctly after a period of time\"",
     "registry.bad_response", "registry", "mcr.microsoft.com", True),
    # package tools in RUN steps: apt's status under its Err: line (the URL above), librepo's curl 28, pip's hashes,
    # and apk's UNTRUSTED signature the step's weak failure line reports
    ("Err:197 http://deb.debian.org/debian stretch/main amd64 autoconf all 2.69-10\n  503  Service Temporarily "
     "Unavailable [IP: 54.192.142.195 80]",
     "connectivity.package_mirror", "connectivity", "deb.debian.org", True),
    ("INFO:librepo:Error during transfer: Curl error (28): Timeout was reached for "
     "http://dl.fedoraproject.org/pub/fedora/repodata/repomd.xml [Operation too slow]",
     "connectivity.timeout", "connectivity", "dl.fedoraproject.org", True),
    ("THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, "
     "please update the hashes.",
     "build.checksum_mismatch", "build", None, False),
    ("Step 4/9 : RUN apk update\nfetch http://dl-3.alpinelinux.org/alpine/edge/testing/x86_64/APKINDEX.tar.gz\n"
     "WARNING: Ignoring http://dl-3.alpinelinux.org/alpine/edge/testing/: UNTRUSTED signature\nThe command '/bin/sh "
     "-c apk update' returned a non-zero code: 1",
     "build.untrusted_signature", "build", "dl-3.alpinelinux.org", False),
    # networks in builds: libpq's unresolved name (a compose service's is the build's own, named as its host; a
    # public one is DNS), apt's `Could not resolve 'host.docker.internal'` (a proxy on the runner's own alias), Go
    # dialling `:22` (no host)
    ("(psycopg2.OperationalError) could not translate host name \"postgres\" to address: Name does not resolve",
     "build.test_service_unreachable", "build", "postgres", False),
    ("psql: error: could not translate host name \"db.example.com\" to address: Temporary failure in name "
     "resolution",
     "dns.temporary_failure", "dns", "db.example.com", True),
    ("W: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Could not resolve "
     "'host.docker.internal'",
     "build.test_service_unreachable", "build", "host.docker.internal", False),
    ("Run appleboy/ssh-action@master\ndial tcp :22: connect: connection refused",
     "build.empty_address", "build", None, False),
    # self-hosted runners and Go proxies: a runner too old to get jobs, no docker binary, a quota, kubernetes mode
    # without a job container, a docker.sock that is not there, a proxy's broken zip, goreleaser's replace directive
    ("An error occurred: Runner version v2.310.0 is deprecated and cannot receive messages.",
     "local.runner_outdated", "local", None, False),
    ("Build container for action use: '/home/ubuntu/actions-runner/_work/_actions/acme/x/master/Dockerfile'.\n"
     "##[error]File not found: 'docker'",
     "local.docker_missing", "local", None, False),
    ("ERROR EphemeralRunner Failed to create a pod due to unrecoverable failure {\"error\": \"pods "
     "\\\"runner-8jttk\\\" is forbidden: exceeded quota: arc-namespace-quota, requested: limits.cpu=2\"}",
     "local.resource_quota_exceeded", "local", None, False),
    ("Run '/home/runner/k8s/index.js'\nError: Error: Job Container is required.\nError: Executing the custom "
     "container implementation failed.",
     "build.job_container_required", "build", None, False),
    ("stat: cannot statx '/var/run/docker.sock': No such file or directory",
     "local.docker_daemon_down", "local", None, False),
    ("Run go mod download github.com/leodido/go-urn@v1.4.0\ngithub.com/leodido/go-urn: zip: not a valid zip file",
     "goproxy.bad_zip", "goproxy", None, True),
    ("  \u2a2f release failed after 1s   error=cannot use the go.mod replace directive with go mod proxy enabled",
     "build.go_module_config", "build", None, False),
    # image pulls by older daemons and services: a status word with no code, no endpoint reachable, a bare `image X
    # not found`, and an HTML page's doctype URL (www.w3.org) is never the registry
    ("Run docker pull mcr.microsoft.com/mssql/server\nError response from daemon: Get https://mcr.microsoft.com/v2/: "
     "Service Unavailable",
     "registry.server_error", "registry", "mcr.microsoft.com", True),
    ("Pulling repository docker.io/acme/node\nCould not reach any registry endpoint",
     "registry.no_endpoint", "registry", "docker.io", True),
    ("Error: image acme/fsharp:latest not found",
     "build.tag_not_found", "build", "docker.io", False),
    ("Error response from daemon: pull access denied for mcr.microsoft.com/mssql/server, repository does not exist "
     "or may require 'docker login': denied: <!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN' "
     "'http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd'><html>",
     "credentials.pull_access_denied", "credentials", "mcr.microsoft.com", False),
    # OBS's build root has no network (and no resolver) by design: a Go fetch there is the package build's own
    ("[   24s] go.mod:13:2: require go.mau.fi/whatsmeow: Get \"https://proxy.golang.org/go.mau.fi/whatsmeow/@v/list\": "
     "dial tcp: lookup proxy.golang.org on [::1]:53: read udp [::1]:41550->[::1]:53: read: connection refused",
     "build.network_sandboxed", "build", None, False),
    # registries' protocol errors: Harbor 1.x refusing a manifest list, containers/image's unknown blob on upload,
    # distribution's NAME_INVALID with its message
    ("Error uploading manifest v0.3.7 to harbor.example.com/admin/metrics-server: unknown: Manifest.list is not "
     "supported.",
     "registry.oci_index_unsupported", "registry", "harbor.example.com", False),
    ("error: uploading the source layer sha256:ca91 failed: unable to upload layer sha256:ca91 to destination "
     "repository: unknown blob",
     "registry.unknown_blob", "registry", None, True),
    ("Error: error copying image to the remote destination: Error writing blob: Error initiating layer upload to "
     "/v2/ina/blobs/uploads/ in localhost:24817: name invalid: Invalid repository name.",
     "build.invalid_reference", "build", "localhost:24817", False),
    # other CI systems' own words: Jenkins remoting losing its agent, an agent's shell without docker, CircleCI's
    # memory limit, Azure Pipelines' pool with no agent, NuGet's feed index and package downloads
    ("Cannot contact win2012-x86-11: hudson.remoting.RequestAbortedException: java.io.IOException: Unexpected "
     "termination of the channel",
     "local.agent_channel_closed", "local", None, True),
    ("+ docker pull python:2-alpine\n/var/jenkins_home/workspace/app@tmp/durable-358c/script.sh: 1: "
     "/var/jenkins_home/workspace/app@tmp/durable-358c/script.sh: docker: not found",
     "local.docker_missing", "local", None, False),
    ("Your build has exceeded the memory limit of 4G on 1 container.",
     "local.out_of_memory", "local", None, False),
    ("##[error]The agent did not connect within the alloted time of 45 minute(s).",
     "local.runner_unavailable", "local", None, True),
    ("/Users/runner/work/1/s/restore.proj : error : Unable to load the service index for source "
     "https://pkgs.dev.azure.com/acme/public/_packaging/tools/nuget/v3/index.json.",
     "connectivity.feed_unreachable", "connectivity", "pkgs.dev.azure.com", True),
    ("  Failed to download package 'Acme.Action.1.1.1' from 'https://www.nuget.org/api/v2/package/Acme.Action/1.1.1'.",
     "connectivity.feed_unreachable", "connectivity", "www.nuget.org", True),
    # caches beside actions/cache: sccache's server that never started (its backend), Go's cache under a home the
    # runner cannot write
    ("sccache: error: Timed out waiting for server startup. Maybe the remote service is unreachable?",
     "gha_cache.cache_server_timeout", "gha_cache", None, True),
    ("failed to initialize build cache at /home/runner/.cache/go-build: mkdir /home/runner/.cache/go-build: "
     "permission denied",
     "local.cache_dir_denied", "local", None, False),
    # CircleCI's no-output timer in its newer wording is its own, not a network deadline
    ("Too long with no output (exceeded 10m0s): context deadline exceeded",
     "build.no_output_timeout", "build", None, False),
    # a NAME_INVALID refusal is the build's reference, named on the push target's host
    (" > pushing ghcr.io/app:v1.1.2 with docker:\n------\nERROR: name invalid", "build.invalid_reference", "build",
     "ghcr.io", False),
    # an error whose URL goes on the line below it, alone (gem's bracketed URL, requests' `for url:`, hackage's);
    # a line below that is more than a URL, or a documentation link, names no host
    ("Gem::RemoteFetcher::UnknownHostError: timed out\n(https://rubygems.org/gems/nokogiri-1.15.0.gem)",
     "connectivity.timeout", "connectivity", "rubygems.org", True),
    ("requests.exceptions.HTTPError: 503 Server Error: Backend is unhealthy\nfor url: https://pypi.org/pypi/x/1.0/json",
     "connectivity.package_mirror", "connectivity", "pypi.org", True),
    ("Unexpected response 503 for\nhttp://hackage.haskell.org/package/text-2.0.tar.gz",
     "connectivity.package_mirror", "connectivity", "hackage.haskell.org", True),
    ("Unexpected response 503 for\nhttps://docs.docker.com/engine/", "connectivity.package_mirror", "connectivity",
     None, True),
    ("Gem::RemoteFetcher::UnknownHostError: timed out\nsee the log at https://rubygems.org/gems/x.gem",
     "connectivity.timeout", "connectivity", None, True),
    # a `doc.` host is documentation, like a `docs.` one (cargo's hint under its chain)
    ("Caused by:\n  if the git CLI succeeds then `net.git-fetch-with-cli` may help here\n"
     "  https://doc.rust-lang.org/cargo/reference/config.html#netgit-fetch-with-cli\n\nCaused by:\n"
     "  failed to acquire username/password from local configuration",
     "credentials.git_auth", "credentials", None, False),
    # a body cut short in Apache HttpClient's words (Maven, Gradle, Jenkins) and under Node's zlib; Java gRPC's and
    # Android's `Unable to resolve host` (a private name: not retryable); kustomize's fixed limit on a git fetch
    ("[ERROR] Could not transfer artifact org.jenkins-ci.main:jenkins-war:war:2.346.1 from/to do-proxy "
     "(https://repo.do.jenkins.io/public/): Premature end of Content-Length delimited message body (expected: "
     "91,193,351; received: 45,782,202) -> [Help 1]",
     "connectivity.cut_short", "connectivity", "repo.do.jenkins.io", True),
    ("Error: Failed to download chromium, caused by\nError: unexpected end of file\n"
     "    at Zlib.zlibOnError [as onerror] (zlib.js:182:17)",
     "connectivity.cut_short", "connectivity", None, True),
    ("Failed to query remote execution capabilities: UNAVAILABLE: Unable to resolve host cache.corp.example",
     "dns.resolve_failed", "dns", "cache.corp.example", False),
    ("Error: accumulating resources from 'github.com/argoproj/argo-cd/manifests/base?ref=v2.0.1': hit 27s timeout "
     "running '/usr/bin/git fetch --depth=1 origin v2.0.1'",
     "connectivity.timeout", "connectivity", None, True),
    # ... but a connection error on the line below a remote cache's failure is that failure's detail
    ("* What went wrong:\n Could not load entry 2e898ad1 from remote build cache\n> org.apache.http."
     "ConnectionClosedException: Premature end of Content-Length delimited message body (expected: 5229544; "
     "received: 4263892)",
     "gha_cache.remote_cache_failed", "gha_cache", None, True),
    # package tools in their newer words: Node's AbortSignal timeout under pnpm, pnpm's 408 (a WARN line: a warning,
    # the best account when nothing else ended the job), urllib3's retries spent on 502s, apt's `Unable to connect
    # to HOST:http:` and its size check mid-sync, a release whose repositories are gone (dnf's empty mirrorlist,
    # apt's suite without a Release file; dnf's `metadata for repo` names no image), pnpm too old for Node 20, pip
    # finding no proxy, npm 7's lockfile wording
    ("[WARN] GET https://registry.npmjs.org/next/-/next-16.2.11.tgz error (23). Will retry in 1 minute. 1 retries "
     "left.\n[23] The operation was aborted due to timeout\nTimeoutError: The operation was aborted due to timeout",
     "connectivity.timeout", "connectivity", "registry.npmjs.org", True),
    (" WARN  GET https://registry.npmjs.org/@types/x/-/x-1.2.0.tgz error (ERR_PNPM_FETCH_408). Will retry in 10 "
     "seconds. 2 retries left.\nProgress: resolved 440, reused 0, downloaded 406, added 0",
     "connectivity.timeout", "connectivity", "registry.npmjs.org", True),
    ("pip._vendor.urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): "
     "Max retries exceeded with url: /packages/78/20/x.whl (Caused by ResponseError('too many 502 error responses'))",
     "connectivity.package_mirror", "connectivity", "files.pythonhosted.org", True),
    ("Err:26 http://azure.archive.ubuntu.com/ubuntu focal-updates/main amd64 linux-tools-common all 5.4.0-147.164\n"
     "  Unable to connect to azure.archive.ubuntu.com:http:",
     "connectivity.connection_failed", "connectivity", "azure.archive.ubuntu.com", True),
    ("Failed to fetch https://packages.microsoft.com/ubuntu/20.04/prod/dists/focal/main/binary-armhf/Packages.gz  "
     "File has unexpected size (17314 != 17306). Mirror sync in progress? [IP: 40.85.80.91 443]",
     "connectivity.mirror_out_of_sync", "connectivity", "packages.microsoft.com", True),
    ("Error: Failed to download metadata for repo 'appstream': Cannot prepare internal mirrorlist: No URLs in "
     "mirrorlist",
     "build.distro_eol", "build", None, False),
    ("0.158 E: The repository 'http://deb.debian.org/debian buster Release' does not have a Release file.",
     "build.distro_eol", "build", "deb.debian.org", False),
    (" ERR_PNPM_META_FETCH_FAIL  GET https://registry.npmjs.org/pnpm: Value of \"this\" must be of type "
     "URLSearchParams",
     "build.tool_outdated", "build", "registry.npmjs.org", False),
    ("WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection "
     "broken by 'ProxyError('Cannot connect to proxy.', OSError(0, 'Error'))': /simple/jupyterlab/\n"
     "ERROR: No matching distribution found for jupyterlab",
     "connectivity.proxy_refused", "connectivity", None, False),
    ("npm ERR! `npm ci` can only install packages when your package.json and package-lock.json or "
     "npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.",
     "build.lockfile_outdated", "build", None, False),
    # Go modules: an HTTP/2 stream reset in Go's older wording, go.mod errors in their other forms (a revision read
    # at a path, a pseudo-version whose base tag is gone, an empty GOSUMDB), git's own lines under Go's tab
    ("go get: github.com/gin-gonic/contrib@v0.0.0-2020: verifying module: github.com/gin-gonic/contrib@v0.0.0-2020: "
     "reading https://goproxy.io/sumdb/sum.golang.org/lookup/github.com/gin-gonic/contrib@v0.0.0-2020: stream error: "
     "stream ID 11; INTERNAL_ERROR",
     "connectivity.stream_reset", "connectivity", "goproxy.io", True),
    ("go: sigs.k8s.io/controller-tools/cmd/controller-gen@v0.9.2: sigs.k8s.io/controller-tools@v0.9.2: verifying "
     "module: missing GOSUMDB",
     "build.go_module_config", "build", None, False),
    ("go: github.com/openshift/hive@v1.0.5 requires\n\tgithub.com/openshift/api@v3.9.1-0.20191111211345-a27ff30ebf09"
     "+incompatible: invalid pseudo-version: preceding tag (v3.9.0) not found",
     "build.go_module_config", "build", None, False),
    ("reddit.go:11:2: reading github.com/vartanbeno/go-reddit/go.mod at revision v2.0.1: unknown revision v2.0.1",
     "build.go_module_config", "build", None, False),
    ("go: github.com/acme/repo@v0.0.0-2021: invalid version: git fetch -f origin refs/heads/*:refs/heads/* in "
     "/home/runner/go/pkg/mod/cache/vcs/49: exit status 128:\n\tremote: Repository not found.\n"
     "\tfatal: repository 'https://github.com/acme/repo/' not found",
     "credentials.repository_not_found", "credentials", "github.com", False),
    # registries: buildx's lowercase refusal names its tag's host; BuildKit's `[auth] REPO:SCOPE token for HOST` and
    # docker 1.x's `Pulling repository HOST/REPO` name the registry a later hostless error is about
    ('ERROR: invalid tag "ghcr.io/jaeminSon/llama.cpp:light-cuda-37e7854c": repository name must be lowercase',
     "build.invalid_reference", "build", "ghcr.io", False),
    ("#20 [auth] acme/nakama:pull,push token for registry.digitalocean.com\n#20 DONE 0.0s\n\n#19 exporting to "
     "image\n#19 pushing layers 0.8s done\n#19 ERROR: failed to authorize: failed to fetch oauth token: unexpected "
     "status: 403 Forbidden\n------\n > exporting to image:\n------\nerror: failed to solve: failed to fetch oauth "
     "token: unexpected status: 403 Forbidden",
     "credentials.token_failed", "credentials", "registry.digitalocean.com", False),
    ("Pulling repository gcr.io/google_containers/kube-registry-proxy\n2.0: Pulling from google_containers/pause\n"
     "Digest: sha256:9ce5316f\nStatus: Image is up to date for gcr.io/google_containers/pause:2.0\nError: Status 500 "
     "trying to pull repository google_containers/kube-registry-proxy: \"Internal Error.\"",
     "registry.server_error", "registry", "gcr.io", True),
    # git and the runner: a submodule commit the fetch did not find (a wrapper: a throttled fetch just before it is
    # the cause), .NET's HttpClient.Timeout, git over GnuTLS with no CA bundle, ssh's unknown host key, setup-go's
    # missing go.sum with its directory wrapped onto the next line
    ("fatal: Fetched in submodule path 'datasets/edna', but it did not contain 9d2b82a1a94d4b3f74325b0f284ad4c50618e6c1"
     ". Direct fetching of that commit failed.",
     "build.submodule_ref_missing", "build", None, False),
    ("fatal: unable to access 'https://github.com/ROCm/llvm-project.git/': The requested URL returned error: 429\n"
     "fatal: Fetched in submodule path 'compiler/amd-llvm', but it did not contain 46fcb339. Direct fetching of that "
     "commit failed.",
     "github.outage", "github", "github.com", True),
    ("Failed to download action 'https://api.github.com/repos/actions/checkout/tarball/abc'. Error: The request was "
     "canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.",
     "connectivity.timeout", "connectivity", "api.github.com", True),
    ("fatal: unable to access 'https://github.com/dotnet/orleans/': server certificate verification failed. CAfile: "
     "none CRLfile: none",
     "connectivity.untrusted_certificate", "connectivity", "github.com", False),
    ("Cloning into '/tmp/build/assets/app'...\nHost key verification failed.\nfatal: Could not read from remote "
     "repository.",
     "credentials.git_auth", "credentials", None, False),
    ("Restore cache failed: Dependencies file is not found in\n/home/runner/work/x/x. Supported file pattern: go.sum",
     "gha_cache.dependency_file_missing", "gha_cache", None, False),
    # names no public resolver has (one label, *.localhost): a resolver failure for one fails the same on a re-run;
    # urllib3's host='...' and wget's `Resolving NAME (NAME)... failed` name it; NSS's certificate wordings
    ('Get "https://kind-registry:5000/v2/": dial tcp: lookup kind-registry on 127.0.0.53:53: server misbehaving',
     "dns.server_misbehaving", "dns", "kind-registry", False),
    ("dial tcp: lookup registry.localhost on 10.96.0.10:53: server misbehaving",
     "dns.server_misbehaving", "dns", "registry.localhost", False),
    ("requests.exceptions.ConnectionError: HTTPConnectionPool(host='placeholder_hostname', port=80): Max retries "
     "exceeded with url: /api/v2/users/ (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at "
     "0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))",
     "dns.temporary_failure", "dns", "placeholder_hostname", False),
    ("--2017-02-10 12:55:11--  http://termix/soft/java/jdk.rpm\nResolving termix (termix)... failed: Name or "
     "service not known.",
     "build.test_service_unreachable", "build", "termix", False),
    ("Clone failed: fatal: unable to access 'https://github.com/openshift/origin.git/': Peer's Certificate has "
     "expired.",
     "connectivity.untrusted_certificate", "connectivity", "github.com", False),
    # builders: the legacy builder refusing --progress, a remote builder's gRPC connection closing or its job lost,
    # a user namespace with too few IDs, buildah's short-name mode, buildx's context path missing, a push of an
    # image never loaded
    ("DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n\nunknown flag: "
     "--progress\nSee 'docker build --help'.",
     "builder.buildx_missing", "builder", None, False),
    ("build failed: failed to solve: Canceled: grpc: the client connection is closing",
     "builder.connection_lost", "builder", None, True),
    ("error building image 'registry.cloud.okteto.net/acme/web:okteto': build failed: failed to receive status: rpc "
     "error: code = Unknown desc = no such job sspdrpge5d3wd6k144lf1edud",
     "builder.connection_lost", "builder", None, True),
    ('Error committing the finished image: error adding layer with blob "sha256:852e50cd": Error processing tar '
     "file(exit status 1): there might not be enough IDs available in the namespace (requested 0:42 for "
     "/etc/gshadow): lchown /etc/gshadow: invalid argument",
     "builder.namespace_denied", "builder", None, False),
    ("Error: creating build container: short-name resolution enforced but cannot prompt without a TTY",
     "build.short_name_unqualified", "build", None, False),
    ("Error: buildx failed with: ERROR: could not find docker: stat docker: no such file or directory",
     "build.missing_file", "build", None, False),
    ("The push refers to repository [us-west2-docker.pkg.dev/acme/api/api_test]\nAn image does not exist locally "
     "with the tag: us-west2-docker.pkg.dev/acme/api/api_test",
     "build.image_not_loaded", "build", None, False),
    # the build's own: MySQL's client refused on loopback (its test service), golangci-lint's own deadline, a job
    # cancelled (a wrapper: a runner shut down just before it is the cause), a runtime's heap limit, the legacy
    # builder's exit 137 (the OOM killer); Testcontainers' image pull that failed (the registry's, retryable)
    ("Run mysql --host 127.0.0.1 --port 32768 -uroot -proot -e \"SHOW GRANTS\"\nERROR 2003 (HY000): Can't connect "
     "to MySQL server on '127.0.0.1:32768' (111)",
     "build.test_service_unreachable", "build", None, False),
    ('level=error msg="Running error: context loading failed: failed to load packages: timed out to load packages: '
     'context deadline exceeded"\nlevel=error msg="Timeout exceeded: try increasing it by passing --timeout option"',
     "build.step_timeout", "build", None, False),
    ("##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a "
     "manually started runner is canceled.\n##[error]The operation was canceled.",
     "local.runner_lost", "local", None, True),
    ("<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
     "build.heap_limit", "build", None, False),
    ("Building     QuickCheck-2.13.2 (lib)\nThe command '/bin/sh -c cabal v2-build semantic:exe:semantic' returned a "
     "non-zero code: 137",
     "local.out_of_memory", "local", None, False),
    ("ContainerFetchException: Can't get Docker image: RemoteDockerImage(imageName=camunda/identity:8.10.0-alpha2, "
     "...)\nCaused by: ConditionTimeoutException: Condition with Lambda expression in\n    "
     "org.testcontainers.images.RemoteDockerImage was not fulfilled within 2 minutes.",
     "registry.pull_failed", "registry", "docker.io", True),
    # credentials: checkout's `Error: fatal: repository ... not found` (a private submodule), the OIDC token a job may
    # not request in PyPI's and an action's words, Google's STS refusing by attribute condition, gcloud's docker
    # helper with no account, GCR's permissions message; a service account's `sa@project...` is never an image
    ("Error: fatal: repository 'https://github.com/acme/private-config/' not found\nError: fatal: clone of "
     "'https://github.com/acme/private-config' into submodule path '/home/runner/_work/api/api/config' failed",
     "credentials.repository_not_found", "credentials", "github.com", False),
    ("OpenID Connect token retrieval failed: GitHub: missing or insufficient OIDC token permissions, the "
     "ACTIONS_ID_TOKEN_REQUEST_TOKEN environment variable was unset",
     "credentials.id_token_permission", "credentials", None, False),
    ("Failed to setup GitHub token: Error: Could not fetch an OIDC token. Did you remember to add `id-token: write` "
     "to your workflow permissions?",
     "credentials.id_token_permission", "credentials", None, False),
    ("google-github-actions/auth failed with: failed to generate Google Cloud federated token for "
     '//iam.googleapis.com/***: {"error":"unauthorized_client","error_description":"The given credential is '
     'rejected by the attribute condition."}',
     "credentials.cloud_auth_refused", "credentials", None, False),
    ("ERROR: (gcloud.auth.docker-helper) You do not currently have an active account selected.",
     "credentials.cloud_auth_refused", "credentials", None, False),
    ("unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid "
     "credentials. To authenticate your request, follow the steps in: "
     "https://cloud.google.com/container-registry/docs/advanced-authentication",
     "credentials.denied", "credentials", None, False),
    ("Error: google-github-actions/auth failed with: Error: Failed to generate Google Cloud access token for "
     'sa-5@acme.iam.gserviceaccount.com: {\n  "error": {\n    "code": 403,\n    "message": "The caller does not '
     'have permission",\n    "status": "PERMISSION_DENIED"\n  }\n}',
     "credentials.registry_refused", "credentials", None, False),
    # distribution packages in RUN steps: apt's key the image lacks or that expired, gpgv blocked by an old seccomp
    # profile, libcurl's low-speed limit, pacman's `from HOST :`, zypper's mirror missing a file, apt's package that
    # is not there (a wrapper: a failed index fetch before it is the cause), a proxy refusing the CONNECT
    ("W: GPG error: https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2004/x86_64  InRelease: The "
     "following signatures couldn't be verified because the public key is not available: NO_PUBKEY A4B469963BF863CC\n"
     "E: The repository 'https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2004/x86_64  InRelease' is "
     "not signed.",
     "build.untrusted_signature", "build", "developer.download.nvidia.com", False),
    ("Err:1 http://deb.debian.org/debian unstable InRelease\n  At least one invalid signature was encountered.",
     "local.seccomp_clone3", "local", None, False),
    ("error: failed retrieving file 'community.db' from mirror.leaseweb.net : Operation too slow. Less than 1 "
     "bytes/sec transferred the last 10 seconds",
     "connectivity.timeout", "connectivity", "mirror.leaseweb.net", True),
    ("error: failed retrieving file 'extra.db' from mirror.archlinuxarm.org : The requested URL returned error: 404",
     "build.request_rejected", "build", "mirror.archlinuxarm.org", False),
    ("  - File './repodata/91a4460e-susedata.xml.gz' not found on medium "
     "'http://download.opensuse.org/update/leap/15.3/sle/'",
     "connectivity.mirror_out_of_sync", "connectivity", "download.opensuse.org", True),
    ("E: Unable to locate package python-pip", "build.package_not_found", "build", None, False),
    ("Err:1 http://deb.debian.org/debian bookworm InRelease\n  Temporary failure resolving 'deb.debian.org'\n"
     "E: Unable to locate package curl",
     "dns.temporary_failure", "dns", "deb.debian.org", True),
    ("E: Failed to fetch https://apt.dockerproject.org/repo/dists/ubuntu-xenial/main/binary-amd64/Packages  "
     "Received HTTP code 403 from proxy after CONNECT",
     "connectivity.proxy_refused", "connectivity", "apt.dockerproject.org", False),
    # the Actions cache: a restore that stopped moving before the job was cancelled, an archiver the cache step
    # cannot use (BusyBox tar, no zstdmt: the last word, so the cause), a cache URL with no trailing slash (a port
    # or a host glued to `twirp/`), magic-nix-cache's FlakeHub without a login
    ("Received 264241152 of 532334052 (49.6%), 84.0 MBs/sec\nError: The operation was canceled.",
     "gha_cache.download_stalled", "gha_cache", None, True),
    ("Sent 0 of 146321772 (0.0%), 0.0 MBs/sec\n/bin/tar: unrecognized option: posix\nBusyBox v1.37.0 (2025-12-16 "
     "14:19:28 UTC) multi-call binary.",
     "gha_cache.archive_tool_missing", "gha_cache", None, False),
    ("/bin/sh: 1: zstdmt: not found\n/usr/bin/tar: cache.tzst: Wrote only 4096 of 10240 bytes",
     "gha_cache.archive_tool_missing", "gha_cache", None, False),
    ('#34 ERROR: parse "http://actions-cache.actions-runner-system.svc.cluster.local:3000twirp/github.actions.results'
     '.api.v1.CacheService/GetCacheEntryDownloadURL": invalid port ":3000twirp" after host',
     "gha_cache.client_url_invalid", "gha_cache", None, False),
    ('ERROR: failed to solve: Post "https://results-receiver.actions.acme.ghe.comtwirp/github.actions.results.api.v1.'
     'CacheService/GetCacheEntryDownloadURL": dial tcp: lookup results-receiver.actions.acme.ghe.comtwirp on '
     "168.63.129.16:53: no such host",
     "gha_cache.client_url_invalid", "gha_cache", None, False),
    ("ERROR magic_nix_cache: FlakeHub: cache initialized failed: Unauthenticated: Cannot find netrc credentials for "
     "https://api.flakehub.com/",
     "credentials.tool_token_missing", "credentials", "api.flakehub.com", False),
    # plain http to a TLS server (nginx's 400 page, npm's 426, a TLS alert read as HTTP), git:// to GitHub (retired)
    ('error parsing HTTP 400 response body: invalid character \'<\' looking for beginning of value: "<html><head>'
     '<title>400 The plain HTTP request was sent to HTTPS port</title></head>"',
     "build.https_required", "build", None, False),
    ("npm ERR! code E426\nnpm ERR! Registry returned 426 for PUT on http://registry.npmjs.org/-/user/org.couchdb.user.",
     "build.https_required", "build", "registry.npmjs.org", False),
    ("#34 ERROR: failed to do request: Head http://localhost:5000/v2/listener/blobs/sha256:ab: http: HTTP/1.x "
     'transport connection broken: malformed HTTP response "\\x15\\x03\\x01\\x00\\x02\\x02"',
     "build.https_required", "build", "localhost:5000", False),
    ("$ git  clone git://github.com/InsightSoftwareConsortium/ITKSimpleITKFilters.git\nCloning into "
     "'ITKSimpleITKFilters'...\nfatal: unable to connect to github.com:\ngithub.com[0: 192.30.255.112]: "
     "errno=Operation timed out",
     "build.git_protocol_retired", "build", "github.com", False),
    # pulls on Kubernetes: Docker 27's refusal of schema 1 images, containerd's NotFound (the tag's, or the
    # platform's when it says so; its image in typographic or escaped quotes), the older daemon's bare `denied`
    ('Failed to pull image "docker/whalesay": [DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest '
     "version 2, schema 1 support is disabled by default and will be removed in an upcoming release. Suggest the "
     "author of docker.io/docker/whalesay:latest to upgrade the image",
     "build.schema1_image", "build", "docker.io", False),
    ("Failed to pull image \u201crancher/istio-kubectl:1.5.10\u201d: rpc error: code = NotFound desc = failed to pull "
     "and unpack image \u201cdocker.io/rancher/istio-kubectl:1.5.10\u201d: no match for platform in manifest: not "
     "found",
     "build.wrong_arch_image", "build", "docker.io", False),
    ('level=error msg="PullImage \\"k8s.gcr.io/coredns:v1.9.3\\" failed" error="rpc error: code = NotFound desc = '
     'failed to pull and unpack image \\"k8s.gcr.io/coredns:v1.9.3\\": failed to resolve reference',
     "build.tag_not_found", "build", "k8s.gcr.io", False),
    ('Failed to pull image "ghcr.io/acme/right-leg:v0.1.0": rpc error: code = Unknown desc = Error response from '
     "daemon: Head https://ghcr.io/v2/acme/right-leg/manifests/v0.1.0: denied",
     "credentials.denied", "credentials", "ghcr.io", False),
    # GitHub's own services: the runner's action download info failing on GitHub's side (its bare last line names no
    # cause), the API's own timeout and GraphQL's internal error, Pages not finishing, LFS over quota, a workflow file
    # pushed without the workflows scope, gh without GH_TOKEN, git describe in a shallow checkout, artifact v4 on a
    # GHES-like server, a proxy that mangles the artifact API's answers
    ("Failed to resolve action download info. Error: Service Unavailable\nRetrying in 25.066 seconds\n"
     "##[error]Failed to resolve action download info.",
     "github.action_resolve_failed", "github", None, True),
    ("Error: We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and "
     "contact us if the problem persists.",
     "github.outage", "github", None, True),
    ("GraphqlResponseError: Request failed due to following response errors:\n - Something went wrong while "
     "executing your query. Please include `A885:390BA2` when reporting this issue.",
     "github.outage", "github", None, True),
    ("Getting Pages deployment status...\nCurrent status: syncing_files\nError: Deployment failed, try again later.",
     "github.pages_deploy_failed", "github", None, True),
    ("  batch response: This repository is over its data quota. Account responsible for LFS bandwidth should "
     "purchase more data packs to restore access.",
     "github.lfs_quota", "github", "github.com", False),
    ("To https://github.com/acme/test-workflows\n ! [remote rejected] main -> main (refusing to allow a GitHub App "
     "to create or update workflow `.github/workflows/docs.yml` without `workflows` permission)",
     "credentials.token_permissions", "credentials", "github.com", False),
    ("gh: To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable. Example:",
     "credentials.tool_token_missing", "credentials", None, False),
    ("Run TAG=`echo $(git describe --tags --abbrev=0)`\nfatal: No names found, cannot describe anything.",
     "build.shallow_checkout", "build", None, False),
    ("::error::@actions/artifact v2.0.0+, upload-artifact@v4+ and download-artifact@v4+ are not currently supported "
     "on GHES.",
     "build.action_unsupported_platform", "build", None, False),
    ("Create Artifact Container - Attempt 5 of 5 failed with error: got illegal response body from proxy",
     "connectivity.proxy_bad_response", "connectivity", None, False),
    # yarn berry's 5xx under YN0035, bun's tarball cut short, the tool cache's `Request timeout: /PATH` (the cancel
    # after it is a wrapper), a vanity import path without its go-import tag (a wrapper: the page's 5xx before it is
    # the cause), go get refused by GOPRIVATE/GONOPROXY or asked for a /vN module without its suffix, ECR's layer cap
    ("➤ YN0000: Retrieving https://nightly.yarnpkg.com/latest.js\n➤ YN0035: The remote server failed to provide the "
     "requested resource\n➤ YN0035:   Response Code: 530\n➤ YN0035:   Request Method: GET",
     "connectivity.package_mirror", "connectivity", "nightly.yarnpkg.com", True),
    ('error: Fail extracting tarball for "mermaid"', "connectivity.cut_short", "connectivity", None, True),
    ("Downloading a new version of Bun: https://bun.sh/download/latest/linux/x64?avx2=true\nRequest timeout: "
     "/download/latest/linux/x64?avx2=true&profile=false\nWaiting 13 seconds before trying again\nError: The "
     "operation was canceled.",
     "connectivity.timeout", "connectivity", "bun.sh", True),
    ('package neugram.io/ng/eval: unrecognized import path "neugram.io/ng/eval" (parse '
     "https://neugram.io/ng/eval?go-get=1: no go-import meta tags ())",
     "goproxy.vanity_meta_missing", "goproxy", "neugram.io", False),
    ("Parsing meta tags from https://golang.org/x/lint/golint?go-get=1 (status code 502)\npackage "
     'golang.org/x/lint/golint: unrecognized import path "golang.org/x/lint/golint" (parse '
     "https://golang.org/x/lint/golint?go-get=1: no go-import meta tags ())",
     "goproxy.server_error", "goproxy", "golang.org", True),
    ("go get golang.org/x/tools@master: path does not match GOPRIVATE/GONOPROXY",
     "build.go_module_config", "build", None, False),
    ("go get github.com/google/go-github@master: github.com/google/go-github@v0.0.0-20200210131958-2e3e74fa920e: "
     'invalid version: go.mod has post-v0 module path "github.com/google/go-github/v29" at revision 2e3e74fa920e',
     "build.go_module_config", "build", None, False),
    ("Error: UnexpectedHTTPStatusCode(when: \"pushing manifest\", code: 405, details: \"Invalid parameter at "
     "'ImageManifest' failed to satisfy constraint: 'Limit on number of layers per image exceeded'\")",
     "registry.layer_limit", "registry", None, False),
    # Python packaging: a requirement not on the indexes (a wrapper: pip's retries on an unreachable index before
    # it are the cause), a package for another Python or platform, conda's unsatisfiable pins, an image without CA
    # certificates, wget's certificate refusal
    ("ERROR: Could not find a version that satisfies the requirement triton-xpu==3.6.0 (from versions: none)\n"
     "ERROR: No matching distribution found for triton-xpu==3.6.0",
     "build.requirement_not_found", "build", None, False),
    ("WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection "
     "broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to "
     "establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/requests/\n"
     "ERROR: No matching distribution found for requests",
     "dns.temporary_failure", "dns", None, True),
    ("PackagesNotFoundError: The following packages are not available from current channels:\n\n  - python=3.15*",
     "build.requirement_not_found", "build", None, False),
    ("ERROR: Package 'botocore' requires a different Python: 3.9.25 not in '>=3.10'",
     "build.python_version_unsupported", "build", None, False),
    ("LibMambaUnsatisfiableError: Encountered problems while solving:\n  - package conda-25.3.0-py310h4c7bcd0_0 "
     "requires python >=3.10,<3.11.0a0, but none of the providers can be installed",
     "build.python_version_unsupported", "build", None, False),
    ("#6 0.144 curl: (77) error setting certificate file: /etc/ssl/certs/ca-certificates.crt",
     "build.ca_certificates_missing", "build", None, False),
    ("ERROR: cannot verify anaconda.org's certificate, issued by '/C=US/O=Let's Encrypt/CN=R3':",
     "connectivity.untrusted_certificate", "connectivity", None, False),
    # a cache's service-side failure names the storage or server its line (or the `url:` line below) names
    ("sccache: error: Server startup failed: cache storage failed to read: Unexpected (temporary) at read => send "
     "http request\n   url: https://acmeresults7.blob.core.windows.net/actions-cache/f1?sig=REDACTED",
     "gha_cache.storage_unavailable", "gha_cache", "acmeresults7.blob.core.windows.net", True),
    ("##[error]Server failed to authenticate the request. Make sure the value of Authorization header is formed "
     "correctly including the signature. (https://acmecache3.blob.core.windows.net/cache/k.tzst)",
     "gha_cache.sas_expired", "gha_cache", "acmecache3.blob.core.windows.net", True),
    # a cache key hashing too many files, a setup action's cache path list wrapped onto the next line
    ("Error: The template is not valid. .github/workflows/ci.yml (Line: 40, Col: 16): hashFiles('**/yarn.lock') "
     "couldn't finish within 120 seconds.", "gha_cache.hashfiles_timeout", "gha_cache", None, False),
    ("Error: No file in /home/runner/work/app/app matched to\n[**/requirements.txt or **/pyproject.toml], make sure "
     "you have checked out the target repository", "gha_cache.dependency_file_missing", "gha_cache", None, False),
    # package feeds in their own words: dotnet restore's bare line, Bundler's specs fetch
    ("Unable to load the service index for source https://api.nuget.org/v3/index.json.",
     "connectivity.feed_unreachable", "connectivity", "api.nuget.org", True),
    ("Could not fetch specs from https://rubygems.org/", "connectivity.package_mirror", "connectivity", "rubygems.org",
     True),
    ("Error Bundler::HTTPError during request to dependency API", "connectivity.package_mirror", "connectivity", None,
     True),
    # the build's own: pip before 10 (no ERROR: prefix), a toolchain version the setup action has no build of, a
    # yanked crate, an IAM policy without the ECR action, az acr login with no az login before it
    ("  Could not find a version that satisfies the requirement acme-tool (from versions: )\nNo matching distribution "
     "found for acme-tool", "build.requirement_not_found", "build", None, False),
    ("##[error]Unable to find Go version '1.15rc1' for platform linux and architecture x64.",
     "build.toolchain_version_unavailable", "build", None, False),
    ("::error::The version '3.12.0' with architecture 'x64' was not found for this operating system.",
     "build.toolchain_version_unavailable", "build", None, False),
    ("error[yanked]: detected yanked crate (try `cargo update -p chacha20`)", "build.artifact_missing", "build", None,
     False),
    ("User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecr:BatchGetImage on resource: "
     "arn:aws:ecr:us-east-1:123456789012:repository/app because no identity-based policy allows the ecr:BatchGetImage "
     "action", "credentials.iam_permission_missing", "credentials", None, False),
    ("ERROR: Unable to authenticate using AAD or admin login credentials. Please specify both username and password "
     "in non-interactive mode.", "credentials.missing", "credentials", None, False),
    # a bare `manifest unknown` after reading a manifest: the registry of the image the command named
    ("Run DIGEST=$(docker manifest inspect ghcr.io/acme/web:44 | jq '.manifests[0].digest')\nmanifest unknown",
     "build.tag_not_found", "build", "ghcr.io", False),
    # a registry name one slip from a real one (letters swapped, one dropped or doubled) is the build's typo; one
    # letter changed is not (icr.io is IBM's registry, a lookup timeout there is DNS's)
    ("error: Get https://ghrc.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout "
     "exceeded while awaiting headers)", "build.registry_host_typo", "build", "ghrc.io", False),
    ('Error response from daemon: Get "https://gchr.io/v2/": dial tcp: lookup gchr.io on 127.0.0.53:53: no such host',
     "build.registry_host_typo", "build", "gchr.io", False),
    ('Error response from daemon: Get "https://us.icr.io/v2/": dial tcp: lookup us.icr.io on 127.0.0.53:53: read udp '
     "127.0.0.1:40000->127.0.0.53:53: i/o timeout", "dns.timeout", "dns", "us.icr.io", True),
    # a lookup failing in more tools' words: apk's, libcurl's own (old cargo), WinHTTP's; the host from git's and
    # Ruby's forms and from the line above an inner exception that restates it (.NET); a URL whose host has an empty
    # label is the build's unset variable, never the resolver's
    ("ERROR: https://dl-cdn.alpinelinux.org/alpine/v3.16/main: DNS lookup error", "dns.resolve_failed", "dns",
     "dl-cdn.alpinelinux.org", True),
    ("warning: spurious network error (1 tries remaining): failed to send request: The server name or address could "
     "not be resolved", "dns.resolve_failed", "dns", None, True),
    ("Caused by:\n  Couldn't resolve host name", "dns.resolve_failed", "dns", None, True),
    ('Unable to access the "ci" space at Testspace (https://.testspace.com). Failed performing request: [6] '
     "Couldn't resolve host name", "build.host_name_malformed", "build", None, False),
    ("    No such host is known. (api.nuget.org:443)\n      No such host is known.", "dns.no_such_host", "dns",
     "api.nuget.org", True),
    ("fatal: Unable to look up github.com (port 9418) (Temporary failure in name resolution)",
     "dns.temporary_failure", "dns", "github.com", True),
    ("retrying Socket::ResolutionError (Failed to open TCP connection to rubygems.org:443 (getaddrinfo(3): Temporary "
     "failure in name resolution)) after 9 seconds...", "dns.temporary_failure", "dns", "rubygems.org", True),
    # certificates: Go's x509 error with its article, every curl 77 (the CA bundle is absent or unreadable)
    ("Get https://api.github.com/repos/acme/app/pulls/1: x509: a certificate signed by unknown authority",
     "connectivity.untrusted_certificate", "connectivity", "api.github.com", False),
    ("curl: (77) Problem with the SSL CA cert (path? access rights?)", "build.ca_certificates_missing", "build", None,
     False),
    ("curl: (77) error setting certificate verify locations:\n  CAfile: /etc/ssl/certs/ca-certificates.crt",
     "build.ca_certificates_missing", "build", None, False),
    # apt's summary line with the connect error after its URL
    ("E: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/pool/main/libp/libpq.deb  Unable to connect to "
     "azure.archive.ubuntu.com:http: [IP: 40.119.46.219 80]", "connectivity.connection_failed", "connectivity",
     "azure.archive.ubuntu.com", True),
    # the runner's engine: a damaged layer store, a shim that may not set its OOM score, a layer applied where
    # namespaces are denied; kaniko unpacking its base over a busy, read-only or clashing path
    ("failed to register layer: open /var/lib/docker/image/overlay2/layerdb/tmp/write-set-2084012180/diff: "
     "input/output error", "local.docker_daemon_broken", "local", None, False),
    ("docker: Error response from daemon: io.containerd.runc.v2: failed to adjust OOM score for shim: set shim OOM "
     "score: write /proc/211/oom_score_adj: invalid argument", "local.docker_daemon_broken", "local", None, False),
    ('level=error msg="Error while applying layer: ApplyLayer exit status 1 stdout:  stderr: Error creating mount '
     'namespace before pivot: operation not permitted"', "builder.namespace_denied", "builder", None, False),
    ("error building image: error building stage: failed to get filesystem from image: mkdir /usr/share/file/magic: "
     "not a directory", "builder.kaniko_filesystem", "builder", None, False),
    ("error building image: error building stage: failed to get filesystem from image: removing whiteout "
     "kaniko/.docker/.wh..wh..opq: unlinkat /kaniko/.docker/.wh..opq: read-only file system",
     "builder.kaniko_filesystem", "builder", None, False),
    # cargo's retried network failure in a wording no rule knows (a localised OS message) is still the network's, its
    # host the registry announced above; WinHTTP's lookup error wrapped onto the next line; apt's summary whose URL
    # the reporter elided
    ("    Updating registry `https://github.com/rust-lang/crates.io-index`\nwarning: spurious network error (1 tries "
     "remaining): [2/-1] failed to send request: \u64cd\u4f5c\u8d85\u65f6\nerror: failed to update registry "
     "https://github.com/rust-lang/crates.io-index", "connectivity.request_failed", "connectivity", "github.com",
     True),
    ("warning: spurious network error (1 tries remaining): failed to send request: The\n server name or address "
     "could not be resolved", "dns.resolve_failed", "dns", None, True),
    ("E: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/{the package}  Unable to connect to "
     "azure.archive.ubuntu.com:http: [IP: 40.119.46.219 80]", "connectivity.connection_failed", "connectivity",
     "azure.archive.ubuntu.com", True),
    # old git's and libcurl's lookup failures with their host; Bazel's downloader naming Maven Central's retired
    # central.maven.org; a lookup of a fixed public service name (codecov's uploader) is transient
    ("fatal: unable to access 'https://github.com/acme/app.git/': Couldn't resolve host 'github.com'",
     "dns.resolve_failed", "dns", "github.com", True),
    ("fatal: unable to connect to github.com:\ngithub.com: Temporary failure in name resolution",
     "dns.temporary_failure", "dns", "github.com", True),
    ("WARNING: Download from http://central.maven.org/maven2/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar "
     "failed: class com.google.devtools.build.lib.bazel.repository.downloader.UnrecoverableHttpException Unknown "
     "host: central", "build.retired_repository", "build", "central.maven.org", False),
    ("curl: (6) Could not resolve host: cli.codecov.io", "dns.resolve_failed", "dns", "cli.codecov.io", True),
    # the runner's engine and builder: no address pool left for a network, dockerd crashing in its journal,
    # BuildKit's lost step state (a race a re-run passes), a cache backend the builder is too old for; musl's
    # EAI_AGAIN text
    ("Error response from daemon: could not find an available, non-overlapping IPv4 address pool among the defaults "
     "to assign to the network", "local.docker_address_pools_exhausted", "local", None, False),
    ("Jul 06 08:29:22 runner01 dockerd[178101]: fatal error: concurrent map writes", "local.docker_daemon_crashed",
     "local", None, True),
    ("ERROR: failed to solve: failed to compute cache key: failed to get state for index 0 on [builder 17/22] RUN "
     "make", "builder.internal_error", "builder", None, True),
    ('ERROR: failed to solve: unknown cache exporter: "s3"', "builder.cache_backend_unsupported", "builder", None,
     False),
    ("dial tcp: lookup proxy.golang.org: Try again", "dns.temporary_failure", "dns", "proxy.golang.org", True),
    # the runner's resolver itself refusing or absent is the machine's, never retried; a GitHub Pages chart
    # repository's failed lookup is transient (wildcard DNS: no user name is ever NXDOMAIN)
    ("Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on "
     "[::1]:53: read udp [::1]:54563->[::1]:53: read: connection refused", "dns.resolver_unreachable", "dns",
     "registry-1.docker.io", False),
    ("Get https://index.docker.io/v1/repositories/acme/app/images: dial tcp: lookup index.docker.io: no DNS servers",
     "dns.resolver_unreachable", "dns", "index.docker.io", False),
    ('Error: looks like "https://apache.github.io/apisix-helm-chart" is not a valid chart repository or cannot be '
     'reached: Get "https://apache.github.io/apisix-helm-chart/index.yaml": dial tcp: lookup apache.github.io on '
     "10.0.0.2:53: no such host", "dns.no_such_host", "dns", "apache.github.io", True),
    (" => ERROR resolve image config for docker.io/docker/dockerfile:1.2-labs   0.4s\n------\n > resolve image config "
     "for docker.io/docker/dockerfile:1.2-labs:\n------\ndocker.io/docker/dockerfile:1.2-labs not found",
     "build.tag_not_found", "build", None, False),
    ("#2 [internal] load metadata for docker.io/library/node:20\n#2 ERROR: encountered unknown type text/html; "
     "children may not be fetched", "registry.html_response", "registry", "docker.io", False),
    ("Error: getCacheEntry failed: No scopes with read permission were found on the request.",
     "gha_cache.client_refused", "gha_cache", None, False),
    ("#12 ERROR: error writing layer blob: mkdir /tmp/.buildx-cache-new/ingest/" + "ab" * 32 + ": no such file or "
     "directory: unknown\n------\n > exporting cache to client directory:", "local.cache_dir_shared", "local", None,
     True),
    ("fatal: unable to access 'https://gitlab.com/acme/tools.git/': Could not resolve host: gitlab.com",
     "dns.resolve_failed", "dns", "gitlab.com", True),
    ('go: github.com/acme/x@v1.2.0: Get "https://goproxy.cn/github.com/acme/x/@v/v1.2.0.mod": dial tcp: lookup '
     "goproxy.cn: no such host", "dns.no_such_host", "dns", "goproxy.cn", True),
    ('time="2025-01-10T10:00:00Z" level=error msg="failed: pinging container registry quay.io: Get '
     '\\"https://quay.io/v2/\\": context canceled"', "connectivity.timeout", "connectivity", "quay.io", True),
    ("ERROR: Unable to get AAD authorization tokens with message: Access to registry 'acme.azurecr.io' was denied. "
     "Response code: 503.", "credentials.token_service_error", "credentials", None, True),
    ("error: failed to push ghcr.io/acme/app:1: permission_denied: write_package", "credentials.ghcr_write_denied",
     "credentials", "ghcr.io", False),
    ("Error response from daemon: Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available",
     "build.cpu_limit_exceeds_host", "build", None, False),
    ("Step 7/12 : RUN --mount=type=cache,target=/root/.npm npm ci\nthe --mount option requires BuildKit. Refer "
     "to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled",
     "build.buildkit_required", "build", None, False),
    ("Run docker compose exec web pytest\nthe input device is not a TTY",
     "build.tty_unavailable", "build", None, False),
    ("Error: OCI runtime error: crun: the requested cgroup controller `cpu` is not available",
     "local.cgroup_controller_missing", "local", None, False),
    ('ERROR: Error response from daemon: failed to mount /tmp/containerd-mount123: mount source: "overlay", '
     "fstype: overlay, err: invalid argument", "local.storage_driver_unsupported", "local", None, False),
    ("Error: mounting an overlay over build context directory: creating overlay scaffolding for build context "
     "directory: mount overlay:/var/tmp/buildah-context-1/overlay/2/merge",
     "local.storage_driver_unsupported", "local", None, False),
    ("docker: Error response from daemon: OCI runtime create failed: container_linux.go:370: starting container "
     "process caused: error adding seccomp filter rule for syscall clone3: permission denied: unknown.",
     "local.seccomp_clone3", "local", None, False),
    ("docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create "
     'failed: unable to start container process: exec: "/docker-entrypoint.sh": permission denied: unknown.',
     "build.script_not_executable", "build", None, False),
    ('docker: Error response from daemon: failed to start shim: exec: "docker-containerd-shim": executable file '
     "not found in $PATH: unknown.", "local.docker_daemon_broken", "local", None, False),
    ("failed to start daemon: Error initializing network controller: error obtaining controller instance: failed "
     "to create NAT chain DOCKER: iptables failed", "local.docker_daemon_broken", "local", None, False),
    ("/home/runner/work/_temp/a1b2.sh: line 3: docker: command not found",
     "local.docker_missing", "local", None, False),
    ("gh: We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request "
     "and contact us if the problem persists. (HTTP 504)", "github.outage", "github", None, True),
    ("Error: Unable to resolve action `acme/setup-tool@v9`, unable to find version `v9`",
     "build.action_not_found", "build", None, False),
    ("+ gh run download 123456 --name=coverage\nno valid artifacts found to download",
     "build.artifact_not_found", "build", None, False),
    ("Failed to CreateArtifact: Received non-retryable error: Failed request:\n(409) Conflict: an artifact with "
     "this name already exists on the workflow run", "build.artifact_name_conflict", "build", None, False),
    ("Unable to download artifact(s): Unable to download and extract artifact: Request timeout: "
     "/actions-results/abc/artifacts/dist.zip", "github.artifact_service_error", "github", None, True),
    ("A 503 status code has been received, will attempt to retry the upload\nExponential backoff for retry #1.",
     "github.artifact_service_error", "github", None, True),
    ("Attempt 1 of 5 failed with error: Hostname/IP does not match certificate's altnames: Host: "
     "results-receiver.actions.githubusercontent.com. is not in the cert's altnames: DNS:github.com, "
     "DNS:www.github.com. Retrying request in 3000 ms...",
     "connectivity.untrusted_certificate", "connectivity", "results-receiver.actions.githubusercontent.com", False),
    ("Run actions/checkout@v4\nbatch response: This repository exceeded its LFS budget.\nThe account responsible "
     "for the budget should increase it to restore access.", "github.lfs_quota", "github", "github.com", False),
    ("Submodule path 'vendor/lib': checked out '1b2c3d4'\nfatal: reference is not a tree: "
     "455febf864c9f62ac2b58a70ecfa9b461a7a8a84", "build.ref_not_found", "build", None, False),
    ("#33 ERROR: failed to create temp dir: mkdir /tmp/containerd-mount123: no space left on device\n------\n > "
     "exporting to image:\n------\nerror: failed to solve: failed to create temp dir: mkdir "
     "/tmp/containerd-mount123: no space left on device\nThe push refers to repository [docker.io/acme/app]\nAn "
     "image does not exist locally with the tag: acme/app", "local.disk_full", "local", None, False),
    ("#5 importing cache manifest from registry.gitlab.com/acme/app:cache\n#5 ERROR: Unimplemented: unknown "
     "service containerd.services.content.v1.Content: unknown",
     "builder.cache_backend_unsupported", "builder", None, False),
    ("#9 [linux/arm64 2/4] RUN apk add --no-cache git\n#9 ERROR: failed running [/dev/.buildkit_qemu_emulator "
     "/bin/sh -c apk add --no-cache git]: exit code: 127", "builder.emulation_setup", "builder", None, False),
    ("[2024-03-01T10:00:00.000Z] Error: Pod container was OOMKilled.", "local.out_of_memory", "local", None, False),
    ('Get "http://docker-io.regproxy.example.com/v2/coredns/coredns/manifests/1.13.1":\n  dial tcp: lookup '
     "docker-io.regproxy.example.com on 192.168.122.1:53: no such host",
     "dns.no_such_host", "dns", "docker-io.regproxy.example.com", False),
    ("FATA[0000] pulling image failed: rpc error: code = Unknown desc = failed to pull and unpack image "
     '"docker.io/library/ubuntu:22.04": failed to resolve reference "docker.io/library/ubuntu:22.04": failed to '
     "do request: Head http://localhost:1234/v2/library/ubuntu/manifests/22.04: dial tcp 127.0.0.1:1234: "
     "connect: connection refused", "connectivity.refused", "connectivity", "localhost:1234", False),
    ("web Error pull access denied for acme/worker, repository does not exist\nor may require 'docker login': "
     "denied: requested access to the resource is denied",
     "credentials.pull_access_denied", "credentials", "docker.io", False),
    ("Error response from daemon: repository docker.io/acme/tools not found: does not exist or no pull access",
     "credentials.pull_access_denied", "credentials", None, False),
    ("v2.11.1: Pulling from acme/executor\n54fec2fa59d0: Pulling fs layer\nerror pulling image configuration: "
     "unknown blob", "registry.blob_unknown", "registry", None, False),
    ('Failed to pull image "gcr.io/acme-test/runner:v20191029-4802b07": rpc error: code = Unknown desc = failed '
     'to resolve image "gcr.io/acme-test/runner:v20191029-4802b07": no available registry endpoint: '
     "gcr.io/acme-test/runner:v20191029-4802b07 not found", "build.tag_not_found", "build", "gcr.io", False),
    ('E0903 10:30:03.291420    1088 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to '
     '\\"StartContainer\\" for \\"app\\" with ErrImagePull: \\"pull QPS exceeded\\"" pod="ci/app-1"',
     "local.kubelet_pull_qps", "local", None, True),
    ('container start failed: ErrImageNeverPull: Container image "acme/controller:test" is not present with pull '
     "policy of Never", "build.image_not_loaded", "build", None, False),
    ("Cloning into '/home/travis/build/x/src/gopkg.in/yaml.v2'...\nremote: Cannot obtain refs from GitHub: "
     "cannot talk to GitHub: Get https://github.com/go-yaml/yaml.git/info/refs?service=git-upload-pack: "
     "net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
     "goproxy.server_error", "goproxy", "gopkg.in", True),
    ("go get github.com/acme/client-go@v2.0.0: github.com/acme/client-go@v2.0.0: invalid version: module "
     "contains a go.mod file, so major version must be compatible: should be v0 or v1, not v2",
     "build.go_module_config", "build", None, False),
    ("--- FAIL: TestClientPing (1.77s)\n    client_test.go:232: client subscribe error: context deadline "
     "exceeded\nFAIL", "build.test_failed", "build", None, False),
    ("hypothesis.errors.DeadlineExceeded: Test took 1004.39ms, which exceeds the deadline of 1000.00ms",
     "build.test_failed", "build", None, False),
    ("Step 10/52 : RUN wget --no-check-certificate $download_url\n ---> Running in 09d05ad32c29\nwget: missing "
     "URL\nUsage: wget [OPTION]... [URL]...", "build.download_url_empty", "build", None, False),
    ("Illuminate\\Database\\QueryException\n\n  SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo "
     "failed: Temporary failure in name resolution (SQL: select * from information_schema.tables)",
     "build.test_database_unreachable", "build", None, False),
    ("runsvc.sh[2127]: A session for this runner already exists.\nrunsvc.sh[2127]: Stop retry on "
     "SessionConflictException after retried for 240 seconds.", "local.runner_session_conflict", "local", None, False),
    ("Deleting the contents of '/home/ci/actions-runner/_work/app/app'\nError: File was unable to be removed "
     "Error: EACCES: permission denied, rmdir '/home/ci/actions-runner/_work/app/app/.go/pkg/mod/x@v1.0.0'",
     "local.stale_workspace", "local", None, False),
    ("EC2 (jenkins-cloud) - general-purpose-1a (sir-9yp6xnwp) was marked offline: Node is being removed",
     "local.runner_lost", "local", None, True),
    ("Error starting daemon: pid file found, ensure docker is not running or delete /var/run/docker.pid.",
     "local.docker_daemon_broken", "local", None, False),
    ("+ kubectl exec build-pod -- make test\ncommand terminated with exit code 137",
     "local.out_of_memory", "local", None, False),
    ("failed to push 123456789012.dkr.ecr.eu-north-1.amazonaws.com/app:sandbox-8992de53:\nunknown: The "
     "repository ... does not exist",
     "build.repository_missing", "build", "123456789012.dkr.ecr.eu-north-1.amazonaws.com", False),
    ("Error failed to fetch an image or build from source: error rendering push status stream: name unknown: app "
     "repository not found", "build.repository_missing", "build", None, False),
    ("+ docker push acme/base:24.nightly\nThe push refers to repository [docker.io/acme/base]\ntag does not "
     "exist: acme/base:24.nightly", "build.image_not_loaded", "build", None, False),
    ("denied: registry contains 1 repositories, limit is 1", "registry.quota_exceeded", "registry", None, False),
    ("Error: trying to reuse blob sha256:b2d5eeeaba3a22b9b8aa97261957974a6bd65274ebd43e1d81d0a7b8b752b116 at "
     "destination: failed to read from destination repository acme/app: 403 (Forbidden)",
     "credentials.push_denied", "credentials", None, False),
    ("Error: signing ghcr.io/acme/app@sha256:def4: PUT "
     "https://ghcr.io/v2/acme/app/blobs/upload/03f8?digest=sha256%3A9f77: DENIED: permission_denied: unable to "
     "connect to authzd server: twirp error bad_route", "registry.server_error", "registry", "ghcr.io", True),
]  # fmt: skip


@pytest.mark.parametrize(("log", "sid", "component", "host", "retryable"), FAMILIES)
def test_structural_families(
    log: str, sid: str | None, component: str | None, host: str | None, retryable: bool | None
) -> None:
    cause = diagnose([log + "\n"]).cause
    if sid is None:  # a corrupt cache archive is a skipped restore, a link no status: never the job's cause
        assert cause is None or not cause.id.startswith("gha_cache"), cause
        assert "404" not in log or cause is None, cause
        return
    assert cause is not None
    assert (cause.id, cause.component, cause.host, cause.retryable) == (sid, component, host, retryable)
