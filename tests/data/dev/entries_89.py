"""Dev-set entries, batch 89 (the GitHub Actions cache in 2019-2023 as jobs met it: actions/cache v1/v2/v3, the
@actions/cache toolkit inside setup-node, golangci-lint-action, gradle-cache-action, npm-install, cypress, run-vcpkg,
cache-apt-pkgs and the like, @actions/tool-cache extraction on Windows, and BuildKit's type=gha cache. The service's
and runners' side: the cache service throttling reserveCache calls (Microsoft.TeamFoundation's
RequestBlockedException) and upload chunks (429), a 503 during upload that crashes an always-upload fork with EBADF, a
restore stalled at 99.5%, the December 2021 500s, re-run jobs whose token carries no cache scopes, a stale v1
reservation left by an upload that failed ("Cache already exists ... Version: (null)"), cache misses for every key
after the February 2023 runner image changed zstd and after actions/cache's new enableCrossOsArchive input changed the
Windows cache version, a corrupted zstd block restored into a Cypress job, BuildKit's early gha import losing blobs at
random, a Windows image that put Git's tar first on PATH ("Cannot connect to d: resolve failed"), actions/cache 1.1.0
on windows-2016 and 3.0.6 on Windows runners picking a tar that cannot read the archive, the first tar on PATH winning
in v1, cache actions that tar root-owned files without sudo or without -P, run-vcpkg restoring over read-only git
packs and into a C:\\ directory whose parent did not exist yet. About half are the build's own mistakes that read like
cache outages: an action ref with a trailing dot answered 404 by api.github.com, caching ~/ so tar reads its own
archive, a PATH customisation that hands actions/cache Git bash's tar, root-owned files from Docker steps and system
directories (/usr/local/lib, miniconda's envs), an npm-cache path that does not exist on Windows, two caches restoring
the same Go module tree, a cached vcpkg buildtree whose symlink Windows' tar cannot recreate (once leaving a
half-restored checkout the next git clone refuses), a cache-from/cache-to value that BuildKit reads as the Docker Hub
image `gha`, buildctl and a `run:` Node script that never receive the cache URL and token, and a cache miss that is
only branch scoping. `err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus);
where a thread quoted a log inside Markdown (code fences, blockquote markers, backticks, bold, GitHub's line-number
links pasted into a log line) only that markup was dropped and trailing blanks trimmed, never a word of the log; where
a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line. Elisions ('...')
and masks ('xxx') inside a quote are the reporters' own. Hosts follow the README's strict rule: a host is given only
where a line of the log names it for the failing call; an inferred or masked one goes in host_alt, and tar's "Cannot
connect to D:" names a drive letter, not a host. Labels were set from the threads before the matcher saw any of these
logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"RHEnVision/provisioning-backend#537", "vgc/vgc#1030", "vgc/vgc#1078"}  # fmt: skip

B = Batch(PULLS)
cache = B.cache

HUB = ["registry-1.docker.io", "docker.io"]
POST = ["Post job cleanup."]

E = [
    # --- the service's side: throttling, 5xx, stalls, tokens ------------------------------------------------------------
    cache("burrunan/gradle-cache-action#32", "gha_cache.throttled", True, "service",
          """Error while uploading 1-dependencies-gradle-Linux-PR5861-070dcd7888af6b6c7111da297d0329331462afbf: reserveCache failed: {"$id":"1","innerException":null,"message":"Request was blocked due to exceeding usage of resource 'Count' in namespace ''.","typeName":"Microsoft.TeamFoundation.Framework.Server.RequestBlockedException, Microsoft.TeamFoundation.Framework.Server","typeKey":"RequestBlockedException","errorCode":0,"eventId":3000}""",
          fatal=False, also_ok=["gha_cache.rate_limited", "gha_cache.reserve_conflict"],
          note="December 2020, seven checks on every PR of an Android build: the cache service blocks the reserve call for request count; the reporter calls it 'this warning' that 'shows up more frequent now' (another user hit it in September 2021); the build itself goes on"),
    cache("golangci/golangci-lint-action#703", "gha_cache.throttled", True, "service",
          "Post job cleanup.\n/usr/bin/tar --posix -cf cache.tgz --exclude cache.tgz -P -C /home/runner/work/flow/flow --files-from manifest.txt -z\nWarning: Failed to save: Cache service responded with 429 during upload chunk.\nSaved cache for golangci-lint from paths '/home/runner/.cache/golangci-lint, /home/runner/.cache/go-build, /home/runner/go/pkg, gzip, 1.0' in 302032ms",
          also_ok=["gha_cache.upload_read_failed", "gha_cache.rate_limited"],
          note="March 2023: the post step of golangci-lint-action hangs five minutes after the cache service answers 429 to an upload chunk and then crashes in the toolkit's upload code (the quote is cut there); 'when we encounter it, we just rerun the failed job and the second attempt works'"),
    cache("actions/cache#711", "gha_cache.service_error", True, "service",
          "Post job cleanup.\n/usr/bin/tar --posix --use-compress-program zstd -T0 -cf cache.tzst -P -C /home/runner/work/Mudlet/Mudlet --files-from manifest.txt\nWarning: uploadChunk (start: 33554432, end: 67108863) failed: Cache service responded with 503\n/home/runner/work/_actions/pat-s/always-upload-cache/v2.1.5/dist/save/index.js:4065\n                        throw new Error(`Cache upload failed because file read failed with ${error.message}`);\n                        ^\n\nError: Cache upload failed because file read failed with EBADF: bad file descriptor, read\n    at ReadStream.<anonymous> (/home/runner/work/_actions/pat-s/always-upload-cache/v2.1.5/dist/save/index.js:4065:31)\n    at ReadStream.emit (events.js:210:5)\n    at internal/fs/streams.js:167:12\n    at FSReqCallback.wrapper [as oncomplete] (fs.js:470:5)",
          also_ok=["gha_cache.upload_read_failed", "gha_cache.outage"],
          note="January 2022: a 503 on one upload chunk makes the always-upload fork of actions/cache throw an unhandled EBADF and fail the post step; the maintainer: 'We had some issues earlier in the cache backend', and the reporter confirms 'it's good now'"),
    cache("actions/runner#2146", "gha_cache.download_stalled", True, "service",
          "Received 1653791515 of 1662180123 (99.5%)",
          head=["Run actions/cache@v3", "  with:", "    path: tests/S1A_Stack_CPGF_T173.tar.gz", "    key: S1A_Stack_CPGF_T173.tar.gz"],
          also_ok=["gha_cache.download_timeout", "gha_cache.request_timeout"],
          note="September 2022: the restore of a 1.6 GB dataset repeats this progress line for 40+ minutes; others report the same intermittently (asked whether it 'eventually resolves'); the download stalls on the service side, nothing in the job changed"),
    cache("actions/setup-node#379", "gha_cache.outage", True, "service",
          "Error: getCacheEntry failed: Cache service responded with 500",
          head=["Run Vampire/setup-wsl@v1"], also_ok=["gha_cache.service_error"],
          note="11-12 December 2021: Vampire/setup-wsl's tool cache lookup hits the cache service's 500s of that weekend (linked to actions/cache#698); the maintainer: 'this is related to caching and has been resolved' (quoted from the reporter's one-line report)"),
    cache("actions/cache#251", "gha_cache.bad_token", False, "service",
          "[warning]No scopes with read permission were found on the request.",
          fatal=False, head=["Run actions/cache@v1"], also_ok=["gha_cache.permission_denied", "gha_cache.client_refused"],
          note="April 2020: every restore (and save, with the write-permission twin) warns; the maintainer: a known issue where re-runs do not get the cache scopes in their token (actions/cache#208), so re-running is what produces it, and the job goes on without the cache"),
    cache("actions/cache#524", "gha_cache.reserve_conflict", True, "service",
          "Warning: Cache already exists. Scope: refs/heads/bump-cache, Key: repo-cache-macOS-nixpkgs-1, Version: (null)",
          fatal=False, head=["Post Mount Bazel cache"], also_ok=["gha_cache.save_failed"],
          note="actions/cache@v1, February 2021: the restore said 'Cache not found' yet the save is refused; an earlier run's upload had failed with 503, leaving the key reserved until the reservation expires; the maintainer recommends updating; a warning only"),
    # --- the service's side: a cache that changed under the job -------------------------------------------------------
    cache("actions/cache#1112", "gha_cache.cache_miss", True, "service",
          "Cache not found for input keys: api-cache-Linux-202302180150, api-cache-Linux-, api-cache-",
          fatal=False, head=["Run actions/cache@v3"], also_ok=["gha_cache.restore_failed"],
          note="18 February 2023: right after the Linux runner image 20230217.1 the existing cache is no longer found ('works fine one hour before runner image updating'); the image's zstd update changed the computed cache version, fixed in actions/cache v3.2.6 (per its duplicate #1114); a miss, not a failure"),
    cache("actions/cache#1067", "gha_cache.cache_miss", True, "service",
          "Cache not found for input keys: Windows-ccache-feature-actions_ccache-1655, Windows-ccache-refs/heads/feature/actions_ccache, Windows-ccache-feature-actions_ccache, Windows-ccache-develop, Windows-ccache-",
          fatal=False, head=["Run actions/cache@v3"], also_ok=["gha_cache.restore_failed"],
          note="January 2023, Windows only: the maintainer explains the new enableCrossOsArchive input, released two days before, changed the cache version, so caches saved earlier no longer match; the next run saves one that does"),
    cache("cypress-io/github-action#474", "gha_cache.corrupt_archive", False, "service",
          "Run cypress-io/github-action@v2\nReceived 79691776 of 175842683 (45.3%), 76.0 MBs/sec\nReceived 60847598 of 60847598 (100.0%), 59.7 MBs/sec\nCache Size: ~58 MB (60847598 B)\n/usr/bin/tar --use-compress-program zstd -d -xf /home/runner/work/_temp/8ab3c76e-711a-4e7a-ab1b-5aa2e29f217b/cache.tzst -P -C /home/runner/work/ionic-framework/ionic-framework\nCache restored successfully\nReceived 175842683 of 175842683 (100.0%), 90.6 MBs/sec\nCache Size: ~168 MB (175842683 B)\n/usr/bin/tar --use-compress-program zstd -d -xf /home/runner/work/_temp/4781644a-2067-47c6-9a38-84d94afa2b35/cache.tzst -P -C /home/runner/work/ionic-framework/ionic-framework\n/*stdin*\\ : Decoding error (36) : Corrupted block detected\n/usr/bin/tar: Unexpected EOF in archive\n/usr/bin/tar: Unexpected EOF in archive\n/usr/bin/tar: Error is not recoverable: exiting now\nRestoring Cypress cache error: Tar failed with error: The process '/usr/bin/tar' failed with exit code 2",
          also_ok=["gha_cache.unarchive_failed", "gha_cache.restore_failed"],
          note="January 2022: the Cypress binary cache restores a corrupted zstd archive, and the action then fails with 'Cannot find cached binary'; the same entry is restored on every run (the workaround installs Cypress from node_modules instead); the trailing blank after 'detected' trimmed"),
    cache("zitadel/zitadel#2102", "gha_cache.blob_missing", True, "service",
          "#14 [go-test 1/4] COPY . .\n161\n#14 ERROR: blob not found\n162\n------\n163\n > [go-test 1/4] COPY . .:\n164\n------\n165\nDockerfile:18\n166\n--------------------\n167\n  16 |     ## Go test\n168\n  17 |     FROM go-base as go-test\n169\n  18 | >>> COPY . .\n170\n  19 |     #Migrations for cockroach-secure\n171\n  20 |     RUN go install github.com/rakyll/statik\n172\n--------------------\n173\nerror: failed to solve: failed to compute cache key: blob not found\n174\nError: buildx failed with: error: failed to solve: failed to compute cache key: blob not found",
          raw_is_log=True, head=["Run docker/build-push-action@v2", "  with:", "    cache-from: type=gha", "    cache-to: type=gha,mode=max"], also_ok=["gha_cache.restore_failed", "gha_cache.export_not_found"],
          note="July 2021, right after the project moved its image builds to BuildKit's new gha cache: 'intermit cache issues ... looks random which job actually breaks', across branches; tracked against docker/buildx#681, the same 'blob not found' later fixed in BuildKit (moby/buildkit#2387); the interleaved numbers are the log viewer's line numbers the reporter copied"),
    # --- upstream actions and images: tar, PATH, sudo -----------------------------------------------------------------------
    cache("actions/cache#153", "gha_cache.action_regression", False, "service",
          r'''Post job cleanup.
"C:\Program Files\Git\usr\bin\tar.exe" -cz -f D:\a\_temp\3e1a7faf-0d91-4c9d-9dff-dd5cb2f54509\cache.tgz -C D:\a\Hellow-World\Hellow-World .
tar (child): Cannot connect to D: resolve failed
/usr/bin/tar: Child returned status 128
/usr/bin/tar: Error is not recoverable: exiting now
[warning]Tar failed with error: The process 'C:\Program Files\Git\usr\bin\tar.exe' failed with exit code 2. Ensure BSD tar is installed and on the PATH.''',
          fatal=False, also_ok=["gha_cache.archive_create_failed", "gha_cache.archive_tool_missing"],
          note="January 2020, actions/cache v1.1.0 on windows-2016: the maintainer: caused by the switch to BSD tar (actions/cache#126), which windows-2016 lacks, so Git's GNU tar gets a Windows path and reads 'D:' as a remote host; workaround v1.0.3; a warning"),
    cache("actions/cache#125", "gha_cache.archive_tool_missing", False, "service",
          "Post job cleanup.\nC:\\Rtools\\bin\\tar.exe -cz --force-local -f d:/a/_temp/96241c04-a852-4c66-8b28-aae83ff432c1/cache.tgz -C d:/a/_temp/Library .\ntar (child): gzip: Cannot exec: No such file or directory\ntar (child): Error is not recoverable: exiting now\n/Rtools/bin/tar: d\\:/a/_temp/96241c04-a852-4c66-8b28-aae83ff432c1/cache.tgz: Cannot write: Broken pipe\n/Rtools/bin/tar: Child returned status 2\n/Rtools/bin/tar: Error is not recoverable: exiting now",
          fatal=False, also_ok=["gha_cache.archive_create_failed", "gha_cache.save_failed"],
          note="December 2019: installing Rtools puts its tar first on PATH and actions/cache v1 used whatever tar came first; the maintainers changed the action to always use the system BSD tar on Windows (actions/cache#126); the save only warns"),
    B.entry("gha_cache", "actions/runner-images#480", "local", "local.runner_image_broken", False, "service", None,
            '"C:\\Program Files\\Git\\usr\\bin\\tar.exe" xz -C C:\\Users\\runneradmin\\.rubies -f d:\\a\\_temp\\faffe4a1-577f-4d8d-912c-b897e86696ba\ntar (child): Cannot connect to d: resolve failed',
            head=["Run ruby/setup-ruby@v1"], also_ok=["gha_cache.unarchive_failed"],
            note="28 February 2020: a Windows image update added C:\\Program Files\\Git\\usr\\bin to PATH, so @actions/tool-cache's extractTar ran Git's GNU tar, which takes 'd:' for a remote host; setup-ruby's Ruby extraction failed until the image fix was deployed ('awaiting-deployment'); 'd:' is a drive letter, not a host"),
    cache("actions/cache#888", "gha_cache.action_regression", False, "service",
          "Received 0 of 267052384 (0.0%), 0.0 MBs/sec\nReceived 88080384 of 267052384 (33.0%), 42.0 MBs/sec\nReceived 192937984 of 267052384 (72.2%), 61.3 MBs/sec\nReceived 267052384 of 267052384 (100.0%), 54.4 MBs/sec\nCache Size: ~255 MB (267052384 B)\n\"C:\\Program Files\\Git\\usr\\bin\\tar.exe\" --use-compress-program unzstd -xf D:/a/_temp/df67cde0-09e7-4980-809c-f3c3e3712478/cache.tzst -P -C D:/a/mono-repo/mono-repo --force-local\ntar (child): unzstd: Cannot exec: No such file or directory\ntar (child): Error is not recoverable: exiting now\n/usr/bin/tar: Child returned status 2\n/usr/bin/tar: Error is not recoverable: exiting now\nWarning: Failed to restore: Tar failed with error: The process 'C:\\Program Files\\Git\\usr\\bin\\tar.exe' failed with exit code 2",
          fatal=False, head=["Run actions/cache@v3"], also_ok=["gha_cache.archive_tool_missing", "gha_cache.restore_failed"],
          note="5 August 2022: a cache saved on Ubuntu (zstd) is restored on Windows with Git's tar, which finds no unzstd, since actions/cache 3.0.6 changed the Windows tar; 'The same YAML code was working yesterday'; the maintainers tracked it here and fixed it in a following release (GitHub's log-line links inside the size dropped)"),
    cache("awalsh128/cache-apt-pkgs-action#47", "gha_cache.archive_create_failed", False, "service",
          "21:11:14   * Caching redis-server to /home/runner/cache-apt-pkgs/redis-server:5:5.0.7-2ubuntu0.1.tar.gz...\ntar: etc/redis/redis.conf: Cannot open: Permission denied\ntar: Exiting with failure status due to previous errors\nError: Process completed with exit code 123.",
          raw_is_log=True, also_ok=["gha_cache.permission_denied"],
          note="August 2022: the action's own script tars installed package files, and redis-server's config is readable by root only; the maintainer: 'a simple case of needing sudo', patched in v1.1.1 and moved the v1 tag"),
    cache("tecolicom/actions-use-homebrew-tools#2", "gha_cache.unarchive_failed", False, "service",
          "tar: Error exit delayed from previous errors.",
          also_ok=["gha_cache.restore_failed"],
          note="'Unpacking error when cache hits', 2022: the maintainer reproduced it and fixed the action by passing -P to tar when extracting the cached Homebrew files"),
    cache("lukka/run-vcpkg#61", "gha_cache.restore_failed", False, "service",
          "  c:/vcpkg/.git/objects/pack/pack-7330effa4c511288dc38e7d7971f203d2a4a3a23.idx: Can't unlink already-existing object\n  c:/vcpkg/.git/objects/pack/pack-7330effa4c511288dc38e7d7971f203d2a4a3a23.pack: Can't unlink already-existing object\nWarning: restoreCache() failed once: 'Error: Tar failed with error: The process 'C:\\windows\\System32\\tar.exe' failed with exit code 1' , retrying...",
          fatal=False, head=["Run lukka/run-vcpkg@v6"], also_ok=["gha_cache.unarchive_failed"],
          note="December 2020, Windows only: warnings the reporter asks to mute; the maintainer explains the cache saved once is now restored, with the same key, over the runner's existing c:/vcpkg checkout (its read-only git pack files are what Windows' tar cannot unlink), and the later save finds the key taken"),
    cache("lukka/run-vcpkg#25", "gha_cache.unarchive_failed", False, "service",
          r"""C:/qbt_tools/vcpkg/: Can't create '\\\\?\\C:\\qbt_tools\\vcpkg'
C:/qbt_tools/vcpkg/.artifactignore: Can't create '\\\\?\\C:\\qbt_tools\\vcpkg\\.artifactignore'
C:/qbt_tools/vcpkg/.git/: Can't create '\\\\?\\C:\\qbt_tools\\vcpkg\\.git'
C:/qbt_tools/vcpkg/.gitattributes: Can't create '\\\\?\\C:\\qbt_tools\\vcpkg\\.gitattributes'
C:/qbt_tools/vcpkg/.github/: Can't create '\\\\?\\C:\\qbt_tools\\vcpkg\\.github'
C:/qbt_tools/vcpkg/.gitignore: Can't create '\\\\?\\C:\\qbt_tools\\vcpkg\\.gitignore'
C:/qbt_tools/vcpkg/.vcpkg-root: Can't create '\\\\?\\C:\\qbt_tools\\vcpkg\\.vcpkg-root'""",
          fatal=False, also_ok=["gha_cache.restore_failed"],
          note="June 2020: vcpkg lives under C:\\qbt_tools because D: has too little space; the restore, reproducibly, cannot create the cached tree because its parent directory does not exist yet on a fresh runner; the maintainer fixed the action to create it first (lukka/run-vcpkg#26, 'ensure cache dir exists')"),
    cache("bahmutov/npm-install#39", "gha_cache.reserve_conflict", True, "service",
          "reserveCache failed: Cache already exists. Scope: refs/heads/dependabot/npm_and_yarn/testing-library/jest-dom-5.11.3, Key: yarn-linux-x64-a81ae0ca03461d6790722af5d4c65aa4f4cd99693156b291b879b1fdacf3941f460c2fba5f9aafc8b9a8dbbbeb6d5ca9a551489d773bd02d23a8ae52ce6497ea, Version: db8d7573c9c1e018880f416d1266a74a2aca6c42332d4f92d877cf07990531be",
          head=["Run bahmutov/npm-install@v1"], also_ok=["gha_cache.action_regression"],
          note="August 2020: checks start failing 'very sporadic' and 'will usually fix itself when we run the checks again'; the release two days earlier turned a lost reservation race into a failure (the author: 'totally my bad'); pinning v1.4.1 avoids it"),
    # --- the build's own: what the job asked tar to archive ----------------------------------------------------------------
    cache("actions/cache#689", "gha_cache.archive_create_failed", False, "build",
          "Post job cleanup.\n/usr/bin/tar --posix --use-compress-program zstd -T0 -cf cache.tzst -P -C /home/runner/work/xxx/xxx--files-from manifest.txt\n/usr/bin/tar: ../../../work/_temp/6483fbb9-3579-4fb0-a582-3316b336d5a9/cache.tzst: file changed as we read it\nWarning: Tar failed with error: The process '/usr/bin/tar' failed with exit code 1",
          fatal=False, also_ok=["gha_cache.save_failed"],
          note="the workflow caches `~/` (minus ~/.git), which contains the runner's work/_temp where the archive itself is being written, so tar reads its own growing output; the same on every run (masks 'xxx' and the missing space are the reporter's)"),
    cache("actions/cache#456", "gha_cache.save_failed", False, "build",
          r'''Post job cleanup.
"C:\Program Files\Git\usr\bin\tar.exe" --use-compress-program "zstd -T0" -cf cache.tzst -P -C D:/a/myinstall-gha/myinstall-gha --files-from manifest.txt --force-local
/usr/bin/tar: C\:\\Users\runneradmin\\cached-myinstall-installation.tar: Cannot stat: No such file or directory
/usr/bin/tar: Exiting with failure status due to previous errors
Warning: Tar failed with error: The process 'C:\Program Files\Git\usr\bin\tar.exe' failed with exit code 2''',
          fatal=False, also_ok=["gha_cache.archive_create_failed", "gha_cache.archive_tool_missing"],
          note="November 2020, Windows: the reporter's own finding, 'the problem is specific to my workflow': customising PATH from a bash step put Git bash's /usr/bin/tar ahead, which mangles the Windows path of a file that does exist; a warning"),
    cache("actions/cache#238", "gha_cache.permission_denied", False, "build",
          "Post job cleanup.\n/bin/tar -cz -f /home/runner/work/_temp/b418cf62-a262-45a3-b8d1-14d2a056b95f/cache.tgz -C /home/runner/work/personal/personal/vendor/bundle .\n/bin/tar: ./ruby/2.7.0/gems/nokogumbo-2.0.2/ext/nokogumbo/ports/archives/libxml2-2.9.10.tar.gz: Cannot open: Permission denied\n/bin/tar: Exiting with failure status due to previous errors\n[warning]Tar failed with error: The process '/bin/tar' failed with exit code 2",
          fatal=False, also_ok=["gha_cache.save_failed", "gha_cache.archive_create_failed"],
          note="March 2020: vendor/bundle was filled by a forked jekyll-deploy Docker action running as root, leaving files the runner user cannot read; the maintainer: 'one of the files that you're caching isn't readable by tar' (tracked in actions/cache#133)"),
    cache("actions/cache#131", "gha_cache.permission_denied", False, "build",
          "/bin/tar: ./overlay2: Cannot open: Permission denied\n/bin/tar: ./builder: Cannot open: Permission denied\n...\n/bin/tar: Exiting with failure status due to previous errors",
          fatal=False, head=POST, also_ok=["gha_cache.save_failed", "gha_cache.archive_create_failed"],
          note="December 2019: the job tries to cache Docker's data directory, owned by root, as the runner user; the maintainer: 'files not created by the current user will fail' (actions/cache#133); the elision is the reporter's"),
    cache("actions/cache#845", "gha_cache.permission_denied", False, "build",
          "Run actions/cache@v3\n  with:\n    path: /usr/local/lib/libcheck.so.0.0.0\n    key: Linux-libcheck\nReceived 82079 of 82079 (100.0%), 1.0 MBs/sec\nCache Size: ~0 MB (82079 B)\n/usr/bin/tar --use-compress-program zstd -d -xf /home/runner/work/_temp/ba336f98-3acc-438c-a90c-4196e66cecd3/cache.tzst -P -C /home/runner/work/powertwin/powertwin\n/usr/bin/tar: ../../../../../usr/local/lib/libcheck.so.0.0.0: Cannot open: Permission denied\n/usr/bin/tar: Exiting with failure status due to previous errors\nWarning: Tar failed with error: The process '/usr/bin/tar' failed with exit code 2",
          fatal=False, also_ok=["gha_cache.restore_failed"],
          note="July 2022 (area:runner-permission): the workflow caches a library it installed into /usr/local/lib with sudo; the restore runs as the runner user, who may not write there; the same on every run"),
    cache("conda-incubator/setup-miniconda#266", "gha_cache.restore_failed", False, "build",
          "/usr/bin/tar: ../../../../../usr/share/miniconda/envs: Cannot utime: Operation not permitted\n/usr/bin/tar: ../../../../../usr/share/miniconda/envs: Cannot change mode to rwxr-xr-x: Operation not permitted\n/usr/bin/tar: Exiting with failure status due to previous errors",
          fatal=False, head=["Run actions/cache@v3"], also_ok=["gha_cache.permission_denied"],
          note="December 2022: saving the cache of the whole conda envs directory works, but restoring it cannot reset the times and mode of the image's /usr/share/miniconda/envs itself, which the runner user does not own; 'the two key lines' are the reporter's selection; the restore only warns"),
    B.entry("gha_cache", "actions/cache#127", "github", "build.tag_not_found", False, "build", "api.github.com",
            "Current runner version: '2.162.0'\nPrepare workflow directory\nPrepare all required actions\nDownload action repository 'snickerbockers/cmake-configure@prerel1'\nDownload action repository 'actions/setup-python@v1'\nDownload action repository 'actions/checkout@v1'\nDownload action repository 'actions/cache@v1.0.3.'\n##[warning]Failed to download action 'https://api.github.com/repos/actions/cache/tarball/v1.0.3.'. Error Response status code does not indicate success: 404 (Not Found).\n##[warning]Back off 19.724999999999998 seconds before retry.\n##[warning]Failed to download action 'https://api.github.com/repos/actions/cache/tarball/v1.0.3.'. Error Response status code does not indicate success: 404 (Not Found).\n##[warning]Back off 18.944 seconds before retry.",
            also_ok=["build.action_not_found"],
            note="December 2019: the workflow references `actions/cache@v1.0.3.` with a trailing period, a ref that does not exist, hence the 404 on every attempt; the maintainer checked the link without the dot ('does work'), guessed a transient issue and closed it as stale (bold and blockquote markup dropped)"),
    cache("actions/cache#222", "gha_cache.path_missing", False, "build",
          "Post job cleanup.\nC:\\windows\\System32\\tar.exe -cz -f d:\\a\\_temp\\303eb5bc-09b4-48c8-bd58-b6cfc46885df\\cache.tgz -C C:\\Users\\runneradmin\\AppData\\Roaming\\npm-cache .\ntar.exe: could not chdir to 'C:\\Users\\runneradmin\\AppData\\Roaming\\npm-cache'\n\n[warning]Tar failed with error: The process 'C:\\windows\\System32\\tar.exe' failed with exit code 1. Ensure BSD tar is installed and on the PATH.",
          fatal=False, also_ok=["gha_cache.archive_create_failed", "gha_cache.save_failed"],
          note="March 2020, windows-latest with v1 and v1.1.2: the cached path is the npm-cache directory under AppData\\Roaming, which the job's npm never created there, so BSD tar cannot enter it; the 'Ensure BSD tar is installed' hint is the action's boilerplate, not the cause"),
    # --- the build's own: two caches, one tree; scopes ---------------------------------------------------------------------
    cache("vgc/vgc#1030", "gha_cache.unarchive_failed", False, "build",
          r'''Cache Size: ~186 MB (195145441 B)
C:\Windows\System32\tar.exe -z -xf D:/a/_temp/e44fc93d-a4fe-4899-919f-9dfcc4d36e8e/cache.tgz -P -C D:/a/vgc/vgc
../vcpkg/buildtrees/harfbuzz/src/5.0.1-abd09462bc.clean/README: Can't create '\\\\?\\D:\\a\\vgc\\vgc\\..\\vcpkg\\buildtrees\\harfbuzz\\src\\5.0.1-abd09462bc.clean\\README'
tar.exe: Error exit delayed from previous errors.
Warning: Failed to restore: Tar failed with error: The process 'C:\Windows\System32\tar.exe' failed with exit code 1
Cache not found for input keys: vcpkg=2022.10.19 triplet=x64-windows-rel msvc=2019 packages=freetype;harfbuzz''',
          fatal=False, head=["Run actions/cache@v3"], also_ok=["gha_cache.restore_failed"],
          note="November 2022, Windows: the cached vcpkg tree includes buildtrees, and harfbuzz's extracted sources hold a README symlink Windows' tar cannot recreate, so every restore fails and the job rebuilds; the PR is the maintainers' attempt at the caching (the symlinked README comes back in #1078): what is cached is the project's own choice"),
    cache("vgc/vgc#1078", "gha_cache.restore_failed", False, "build",
          r'''Couldn't find cache entry with zstd compression, falling back to gzip compression.
Received 125829120 of 196969485 (63.9%), 119.9 MBs/sec
Received 196969485 of 196969485 (100.0%), 83.4 MBs/sec
Cache Size: ~188 MB (196969485 B)
"C:\Program Files\Git\usr\bin\tar.exe" -xf D:/a/_temp/4b4b97e7-0ab7-4359-a4a5-9dbadc1b396d/cache.tgz -P -C D:/a/vgc/vgc --force-local -z
/usr/bin/tar: Ignoring unknown extended header keyword 'LIBARCHIVE.creationtime'
/usr/bin/tar: Ignoring unknown extended header keyword 'SCHILY.fflags'
...
/usr/bin/tar: vcpkg/buildtrees/harfbuzz/src/5.0.1-abd09462bc.clean/README: Cannot create symlink to 'README.md': No such file or directory
Warning: Failed to restore: "C:\Program failed with error: The process 'C:\Program Files\Git\usr\bin\tar.exe' failed with exit code 2
Cache not found for input keys: v2 vcpkg=2022.10.19 triplet=x64-windows-rel msvc=2019 packages=freetype;harfbuzz''',
          raw_is_log=True, tail=["fatal: destination path 'vcpkg' already exists and is not an empty directory.", "Error: Process completed with exit code 128."],
          also_ok=["gha_cache.unarchive_failed", "gha_cache.corrupt_archive"],
          note="December 2022: the maintainer's record of the Windows failure: the restore (Git's tar after the gzip fallback) cannot recreate the README symlink in the cached vcpkg buildtrees and leaves a partial vcpkg directory, so the next step's git clone refuses it ('destination path already exists', exit 128); 'I'll just try deleting the cache and re-run the job'; the elision is the maintainer's, the trailing blank after 'creationtime' trimmed"),
    cache("RHEnVision/provisioning-backend#537", "gha_cache.restore_failed", False, "build",
          "/usr/bin/tar -xf /home/runner/work/_temp/9d82feee-0932-4ee7-82bf-2f8f8b676785/cache.tgz -P -C /home/runner/work/provisioning-backend/provisioning-backend -z\n  /usr/bin/tar: ../../../go/pkg/mod/go.opentelemetry.io/otel@v1.14.0/VERSIONING.md: Cannot open: File exists\n  Error: /usr/bin/tar: ../../../go/pkg/mod/go.opentelemetry.io/otel@v1.14.0/propagation/trace_context_test.go: Cannot open: File exists",
          head=["Run golangci/golangci-lint-action@v3"], also_ok=["gha_cache.unarchive_failed"],
          note="May 2023, the PR's own diagnosis: 'the cache is stored twice, Go cache and Linter cache': setup-go's cache already restored ~/go/pkg/mod and golangci-lint-action restores the same files over it; the fix disables the Go cache as the linter's docs advise"),
    cache("actions/cache#843", "gha_cache.cache_miss", False, "build",
          "Cache not found for input keys: v16.15.0-nodemodules-91bd5669329abf8e285e2b706e76bc9787848689b31ec5755f991616af28e407",
          fatal=False, head=["Run actions/cache@v3"],
          note="July 2022: the key hit in one branch misses an hour later in another branch; caches are scoped to the branch that saved them (plus the default or base branch), so a sibling branch cannot restore them; the job installs from scratch"),
    # --- the build's own: BuildKit and scripts that never got the cache URL --------------------------------------------------
    cache("docker/build-push-action#869", "gha_cache.exporter_config", False, "build",
          "#19 [auth] library/gha:pull,push token for registry-1.docker.io\n#19 DONE 0.0s\n------\n > importing cache manifest from gha:\n------\n------\n > exporting content cache:\n------\nERROR: failed to solve: error writing layer blob: failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized\nError: buildx failed with: ERROR: failed to solve: error writing layer blob: failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized",
          raw_is_log=True, host_alt=HUB, also_ok=["credentials.unauthorized", "build.invalid_reference"],
          note="May 2023, a reusable workflow passing inputs.cache_from/cache_to: the log shows BuildKit importing and exporting the registry image `gha` (docker.io/library/gha) rather than the type=gha backend, hence a Docker Hub token request the job has no credentials for; the reporter asks 'Why is it trying to communicate with registry-1.docker.io?'"),
    cache("moby/buildkit#2706", "gha_cache.no_cache_url", False, "build",
          "error: failed to solve: url not set for github actions cache",
          also_ok=["gha_cache.no_token", "gha_cache.client_config"],
          note="March 2022: with plain buildctl the gha backend's url and token attributes must be passed explicitly, even with ACTIONS_CACHE_URL exported by ghaction-github-runtime (only buildx fills them in); the reporter's follow-up PR (moby/buildkit#2707) documented it and buildctl later learned to load them"),
    cache("actions/cache#841", "gha_cache.no_cache_url", False, "build",
          "getCacheEntry failed: Cache Service Url not found, unable to restore cache.",
          cmd="node .scripts/ci-postbuild.js", also_ok=["gha_cache.no_token", "gha_cache.client_config"],
          note="July 2022, on a GitHub runner: @actions/cache called from a `run:` Node script, where the reporter finds ACTIONS_CACHE_URL and ACTIONS_RUNTIME_TOKEN undefined; those are handed to actions, not to run steps, so the script's restore fails on every run"),
]
