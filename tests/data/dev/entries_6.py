"""Dev-set entries, batch 6 (the GitHub Actions cache: reserve, legacy shutdown, type=gha exports). `err` is verbatim."""
# ruff: noqa: E501

from tests.data.dev.common import e

LEGACY = "This request has been automatically failed because it uses a deprecated version of `actions/cache: {v}`. Please update your workflow to use v3/v4 of actions/cache to avoid interruptions. Learn more: https://github.blog/changelog/2024-12-05-notice-of-upcoming-releases-and-breaking-changes-for-github-actions/#actions-cache-v1-v2-and-actions-toolkit-cache-package-closing-down"
JOB_FAILED = ["Run make test", "make: *** [Makefile:31: test] Error 2", "Error: Process completed with exit code 2."]


def reserve(src: str, err: str, **kw: object) -> dict[str, object]:
    return e(
        "gha_cache",
        src,
        "gha_cache",
        "gha_cache.reserve_conflict",
        False,
        "service",
        None,
        "raw",
        err,
        fatal=False,
        raw_is_log=True,
        **kw,
    )


def legacy(src: str, version: str, prefix: str = "Error: ") -> dict[str, object]:
    return e(
        "gha_cache",
        src,
        "gha_cache",
        "gha_cache.legacy_shutdown",
        False,
        "build",
        None,
        "raw",
        LEGACY.format(v=version),
        head=[f"Run actions/cache@{version}"],
        prefix=prefix,
    )


def gha_export(src: str, component: str, cause: str, host: str | None, err: str, **kw: object) -> dict[str, object]:
    return e(
        "gha_cache",
        src,
        component,
        cause,
        True,
        "service",
        host,
        "raw",
        err,
        raw_is_log=True,
        head=[
            "Run docker/build-push-action@v5",
            "  with:",
            "    push: true",
            "    cache-from: type=gha",
            "    cache-to: type=gha,mode=max",
        ],
        **kw,
    )


E = [
    reserve(
        "https://github.com/actions/cache/issues/485 (actions/cache#485)",
        "Unable to reserve cache with key Linux-xmltv-cache, another job may be creating this cache.",
        head=["Post job cleanup."],
        tail=JOB_FAILED,
        prefix="Warning: ",
    ),
    reserve(
        "https://github.com/Quantinuum/tket2/pull/29 (Quantinuum/tket2#29)",
        "Failed to save: Unable to reserve cache with key v0-rust-stable-tests-d6e3b735-21dbb18c, another job may be creating this cache. More details: Cache already exists. Scope: refs/heads/main, Key: v0-rust-stable-tests-d6e3b735-21dbb18c, Version: 92136cdf631095457a6144dd65a6b436a3ae5a9ea3e2dacbe46a08bfc3457313",
        head=[
            "Run cargo test --all-features",
            "test result: FAILED. 41 passed; 1 failed",
            "error: test failed, to rerun pass `--lib`",
            "Error: Process completed with exit code 101.",
            "Post job cleanup.",
        ],
    ),
    reserve(
        "https://github.com/actions/toolkit/issues/658 (actions/toolkit#658)",
        "2024-02-29T19:05:58.8571189Z [command]/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/REDACTED/REDACTED --files-from manifest.txt --use-compress-program zstdmt\n2024-02-29T19:05:59.1240788Z Failed to save: Unable to reserve cache with key node-cache-Linux-npm-a60ac0f76178055bc94f0972ca353feba863ea267f0825102798f2d1b6ec3b7e, another job may be creating this cache. More details: Cache already exists. Scope: refs/pull/572/merge, Key: node-cache-Linux-npm-a60ac0f76178055bc94f0972ca353feba863ea267f0825102798f2d1b6ec3b7e, Version: 04d00cc68e25ee34fd8b04095d0a46a28244d98af53e6925e47ed311d487b1d6",
        head=[
            "2024-02-29T19:05:40.1000000Z npm ERR! Lifecycle script `test` failed with error:",
            "2024-02-29T19:05:40.2000000Z ##[error]Process completed with exit code 1.",
            "2024-02-29T19:05:58.5000000Z Post job cleanup.",
        ],
    ),
    reserve(
        "https://github.com/azu/github-actions-overwrite-cache-example/issues/1 (azu/github-actions-overwrite-cache-example#1)",
        "Failed to save: Unable to reserve cache with key KEY, another job may be creating this cache. More details: Cache already exists. Scope: refs/pull/PR/merge, Key: KEY, Version: 32469cd0a0171f4072572dbbdd99cf227a78adb8e7a91bdebb481b28c3b05083\nWarning: Cache save failed.",
        head=["Run actions/cache/save@v4"],
        tail=JOB_FAILED,
    ),
    reserve(
        "https://github.com/satackey/action-docker-layer-caching/issues/109 (satackey/action-docker-layer-caching#109)",
        "Unable to reserve cache with key: ReserveCacheError: Unable to reserve cache with key layer-docker-layer-caching-Test and Build-ba11d56223723cd785b96330c085a07733206dae944d83e2bfa1d5d3168aa34e, another job may be creating this cache.",
        head=["Post Run satackey/action-docker-layer-caching@v0.0.11"],
        tail=JOB_FAILED,
    ),
    legacy(
        "https://github.com/actions/cache/issues/1562 (actions/cache#1562)", "13aacd865c20de90d75de3b17ebe84f7a17d57d2"
    ),
    legacy(
        "https://github.com/carbon-language/carbon-lang/pull/4890 (carbon-language/carbon-lang#4890)",
        "0c45773b623bea8c8e75f6c82b208c3cf94ea4f9",
    ),
    legacy("https://github.com/CliMA/ClimaParams.jl/pull/219 (CliMA/ClimaParams.jl#219)", "v1"),
    legacy("https://github.com/pingcap/tiflow/issues/12119 (pingcap/tiflow#12119)", "v2"),
    legacy("https://github.com/nomasystems/erf/issues/89 (nomasystems/erf#89)", "v3.2.6"),
    legacy(
        "https://github.com/ellisonoswalt/aseprite_builder/issues/38 (ellisonoswalt/aseprite_builder#38)",
        "v2",
        prefix="",
    ),
    gha_export(
        "https://github.com/docker/buildx/issues/1728 (docker/buildx#1728)",
        "gha_cache",
        "gha_cache.connection_closed",
        "artifactcache.actions.githubusercontent.com",
        'Error: buildx failed with: ERROR: failed to solve: error writing layer blob: Patch "https://artifactcache.actions.githubusercontent.com/..../_apis/artifactcache/caches/11111": read tcp 172.17.0.2:40814->142.250.141.82:443: use of closed network connection',
    ),
    gha_export(
        "https://github.com/docker/buildx/issues/687 (docker/buildx#687)",
        "connectivity",
        "connectivity.reset",
        "artifactcache.actions.githubusercontent.com",
        '#32 exporting cache\n#32 preparing build cache for export\n#32 preparing build cache for export 4.8s done\n#32 ERROR: Get "https://artifactcache.actions.githubusercontent.com/[...]/_apis/artifactcache/cache?keys=buildkit-blob-1-sha256%3A[...]&version=[...]": read tcp 172.17.0.2:34032->13.107.42.16:443: read: connection reset by peer\n------\n > exporting cache:\n------\nerror: failed to solve: Get "https://artifactcache.actions.githubusercontent.com/[...]/_apis/artifactcache/cache?keys=buildkit-blob-1-sha256%3A[...]&version=[...]": read tcp 172.17.0.2:34032->13.107.42.16:443: read: connection reset by peer',
        also_ok=["gha_cache.connection_closed", "gha_cache.unreachable"],
    ),
    gha_export(
        "https://github.com/docker/build-push-action/issues/939 (docker/build-push-action#939)",
        "gha_cache",
        "gha_cache.connection_closed",
        "acghubeus1.actions.githubusercontent.com",
        'Error: buildx failed with: ERROR: failed to solve: error writing layer blob: Patch \n"https://acghubeus1.actions.githubusercontent.com/5N3JStGpyutUxUNE6d0DiRJnZQnrlB8wC9uh9kIr6Mh2GUFhf9/_apis/artifactcache/caches/11895": \nread tcp 172.17.0.2:42302->185.199.109.154:443: use of closed network connection',
        also_ok=["connectivity.reset"],
    ),
    gha_export(
        "https://github.com/docker/build-push-action/issues/710 (docker/build-push-action#710)",
        "connectivity",
        "connectivity.timeout",
        None,
        "#37 ERROR: failed to copy: read tcp 172.17.0.2:43996->20.150.90.4:443: read: connection timed out\n------\n > [production-assets-compiler 1/2] COPY --chown=indigo:indigo . /indigo/:\n------\nERROR: failed to solve: failed to compute cache key: failed to copy: read tcp 172.17.0.2:43996->20.150.90.4:443: read: connection timed out\nError: buildx failed with: ERROR: failed to solve: failed to compute cache key: failed to copy: read tcp 172.17.0.2:43996->20.150.90.4:443: read: connection timed out",
        also_ok=["gha_cache.unreachable", "gha_cache.request_timeout"],
        note="a cached blob's download from the cache storage timed out",
    ),
    gha_export(
        "https://github.com/ZcashFoundation/zebra/issues/3665 (ZcashFoundation/zebra#3665)",
        "connectivity",
        "connectivity.timeout",
        "artifactcache.actions.githubusercontent.com",
        'Error: buildx failed with: error: failed to solve: Get "https://artifactcache.actions.githubusercontent.com/iLo8c1TT59QRZKeUa4bO5aBdMPTRIlKlqwBwOSus1iy4D4L9OS/_apis/artifactcache/cache?keys=buildkit-blob-1-sha256%3A0c6b8ff8c37e92eb1ca65ed8917e818927d5bf318b6f18896049b5d9afc28343&version=693bb7016429d80366022f036f84856888c9f13e00145f5f6f4dce303a38d6f2": dial tcp 13.107.42.16:443: i/o timeout',
        also_ok=["gha_cache.unreachable"],
    ),
    gha_export(
        "https://github.com/moby/buildkit/issues/5162 (moby/buildkit#5162)",
        "gha_cache",
        "gha_cache.connection_closed",
        "acghubeus1.actions.githubusercontent.com",
        'ERROR: failed to solve: error writing layer blob: Patch "https://acghubeus1.actions.githubusercontent.com/Odv8msvJgMS5iWxgU43K2EnWLcwj1p7E8K5nLVIfXGs2O9tj1t/_apis/artifactcache/caches/205053": read tcp 172.17.0.2:57224->20.60.63.33:443: use of closed network connection',
        also_ok=["connectivity.reset"],
    ),
]
