"""The structural fallback: what every network, OS and tool error carries, for wordings the catalog does not
name. Same shape as the catalog (healthd/diagnose/catalog.py); tried only where no signature matched a line,
and a cause found here says `"matched": "structure"`. Patterns are RE2 (linear time) and case-insensitive.

The component is read from the error's form here and corrected from the host afterwards (settle.py: a Go
proxy host is `goproxy`, a loopback address is the build's own service).
"""

from __future__ import annotations

from typing import Any


def _rule(rid: str, component: str, retryable: bool, keywords: tuple[str, ...], patterns: tuple[str, ...],
          summary: str, remedy: str, **extra: Any) -> dict[str, Any]:  # fmt: skip
    return {
        "id": rid,
        "component": component,
        "retryable": retryable,
        "tier": "structure",
        "keywords": keywords,
        "patterns": patterns,
        "summary": summary,
        "remedy": remedy,
        "source": "structural fallback (issue 25)",
        **extra,
    }


# what an HTTP status follows, in every tool's form: after a URL (never inside one: `.../pull/404` is no status),
# `status: `, `StatusCode: ` (containers/image), `returned an error: (` (.NET), `returned ` (npm), `fetch GET `
# (npm's debug log), `awaiting response... ` / `ERRO ` (wget), `Failed request: (` (actions/toolkit), `E404` (npm),
# `Return code is: ` (Maven's wagon), `status code [manifests TAG]: ` (helm), `(HTTP Code: ` (ansible-galaxy),
# `bad response code: ` (go-getter: Terraform's module downloads), `Artifactory response: `, `unexpected 400 response`
# (docker-py, OpenShift's builder), a JSON error body's `"code":504` / `'code': 503`
_HTTP = (
    r"(?:https?://\S+\s.*\b|status(?: code)?[:=]? |StatusCode: |returned an error: \(|does not indicate success: "
    r"|responded with |registry |\(\S+\): |error:? |ERRO |RESPONSE |returned |fetch GET |awaiting response\.\.\. "
    r"|HTTP/\S+ |\bHTTP (?:code:? )?|failed request: \(|Return code is: |status code \[[^\]]*\]: |\(HTTP Code: "
    r"|bad response code: | response: |\bunexpected |[\"']code[\"']: ?|\bE)"
)
# the 4xx a re-run gets again (401/403 are credentials, 407 the proxy's, 408/425/429 transient)
_CLIENT_CODES = (400, 404, 405, 406, 409, 410, 411, 412, 413, 414, 415, 422)
_CLIENT = "(?:" + "|".join(map(str, _CLIENT_CODES)) + ")"
STRUCTURE: tuple[dict[str, Any], ...] = (
    # --- the runner machine ---------------------------------------------------------------------------------
    _rule(
        "local.disk_full",
        "local",
        False,
        (
            "no space left on device",
            "enospc",
            "not enough space on the disk",
            "disk quota exceeded",
            "out of disk space",
            "free, cutoff is",
        ),
        (
            r"no space left on device",
            r"\bENOSPC\b",
            r"Not enough (?:disk space|inodes) free, cutoff is \d+",  # Buildkite's elastic stack health check
            r"not enough space on the disk",
            r"disk quota exceeded",
            r"running out of disk space",
        ),
        "the runner's disk is full",
        "Free space before the build (docker system prune, remove preinstalled toolchains), or use a bigger runner.",
        find_host=False,
    ),
    _rule(
        "local.out_of_memory",
        "local",
        False,
        ("killed signal terminated program", "killed", "exit code 137", "low on resource: memory", "memory limit of"),
        (
            r"Killed signal terminated program",  # gcc/clang's driver: cc1plus was SIGKILLed
            r"^Killed\s*$",
            r"\bline \d+: +\d+ Killed\b",  # the shell's report of a SIGKILLed child
            r"Your build has exceeded the memory limit of \S+ on \d+ container",  # CircleCI
            r"failed with exit code 137\b",  # 128 + SIGKILL
            r"Received \"killed\" signal",  # CircleCI
            r"The node was low on resource: memory",  # the kubelet evicted the job's pod
            r"\bPod container was OOMKilled\b",  # garden's kubernetes runner
            r"^command terminated with exit code 137\s*$",  # kubectl exec: the pod's process was SIGKILLed
            r"/(?:compile|link|cgo): signal: killed\s*$",  # the Go toolchain's compiler or linker SIGKILLed
        ),
        "a process was killed for memory (SIGKILL: the OOM killer or the runner's memory limit)",
        "Give the build more memory (a larger runner, the builder's memory limit) or use less (fewer parallel jobs).",
        find_host=False,
        blame="local",
    ),
    _rule(
        "local.runner_unavailable",
        "local",
        True,
        ("did not connect within the allo",),
        (r"The agent did not connect within the allott?ed time",),  # Azure Pipelines: no agent took the job
        "no agent of the pool came online for the job in time (the pool's machines were busy, down or scaling)",
        "Retry; check the agent pool (its scale set, its agents' status) if it repeats.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "local.cache_dir_denied",
        "local",
        False,
        ("failed to initialize build cache",),
        (r"failed to initialize build cache at \S+: mkdir \S+: permission denied",),  # Go: HOME not writable
        "the tool cannot create its cache under the runner's home (the directory belongs to another user)",
        "Fix the home directory's ownership on the runner (or point GOCACHE and friends at a writable path).",
        find_host=False,
        blame="local",
    ),
    _rule(
        "local.cache_dir_shared",
        "local",
        True,
        ("error writing layer blob: mkdir",),
        # BuildKit's local cache export (cache-to type=local): the directory vanished under it mid-write
        (r"error writing layer blob: mkdir \S+/ingest/[0-9a-f]{64}: no such file or directory",),
        "the build's local cache directory was moved or removed while the cache was written (another job shares it)",
        "Give each job its own cache directory (key it by run id) on a runner that runs jobs side by side.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "local.cgroup_controller_missing",
        "local",
        False,
        ("requested cgroup controller",),
        (r"the requested cgroup controller `\w+` is not available",),  # crun: the runner delegates no such controller
        "the runner's cgroups do not give containers a controller they need (pids, cpu: cgroup v2 delegation)",
        "Enable the controller's delegation on the runner (systemd Delegate=yes) or run with cgroups v1.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "local.storage_driver_unsupported",
        "local",
        False,
        ("fstype: overlay", "creating overlay scaffolding"),
        (
            r"fstype: overlay\b.*\berr: invalid argument",  # the daemon's overlayfs on a filesystem it cannot stack
            r"creating overlay scaffolding for build context directory",  # buildah's overlay over the context
        ),
        "the runner's filesystem does not support the overlay mounts the container engine needs",
        "Use a storage driver the runner's filesystem supports (fuse-overlayfs, vfs) or put the engine's storage "
        "on ext4/xfs.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "local.kubelet_pull_qps",
        "local",
        True,
        ("pull qps exceeded",),
        (r"\bpull QPS exceeded\b",),  # the kubelet's own registryPullQPS budget, not the registry's answer
        "the node's kubelet throttled its own image pulls (its registryPullQPS budget: many pods started at once)",
        "Retry (the budget refills each second); raise registryPullQPS/registryBurst in the kubelet config or "
        "stagger the pods.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "build.image_not_loaded",
        "build",
        False,
        ("errimageneverpull", "pull policy of never"),
        (r"\bErrImageNeverPull\b", r"Container image \S+ is not present with pull policy of Never"),  # the kubelet
        "the pod's image (pull policy Never) was never loaded into the node (kind load, minikube image load)",
        "Load the image into the cluster's nodes before the pods start (kind load docker-image), or push and pull it.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "local.runner_session_conflict",
        "local",
        False,
        ("a session for this runner already exists", "sessionconflictexception"),
        (
            r"A session for this runner already exists",
            r"TaskAgentSessionConflictException",  # the broker's 409 to a runner whose old session still holds
        ),
        "a second runner process holds this runner's session (the same registration started twice, or not stopped)",
        "Stop the other runner process with this registration (or re-register this one under its own name).",
        find_host=False,
        blame="local",
    ),
    _rule(
        "local.stale_workspace",
        "local",
        False,
        ("not owned by the runner", "file was unable to be removed"),
        (
            r"workspace still contains files not owned by the runner",
            # checkout cannot delete what an earlier job left (root-owned files, Go's read-only module cache)
            r"File was unable to be removed Error: EACCES: permission denied.*",
        ),
        "an earlier job left files in the workspace this job's user cannot remove (root-owned, or read-only)",
        "Clean the runner's work directory (chown it back), and make jobs leave no root-owned or read-only files.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "local.runner_outdated",
        "local",
        False,
        ("is deprecated and cannot receive messages",),
        (r"Runner version v\S+ is deprecated and cannot receive messages",),  # GitHub stops serving old runners
        "the self-hosted runner's version is too old: GitHub no longer sends it jobs",
        "Update the runner (or its image, ARC's runner image), or let it self-update.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "local.docker_missing",
        "local",
        False,
        ("file not found: 'docker'", "docker: not found", "docker: command not found"),
        # the runner's own lookup, or the agent's shell (Jenkins: `script.sh: 1: ...: docker: not found`); the
        # runner's `Unable to locate executable file: docker` is build.tool_not_on_path's, which reads any tool
        (r"File not found: 'docker'", r": docker: (?:command )?not found\s*$"),
        "the runner has no docker binary (a container action or job container needs one)",
        "Install Docker on the runner (or use a runner image with it), or run the job where Docker is.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "local.resource_quota_exceeded",
        "local",
        False,
        ("exceeded quota",),
        (r"is forbidden: exceeded quota: ",),  # Kubernetes refused the runner's or job's pod
        "the cluster's resource quota refused the pod (the namespace is at its limit)",
        "Raise the namespace's ResourceQuota or lower the pods' requests; it fails alike until something frees.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "build.job_container_required",
        "build",
        False,
        ("job container is required",),
        (r"Job Container is required\.",),  # ARC's kubernetes mode runs every job in a container
        "the runner runs jobs in Kubernetes pods (container hooks) and the job names no `container:`",
        "Give the job a `container:` image, or run it on a runner that is not in kubernetes mode.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "goproxy.bad_zip",
        "goproxy",
        True,
        ("not a valid zip file",),
        (r": zip: not a valid zip file",),  # the module proxy (or its cache) served a broken zip
        "the Go module proxy served a module zip that is not a zip (a proxy's broken cache or a cut-off download)",
        "Retry; if it repeats, clear the module cache (go clean -modcache) or the proxy's cached copy.",
        find_host=False,
    ),
    _rule(
        "local.fd_limit",
        "local",
        False,
        ("too many open files", "emfile", "os error 24"),
        (r"Too many open files", r"\bEMFILE\b", r"\(os error 24\)"),
        "a process ran out of file descriptors (the runner's open-file limit)",
        "Raise the limit (ulimit -n, LimitNOFILE for the runner's service), or open fewer files at once.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "local.process_limit",
        "local",
        True,
        ("resource temporarily unavailable", "failed to fork"),
        (
            r"(?:\[Errno 11\]|fork|clone|thread|spawn)\w*:? .*Resource temporarily unavailable",
            r"BlockingIOError: \[Errno 11\]",
            r"Failed to fork: Resource temporarily unavailable",
        ),
        "the machine refused a new process or thread (its process limit, under load)",
        "Retry; if it repeats, raise the runner's process limit (TasksMax, ulimit -u) or run fewer jobs at once.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "local.pod_evicted_disk",
        "local",
        False,
        ("low on resource: ephemeral-storage", "emptydir volume"),
        (r"low on resource: ephemeral-storage", r"Usage of EmptyDir volume \S+ exceeds the limit"),
        "the runner's pod was evicted for disk (its ephemeral storage ran out)",
        "Give the runner pod more ephemeral storage (or a volume for the work directory).",
        find_host=False,
    ),
    _rule(
        "local.clock_skew",
        "local",
        False,
        ("certificate is not yet valid", "is not valid yet", "is before", "certificatenotyetvalidexception"),
        (
            r"certificate (?:is|has) not yet valid",
            r"\bCertificateNotYetValidException\b",  # Java
            r"certificate has expired or is not yet valid: current time \S+ is before",  # Go: the clock is behind
            r"Release file for \S+ is not valid yet",
        ),
        "the machine's clock is behind: certificates and signed indexes look like they are from the future",
        "Sync the runner's clock (chrony/NTP); on a VM or emulator, check the guest's time.",
        blame="local",
    ),
    _rule(
        "local.seccomp_clone3",
        "local",
        False,
        (
            "thread failed to start",
            "at least one invalid signature was encountered",
            "but neither seems installed",
            "seccomp filter rule",
        ),
        (
            r"getaddrinfo\(\) thread failed to start",
            r"error adding seccomp filter rule for syscall clone3: permission denied(?:: unknown)?",  # an old runc
            # apt's gpgv in a newer distribution's container on an old Docker/libseccomp (Launchpad 1916485)
            r"At least one invalid signature was encountered",
            r"gpgv, gpgv2 or gpgv1 required for verification, but neither seems installed",
        ),
        "the container runtime's seccomp profile blocks a syscall a newer image needs (clone3 for curl's resolver "
        "thread, gpgv's for apt's signature check): not the network or the repository",
        "Update Docker/containerd/libseccomp on the runner, or run the container with a newer seccomp profile.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "local.docker_socket_permission",
        "local",
        False,
        ("permission denied while trying to connect", "docker.sock: connect: permission denied"),
        (
            r"permission denied while trying to connect to the docker daemon",
            r"docker\.sock: connect: permission denied",
        ),
        "the job may not use the Docker socket",
        "Add the runner's user to the docker group, or run rootless Docker.",
        find_host=False,
    ),
    _rule(
        "local.docker_daemon_down",
        "local",
        False,
        (
            "connect to the docker daemon",
            "docker daemon running",
            "docker.sock",
            "docker_engine",
            "daemon is not running",
            "job for docker.service failed",
            "connect to docker daemon",
            "reach docker daemon",
        ),
        (
            r"cannot connect to the docker daemon",
            r"is the docker daemon running",
            r"docker\.sock: connect: (?:no such file|connection refused)",
            r"pipe/docker_engine: The system cannot find the file specified",
            r"docker daemon is not running",
            r"(?:could|unable to) (?:not )?connect to (?:the )?docker daemon",
            r"couldn't connect to docker daemon",  # docker-compose v1
            r"Job for docker\.service failed",  # systemd could not start dockerd
            r"Unable to reach Docker Daemon after \d+ attempts",  # Drone's docker plugin
            r"cannot stat\w* '/var/run/docker\.sock': No such file",  # a runner image's start script checks it
        ),
        "the Docker daemon is not running (or not where the client looks)",
        "Start dockerd on the runner, or point DOCKER_HOST at it.",
        find_host=False,
    ),
    _rule(
        "local.docker_daemon_broken",
        "local",
        False,
        (
            "containerd.sock",
            "read-only file system",
            "error creating overlay mount",
            "failed to create shim task",
            "error initializing graphdriver",
            "is too new. maximum supported api version",
            "failed to register layer",
            "oom score for shim",
            "failed to start shim",
            "error initializing network controller",
            "pid file found",
        ),
        (
            r"failed to create shim task",
            r"error initializing graphdriver",
            r"client version \S+ is too new\. Maximum supported API version",
            r"containerd\.sock: (?:connect: |timeout|i/o timeout)",
            r"mkdir /var/lib/docker\S*: read-only file system",
            r"error creating overlay mount",
            r"failed to register layer: ApplyLayer exit status 1 .*lchown \S+: (?:no such file|invalid argument)",
            # the daemon's own layer store is damaged (a layer it half wrote, a failing disk)
            r"failed to register layer: open /var/lib/docker/\S+: (?:no such file or directory|input/output error)",
            r"failed to adjust OOM score for shim",  # containerd's shim in a container that may not set it
            # a dockerd that died before (an image's saved pid file) refuses to start again
            r"Error starting daemon: pid file found, ensure docker is not running",
            # a daemon install missing its own parts (docker-containerd-shim)
            r'failed to start shim: exec: "[^"]+": executable file not found in \$PATH(?:: unknown)?',
            r"failed to start daemon: Error initializing network controller",  # dockerd's iptables/nftables setup
        ),
        "the runner's Docker/containerd daemon is broken (its socket, storage or mounts)",
        "Restart the daemon (or the runner); check its storage driver and disk.",
        find_host=False,
    ),
    # --- the builder --------------------------------------------------------------------------------------------
    _rule(
        "builder.not_running",
        "builder",
        False,
        ("buildkitd.sock", "buildkit", "buildx_buildkit"),
        (
            r"dial unix \S*buildkit\S*: connect: (?:no such file|connection refused)",
            r"buildx_buildkit_\S+ is not running",
        ),
        "BuildKit is not running where buildx looks",
        "Create and start the builder (docker/setup-buildx-action).",
        find_host=False,
        blame="local",
    ),
    _rule(
        "builder.connection_lost",
        "builder",
        True,
        (
            "transport is closing",
            "code = unavailable",
            "error reading from server",
            "grpc server closed unexpectedly",
            "failed to list workers",
            "waiting for server handshake",
            "client connection is closing",
            "no such job",
        ),
        (
            r"transport is closing",
            r"failed to list workers: Unavailable\b",
            r"code = Unavailable desc = timed out waiting for server handshake",
            r"code = Unavailable",
            r"error reading from server",
            r"grpc server closed unexpectedly",
            r"grpc: the client connection is closing",
            r"failed to receive status: rpc error: code = Unknown desc = no such job \w+",  # a remote builder lost it
        ),
        "the connection to BuildKit broke mid-build (buildkitd restarted or was killed, often OOM)",
        "Check the buildkitd logs and memory, then retry.",
        find_host=False,
    ),
    _rule(
        "builder.exec_format",
        "builder",
        False,
        ("exec format error", "runtime execution on platform"),
        (r"exec format error", r"runtime execution on platform \S+ not supported"),
        "a binary for another CPU architecture ran without emulation (QEMU/binfmt missing, or the wrong platform)",
        "Add docker/setup-qemu-action before the build, or build on a runner of the image's architecture.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.wrong_arch_container",
        "build",
        False,
        ("exec format error",),
        (r"exec \S+: exec format error",),
        "a container started from an image built for another CPU architecture than the runner's",
        "Pull or build the image for the runner's platform (--platform, a multi-arch image), or add QEMU.",
        find_host=False,
        context=r"(?i)docker[- ]compose|(?:docker|podman|nerdctl) run\b|\s\|\s",  # a container, not a RUN step
    ),
    _rule(
        "connectivity.plain_http_registry",
        "connectivity",  # the client's (or BuildKit's) TLS setting for that registry, not a builder fault
        False,
        ("server gave http response to https client", "upgrade to h2c"),
        (r"server gave HTTP response to HTTPS client", r"unable to upgrade to h2c"),
        "the client spoke HTTPS to a plain-HTTP registry (an insecure registry not configured as such)",
        "Configure the registry as insecure/http for the builder (buildkitd.toml) or the daemon, or serve TLS.",
        blame="build",
    ),
    # --- the GitHub Actions cache: an archive cut short, an expired upload/download signature ----------------
    _rule(
        "gha_cache.archive_create_failed",
        "gha_cache",
        False,
        ("tar failed with error", "tar' failed with exit code"),
        # the cache SAVE's tar (`tar ... -cf cache.tzst`, `-cz -f ...cache.tgz` just above) failed: the paths it
        # archives (unreadable root-owned files, a path that does not exist, the archive inside its own input),
        # the same on every run; before corrupt_archive so a save's failure is not taken for a broken download
        (r"Tar failed with error", r"The process '\S*/tar' failed with exit code \d+"),  # the toolkit, v1's
        "the cache step's tar could not archive the paths to save (unreadable, missing, or changing under it)",
        "Cache only paths the job's user can read and that exist (not ~/ or root-owned dirs); nothing was saved.",
        fatal=False,
        find_host=False,
        blame="build",
        context=r"tar(?:\.exe\"?)? (?:--posix )?(?:--use-compress-program \"?[\w -]+\"? )?-c(?:z|f|zf)?\s",
    ),
    _rule(
        "gha_cache.corrupt_archive",
        "gha_cache",
        True,
        ("unexpected eof in archive", "tar failed with error", "decoding error", "crc error", "stdin: unexpected end"),
        (
            r"tar: Unexpected EOF in archive",
            r"^gzip: stdin: unexpected end of file",
            r"Tar failed with error",
            r"Decoding error \(\d+\) : (?:Corrupted block|Restored data)",
            r"invalid compressed data--crc error",
        ),
        "the cache archive was cut short or corrupt (an interrupted download; the step skipped the cache)",
        "Retry; if it repeats, change the cache key so a fresh archive is saved.",
        fatal=False,
        context=r"cache|Tar failed|\.tzst",  # (actions/cache v1's `cache.tgz` is a cache's; any other .tgz is not)
    ),
    _rule(
        "gha_cache.archive_unreadable",
        "gha_cache",
        False,
        ("unsupported format",),
        (r"^zstd: /\*stdin\*\\?: unsupported format",),
        "the saved cache entry is no zstd archive (an empty or broken save): every restore of this key fails alike",
        "Change the cache key (or delete the entry) so a good archive is saved; the step went on without it.",
        fatal=False,
        find_host=False,
        context=r"(?i)cache|\.tzst",
    ),
    _rule(
        "gha_cache.restore_failed",
        "gha_cache",
        False,
        ("failed to restore:", "cannot open: file exists"),
        (
            r"^(?:Warning: )?Failed to restore: \S*tar\S* failed with (?:error|exit code)",
            r"tar: \S+: Cannot open: File exists",  # its files already exist in the workspace
        ),
        "the cache archive did not unpack over the workspace (tar refused; the step went on without the cache)",
        "Restore before the files exist (or into a clean path), or change the cache key (or turn off the setup "
        "action's own cache).",
        fatal=False,
        find_host=False,
        blame="build",
        context=r"(?i)cache|\.tzst|\.tgz|actions/setup-|Failed to restore",  # a setup action restores its own first
    ),
    _rule(
        "gha_cache.archive_tool_missing",
        "gha_cache",
        False,
        ("unrecognized option:", "--force-local is not supported", "zstdmt:", "must specify one of -c"),
        (
            r"\btar: unrecognized option: (?:posix|P|force-local)\b",  # BusyBox's tar in a job container
            r"tar\.exe: Option --force-local is not supported",  # Windows' bsdtar ahead of GNU tar on the PATH
            r"\bzstdmt: (?:command )?not found",  # actions/cache compresses with zstdmt, which the runner lacks
            r"\btar: Must specify one of -c, -r, -t, -u, -x",  # macOS's bsdtar given GNU tar's arguments
        ),
        "the cache step's archiver is not the one it needs (BusyBox or BSD tar, no zstdmt): nothing is saved or "
        "restored",
        "Install GNU tar and zstd on the runner or in the job container (apk add tar zstd), or put them first on PATH.",
        fatal=False,
        find_host=False,
        blame="local",
    ),
    _rule(
        "gha_cache.client_url_invalid",
        "gha_cache",
        False,
        ("twirp/github.actions.results",),
        # the cache URL the runner gives lacks its trailing slash: a host or port glued to `twirp/...`
        (r"[\w*.]twirp/github\.actions\.results\.api\b.*",),
        "the cache service URL the runner was given has no trailing slash (a host or port glued to `twirp/`)",
        "Fix the runner's ACTIONS_RESULTS_URL (or the cache server's advertised URL) to end with a slash.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "gha_cache.server_url_unusable",
        "gha_cache",
        False,
        ("unable to extract blobname and containername",),
        # the toolkit parses the upload URL as an Azure blob's: a self-hosted cache server answered another kind
        (r"Unable to extract blobName and containerName with provided information",),
        "the cache server gave the cache client an upload URL it cannot use (a self-hosted server of another version)",
        "Update the self-hosted cache server (or the cache action) so both speak the same cache protocol version.",
        fatal=False,
        find_host=False,
        blame="local",
    ),
    _rule(
        "gha_cache.reserve_conflict",
        "gha_cache",
        False,
        ("already exists", "(409) conflict"),
        (r"cache entry with the same key, version, and scope already exists", r"\(409\) Conflict"),
        "another job already saved (or is saving) a cache under this key; this save was skipped",
        "Use a key unique to the job (add the matrix values), or skip the save on a cache hit.",
        fatal=False,
        find_host=False,
        context=r"(?i)cache",
    ),
    _rule(
        "gha_cache.error_page",
        "gha_cache",
        True,
        ("services aren't available",),
        (r"Our services aren't available right now",),
        "the GitHub Actions cache service is down (GitHub's error page instead of its API)",
        "Retry later (githubstatus.com); the build can run without its cache meanwhile.",
        context=r"(?i)cache",
    ),
    _rule(
        "gha_cache.download_timeout",
        "gha_cache",
        True,
        ("cannot be completed in timeout",),
        (r"The operation cannot be completed in timeout",),  # the Azure SDK's blob download
        "the cache archive's download from its blob storage timed out",
        "Retry; keep cached paths small (segment timeouts: SEGMENT_DOWNLOAD_TIMEOUT_MINS).",
    ),
    _rule(
        "gha_cache.cache_miss",
        "gha_cache",
        False,
        ("fail-on-cache-miss",),
        (r"Exiting as fail-on-cache-miss is set",),
        "no cache entry matched the key, and the step is set to fail on a miss",
        "Save the cache under that key first (a job that runs before), or drop fail-on-cache-miss.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "gha_cache.export_blob_missing",
        "gha_cache",
        False,
        ("blob not found",),
        (r"failed to solve: blob not found",),
        "BuildKit's gha cache export referred to a blob the cache no longer has",
        "Change the cache scope (cache-to: type=gha,scope=...) so the export starts afresh.",
        find_host=False,
        context=r"(?i)exporting cache|type=gha|GitHub Actions Cache",
    ),
    _rule(
        "gha_cache.runner_cache_refused",
        "gha_cache",
        False,
        ("received: 403 forbidden",),
        (r"^(?:FATAL|WARNING): received: 403 Forbidden",),
        "the CI runner's cache storage refused the runner (its S3 credentials, policy or signature)",
        "Fix the runner's cache credentials and bucket policy; the job runs on without the cache meanwhile.",
        fatal=False,
        find_host=False,
        blame="local",
        context=r"Checking cache for|Restoring cache|Creating cache",
    ),
    _rule(
        "gha_cache.unarchive_failed",
        "gha_cache",
        False,
        ("failed to unarchive", "error untarring cache", "cannot open: ", "cannot mkdir: "),
        (
            r"Failed to unarchive (?:\S+ )?cache",
            r"Error untarring cache",
            # actions/cache stores paths outside the workspace as `../..`: extracting over files already there
            r"\bg?tar: (?:\.\./)+\S+: Cannot (?:open|mkdir): (?:File exists|Permission denied)",
        ),
        "the restored cache archive would not unpack here (a broken entry, or paths the job may not write)",
        "Change the cache key so a fresh entry is saved; check the cached paths are writable by the job.",
        fatal=False,
        find_host=False,
    ),
    _rule(
        "gha_cache.client_refused",
        "gha_cache",
        False,
        ("no scopes with read permission",),
        (r"No scopes with read permission were found on the request",),  # the v1 service: a token without cache scope
        "the GitHub Actions cache refused the job's token: it carries no cache scope (an older cache client)",
        "Upgrade the action's cache client (@actions/cache); check the job's token permissions.",
        find_host=False,
    ),
    _rule(
        "gha_cache.rate_limited",
        "gha_cache",
        True,
        ("cache throttled", "api error (429", "requestblockedexception", "request was blocked"),
        (
            r"GitHub Actions Cache throttled",
            r"GitHub API error: API error \(429 ",
            r"RequestBlockedException|Request was blocked due to exceeding usage",  # the cache service's own answer
        ),
        "the Actions cache throttled the job's cache client (magic-nix-cache, sccache: too many requests)",
        "Retry later; make fewer cache requests (bigger, fewer entries) or fall back to another cache.",
        find_host=False,  # the URL on its line is the client's own local cache daemon, not the throttling service
    ),
    _rule(
        "gha_cache.no_cache_url",
        "gha_cache",
        False,
        ("actions_cache_url not found",),
        (r"ACTIONS_CACHE_URL not found",),
        "the cache client wants the retired v1 cache service (ACTIONS_CACHE_URL), which runners no longer provide",
        "Update the cache client (sccache, setup-* actions) to a release that speaks the v2 cache service.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "gha_cache.dependency_file_missing",
        "gha_cache",
        False,
        ("file is not found in", "specified paths were not resolved", "no file in"),
        (
            r"Dependencies (?:lock )?file is not found in\b",  # (its directory may wrap onto the next line)
            r"Some specified paths were not resolved, unable to cache dependencies",
            r"No file in \S+ matched to(?: \[|\s*$)",  # (the patterns may wrap onto the next line)
        ),
        "the setup action's cache found no lock file or path to key the cache on",
        "Point cache-dependency-path at the lock file, or turn the action's cache off.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "gha_cache.hashfiles_timeout",
        "gha_cache",
        False,
        ("couldn't finish within",),
        (r"hashFiles\('[^']*'\) couldn't finish within \d+ seconds",),
        "the cache key's hashFiles() pattern matched too many files to hash in the runner's time limit",
        "Narrow the pattern (a lock file's path, not '**/'), or exclude node_modules and build output.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "gha_cache.bad_key",
        "gha_cache",
        False,
        ("key validation error",),
        (r"Key Validation Error: .* cannot (?:contain commas|be larger than)",),
        "the cache key was refused before any request (a comma in it, or longer than 512 characters)",
        "Build the key from values without commas (hash the matrix values) and keep it under 512 characters.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "gha_cache.remote_cache_refused",
        "gha_cache",
        False,
        ("remote build cache", "failed to contact remote cache"),
        (
            r"Could not (?:store|load) entry \S+ (?:in|from) remote build cache: .*response status 4\d\d.*",  # Gradle
            r"failed to contact remote cache: .*\(4\d\d [^)]*\)",  # Turborepo
        ),
        "the remote build cache refused the request (4xx: its URL, credentials or size limit); the build went on",
        "Check the remote cache's URL and credentials (and its entry size limit); a re-run is refused the same way.",
        fatal=False,
        blame="build",
    ),
    _rule(
        "gha_cache.remote_cache_failed",
        "gha_cache",
        True,
        ("remote build cache", "failed to contact remote cache", "remote cache:"),
        (
            r"Could not (?:store|load) entry \S+ (?:in|from) remote build cache",
            r"failed to contact remote cache",
            r"^WARNING: (?:Error )?(?:reading from|writing to) (?:the )?remote cache:",  # Bazel (its status follows)
        ),
        "the remote build cache failed to answer (a server error or a broken connection); the build went on",
        "Retry; check the remote cache server's health.",
        fatal=False,
    ),
    _rule(
        "gha_cache.remote_cache_error",
        "gha_cache",
        True,
        ("remote cache endpoint", "unable to download", "failureresponse"),
        (
            r"Misconfigured remote cache endpoint: Unexpected response status: 5\d\d.*",  # Nx: it ends the run
            r"unable to download '\S+\.(?:narinfo|nar(?:\.\w+)?)': HTTP error 5\d\d",  # nix: a substituter
            r"FailureResponse \(Response \{responseStatusCode = Status \{statusCode = 5\d\d",  # cachix
        ),
        "the remote build or binary cache answered a server error and the tool stopped on it",
        "Retry; check the cache server's health, or build without it (nix: --option substituters '').",
    ),
    _rule(
        "gha_cache.remote_digest_missing",
        "gha_cache",
        False,
        ("missing digest",),
        (r"CacheNotFoundException: Missing digest: ",),  # Bazel: an output the remote cache evicted
        "the remote cache no longer holds an output this build was told it had (evicted: a build without the bytes)",
        "Build with --remote_download_outputs=all (or bazel clean), or give the remote cache a longer retention.",
        find_host=False,
    ),
    _rule(
        "gha_cache.client_config",
        "gha_cache",
        False,
        ("ccache: error: invalid",),
        (r"^ccache: error: invalid ",),
        "the compiler cache refused its own configuration (its remote or secondary storage setting)",
        "Fix the ccache setting it names (remote_storage / secondary_storage URL) or unset it.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "gha_cache.exporter_config",
        "gha_cache",
        False,
        ("failed to configure gha cache",),
        (r"failed to configure gha cache (?:exporter|importer): ",),
        "BuildKit could not set up the GitHub Actions cache backend (its token or URL is missing or malformed)",
        "Expose ACTIONS_RUNTIME_TOKEN and ACTIONS_CACHE_URL to buildx (crazy-max/ghaction-github-runtime), or "
        "pass token= and url= in cache-to/cache-from.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "gha_cache.storage_unavailable",
        "gha_cache",
        True,
        ("cache storage failed to",),
        (r"cache storage failed to (?:read|write): Unexpected \(temporary\)",),  # sccache's storage check
        "the compiler cache's storage (sccache's backend) failed a temporary check at startup",
        "Retry; set SCCACHE_IGNORE_SERVER_IO_ERROR=1 so a cache outage falls back to compiling.",
    ),
    _rule(
        "gha_cache.bad_response",
        "gha_cache",
        True,
        ("content-length not found",),
        (r"Content-Length not found on blob response",),
        "the cache's blob store answered without a Content-Length (a proxy between the runner and it strips it)",
        "Retry; on a self-hosted runner check the proxy in front of the blob store.",
    ),
    _rule(
        "gha_cache.export_not_found",
        "gha_cache",
        True,
        ("not_found",),
        (r"^(?:ERROR: )?(?:failed to (?:build|solve): )*not_found\s*$",),
        "BuildKit's cache export to the Actions cache got not_found (an entry the service lost or expired)",
        "Retry; if it repeats, change the cache scope (cache-to: type=gha,scope=...).",
        context=r"exporting to GitHub Actions Cache|type=gha",
    ),
    _rule(
        "gha_cache.checksum_mismatch",
        "gha_cache",
        False,
        ("doesn't match checksum",),
        (r"Restored data doesn't match checksum",),
        "the stored cache entry is corrupt (zstd's checksum fails): every restore of this key fails the same",
        "Change the cache key (or delete the entry) so a fresh one is saved.",
        fatal=False,
        find_host=False,
    ),
    _rule(
        "gha_cache.request_timeout",
        "gha_cache",
        True,
        ("request timeout: /", "failed to make request after"),
        (r"Request timeout: /", r"Failed to make request after \d+ attempts"),
        "a request to the cache service timed out (the step went on without the cache)",
        "Retry; the cache service was slow or unreachable.",
        context=r"(?i)cache",
    ),
    _rule(
        "gha_cache.cache_server_timeout",
        "gha_cache",
        True,
        ("timed out waiting for server startup",),
        (r"sccache: error: Timed out waiting for server startup",),  # its server could not reach the cache backend
        "the compiler cache's server did not start in time (its remote cache backend was slow or unreachable)",
        "Retry; raise SCCACHE_STARTUP_TIMEOUT or check the backend (the Actions cache, S3) it talks to.",
    ),
    _rule(
        "gha_cache.no_token",
        "gha_cache",
        False,
        ("cache service url not found",),
        (r"Cache Service Url not found",),
        "the job has no cache service URL (a self-hosted or emulated runner without the cache service)",
        "Run on a runner that provides ACTIONS_CACHE_URL, or skip the cache step there.",
        find_host=False,
        fatal=False,
    ),
    _rule(
        "gha_cache.sas_expired",
        "gha_cache",
        True,
        ("signature not valid", "authenticationfailed", "server failed to authenticate"),
        (
            r"Signature not valid in the specified time frame",
            r"\bAuthenticationFailed\b",
            r"Server failed to authenticate",
        ),
        "the cache storage refused an expired signed URL (a long upload or download outlived its SAS)",
        "Retry; keep cached paths small so transfers finish in time.",
    ),
    # --- credentials ----------------------------------------------------------------------------------------------
    _rule(
        "credentials.denied",
        "credentials",
        False,
        (
            "denied",
            "unauthorized",
            "authentication required",
            "no basic auth credentials",
            "unauthenticated request",
            "needed permissions to perform this operation",
        ),
        (
            r"\bdenied: \S",
            r"/manifests/\S+: denied\s*$",  # the older daemon: the registry's bare `denied` to the manifest request
            # Google's registries: no credentials (a missing credential helper) or no role on the repository
            r"You don't have the needed permissions to perform this operation, and you may have invalid credentials",
            r"unauthenticated requests? do(?: not|n't) have permission",
            r"\bunauthorized\b",
            r"access denied",
            r"authentication required",
            r"no basic auth credentials",
            r"error from registry: denied",
            r"\bdenied: denied\b",
        ),
        "the registry denied the request (credentials or permissions)",
        "Log in to the registry the image names, with a token that may read/write it.",
    ),
    _rule(
        "credentials.login_locked",
        "credentials",
        False,
        ("too many failed login attempts",),
        (r"Too many failed login attempts",),  # Docker Hub's lockout (Code: 429) after a matrix of bad logins
        "the registry locked logins for this user or IP after repeated failed attempts",
        "Fix the stored password or token, then wait for the lockout to lapse; a retry now fails the same way.",
        find_host=False,
        blame="build",
    ),
    # --- dev batches 40-42: the job's own services and test infrastructure, Windows and Apple tools, IaC tools --
    _rule(
        "build.service_unhealthy",
        "build",
        False,
        ("service is unhealthy",),
        (r"Failed to initialize, \S+ service is unhealthy",),  # the runner's `services:` health check
        "a service container of the job never passed its health check (its image, env or health command)",
        "Check the service's env (passwords, ports) and health-cmd; read its container log in the job's setup.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.test_db_not_ready",
        "build",
        True,
        ("the database system is starting up", "the database system is shutting down", "57p03"),
        (r"the database system is (?:starting up|shutting down)", r"\b57P03\b"),
        "the job's database was still starting (or restarting) when the tests connected",
        "Wait for the database (a health check, pg_isready in a loop) before the tests start.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "local.port_in_use",
        "local",
        False,
        ("port is already allocated",),
        (r"Bind for \S+ failed: port is already allocated",),
        "the port a container publishes is already taken on this runner (a container left by an earlier job)",
        "Stop what holds the port (docker ps; a leftover compose project) or publish another port.",
        find_host=False,
    ),
    _rule(
        "build.compose_network_missing",
        "build",
        False,
        ("declared as external, but could not be found",),
        (r"[Nn]etwork \S+ declared as external, but could not be found",),
        "the compose file uses an external network that does not exist on this runner",
        "Create the network first (docker network create) or drop external: true.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "local.max_map_count_low",
        "local",
        False,
        ("vm.max_map_count",),
        (r"vm\.max_map_count \[\d+\] is too low",),
        "the runner's kernel allows too few memory maps for the service (Elasticsearch/OpenSearch)",
        "Raise it on the runner: sysctl -w vm.max_map_count=262144.",
        find_host=False,
    ),
    _rule(
        "build.browser_driver_mismatch",
        "build",
        False,
        ("only supports chrome version", "there is no such driver by url"),
        (r"This version of ChromeDriver only supports Chrome version \d+", r"There is no such driver by url https?://"),
        "the browser driver does not fit the installed browser (or the driver tool asks a retired download URL)",
        "Install the driver matching the browser (Selenium Manager, setup-chrome with its chromedriver), or "
        "update the driver manager.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.docker_env_misconfigured",
        "build",
        False,
        ("could not find a valid docker environment",),
        (r"Could not find a valid Docker environment",),  # Testcontainers
        "Testcontainers found no Docker daemon it could use (no socket where it looked, or DOCKER_HOST wrong)",
        "Run the tests where a Docker daemon is reachable (mount the socket, set DOCKER_HOST) or use a runner with "
        "Docker.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "local.ryuk_unreachable",
        "local",
        False,
        ("ryuk",),
        (r"Can not connect to Ryuk at \S+", r"Timed out waiting for Ryuk container to start"),
        "Testcontainers' reaper (Ryuk) did not start or could not be reached from the tests (the runner's Docker "
        "networking)",
        "Check the runner can reach containers it starts (docker-in-docker networking) or set "
        "TESTCONTAINERS_RYUK_DISABLED=true on an ephemeral runner.",
        find_host=False,
    ),
    _rule(
        "build.tls_protocol_outdated",
        "build",
        False,
        ("could not create ssl/tls secure channel",),
        (r"Could not create SSL/TLS secure channel",),  # .NET / PowerShell offering TLS 1.0
        "the Windows script offered an old TLS version the server refuses (PowerShell's default before TLS 1.2)",
        "Set [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 before the download.",
        blame="build",
    ),
    _rule(
        "build.windows_os_mismatch",
        "build",
        False,
        ("does not match the host operating system",),
        (r"container operating system does not match the host operating system",),
        "the Windows container image was built for another Windows release than the runner's",
        "Use the image tag for the runner's Windows build (ltsc2019/ltsc2022), or run with --isolation=hyperv.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "credentials.keychain_locked",
        "credentials",
        False,
        ("errsecinternalcomponent",),
        (r"\berrSecInternalComponent\b",),
        "codesign could not use the signing key: the keychain is locked in this non-interactive session",
        "Unlock the keychain in the job (security unlock-keychain) and allow codesign (set-key-partition-list).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.provider_not_found",
        "build",
        False,
        ("provider registry",),
        # Terraform's and OpenTofu's boxed error wraps at any word: `does not have a\n│ provider named`, `does\n│ not`
        (r"provider registry \S+ does(?: not have\b|\s*$)",),
        "the provider address does not exist in that registry (a wrong namespace, or a provider never published)",
        "Fix the provider's source address in required_providers.",
        blame="build",
    ),
    _rule(
        "build.helm_repo_not_added",
        "build",
        False,
        ("no repository definition for",),
        (r"no repository definition for \S+",),
        "helm dependency build found a chart repository the job never added",
        "Add the repositories first (helm repo add NAME URL) or use OCI references.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "github.plugin_rate_limited",
        "github",
        True,
        ("rate limited the plugin getter",),
        (r"Plugin host rate limited the plugin getter",),  # packer init: GitHub's anonymous API limit
        "GitHub's API rate-limited the plugin download (anonymous requests from a shared runner address)",
        "Give the tool a token (PACKER_GITHUB_API_TOKEN) or retry after the time it names.",
        find_host=False,
    ),
    _rule(
        "credentials.cloud_auth_refused",
        "credentials",
        False,
        ("problem refreshing your current auth tokens", "invalid_grant", "unauthorized_client", "active account"),
        (
            r"There was a problem refreshing your current auth tokens",  # gcloud
            r"\binvalid_grant\b",  # OAuth 2's code
            r"\"error\": ?\"unauthorized_client\"",  # Google's STS: the provider's attribute condition refused it
            r"\(gcloud\.auth\.docker-helper\) You do not currently have an active account selected",
        ),
        "the cloud's token endpoint refused the job's credentials (a deleted or disabled identity pool, a wrong "
        "audience, a revoked or malformed key)",
        "Fix the workload identity provider or service-account key the job signs in with; a re-run is refused alike.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "credentials.cloud_role_refused",
        "credentials",
        False,
        ("not authorized to perform sts:", "no openidconnect provider found", "aadsts", "could not load credentials"),
        (
            r"Not authorized to perform sts:AssumeRole\w*",  # the role's trust policy does not admit this job
            r"No OpenIDConnect provider found in your account",
            r"\bAADSTS\d+: ",  # Azure's sign-in errors: no federated credential for the subject, a bad secret, ...
            r"Could not load credentials from any providers",  # configure-aws-credentials given none
        ),
        "the cloud refused the job's identity (the role's trust policy, the federated credential or the secret "
        "does not admit this workflow, or none was given)",
        "Fix the role's trust policy or the federated credential's subject (repo:OWNER/REPO:ref:...), or pass the "
        "secrets; a re-run is refused alike.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "credentials.tool_token_missing",
        "credentials",
        False,
        (
            "missing auth token",
            "private_source_authentication_failure",
            "nor authtoken are set",
            "netrc credentials",
            "set the gh_token environment variable",
        ),
        (
            r"missing auth token in order to run inside CI",  # Snyk's CLI without SNYK_TOKEN
            r"Pushing is disabled as signingKey nor authToken are set",  # cachix
            r"Cannot find netrc credentials for https?://",  # magic-nix-cache's FlakeHub without a login
            r"To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable",
            r"\bprivate_source_authentication_failure\b",  # Dependabot: a private registry's credentials refused
        ),
        "the tool has no (or a refused) token for the service it calls: the job never passed the secret",
        "Pass the tool's token as the job's secret (SNYK_TOKEN, Dependabot's registries: credentials).",
        blame="build",
    ),
    _rule(
        "build.signature_missing",
        "build",
        False,
        ("no signatures found", "no matching signatures"),
        (r"(?:^|: )no (?:signatures found|matching signatures:?)\s*$",),  # cosign verify
        "cosign found no signature (matching the key or identity) for the image: it was never signed so",
        "Check the image was signed with that key or identity (and transparency log), or verify with the right one.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "credentials.grpc_unauthenticated",
        "credentials",
        False,
        ("unauthenticated", "credentials failed to obtain metadata"),
        (
            r"(?-i:\bUNAUTHENTICATED: )",  # Java's gRPC status, in capitals (a registry's `unauthenticated:` is not)
            r"\bcode = Unauthenticated desc = ",  # Go's
            r"Credentials failed to obtain metadata",  # Bazel's Google credentials: none on this runner
        ),
        "the remote build service refused the call as unauthenticated (no key or credentials were sent)",
        "Give the build the service's key or credentials (--remote_header, --google_credentials, an API key secret).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "credentials.id_token_permission",
        "credentials",
        False,
        ("actions_id_token_request_url", "expired_token", "actions_id_token_request_token", "fetch an oidc token"),
        (
            r"Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable",
            r"the ACTIONS_ID_TOKEN_REQUEST_TOKEN environment variable was unset",  # PyPI's trusted publishing
            r"Could not fetch an OIDC token\. Did you remember to add `id-token: write`",
            r"error obtaining token: expired_token",  # cosign fell back to the device flow: no OIDC token to sign with
        ),
        "the job may not request an OIDC token: its workflow lacks `permissions: id-token: write` (or a fork's "
        "pull request runs it)",
        "Add `permissions: id-token: write` to the job (pull requests from forks never get one).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "credentials.token_service_error",
        "credentials",
        True,
        ("oautherror", "unable to get aad authorization tokens"),
        (
            r"\(OAuthError\): \(\"Error code \{'code': 5\d\d\b",  # gcloud: Google's token service answered 5xx
            # az acr login: the registry's AAD token exchange answered 5xx (its "denied" says nothing of the login)
            r"Unable to get AAD authorization tokens with message: .* Response code: 5\d\d\b",
        ),
        "the cloud's token service failed while the job signed in (a 5xx from it)",
        "Retry; see the cloud provider's status page.",
        find_host=False,
    ),
    _rule(
        "credentials.session_expired",
        "credentials",
        False,
        ("expiredtoken", "security token included in the request is expired", "aadsts700024"),
        (
            r"\bExpiredToken(?:Exception)?\b",
            r"The security token included in the request is expired",
            r"\bAADSTS700024\b",  # Azure: the federated assertion outlived its lifetime
        ),
        "the job's short-lived cloud credentials expired before the step ran (the session is shorter than the job)",
        "Request the credentials closer to the step, or a longer session (role-duration-seconds).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "credentials.kubeconfig_missing",
        "credentials",
        False,
        ("server localhost:8080 was refused",),
        (r"The connection to the server localhost:8080 was refused",),  # kubectl's default with no kubeconfig
        "kubectl has no kubeconfig: it fell back to localhost:8080 (the job never set up the cluster's credentials)",
        "Write the kubeconfig before kubectl runs (aws eks update-kubeconfig, azure/k8s-set-context, KUBECONFIG=...).",
        host="localhost:8080",
        blame="build",
    ),
    _rule(
        "credentials.cluster_unauthorized",
        "credentials",
        False,
        ("you must be logged in to the server", "asked for the client to provide credentials"),
        (r"You must be logged in to the server", r"the server has asked for the client to provide credentials"),
        "the cluster refused the job's identity (a kubeconfig user or cloud role the cluster does not map)",
        "Map the job's role in the cluster (aws-auth / access entries, RBAC) or refresh the kubeconfig.",
        blame="build",
    ),
    _rule(
        "registry.oci_index_unsupported",
        "registry",
        False,
        ("not supported for oci manifest", "child manifest not supported", "manifest.list is not supported"),
        (
            r"Object metadata not supported for OCI manifest",
            r"Image index child manifest not supported",
            r"Manifest\.list is not supported",  # Harbor before 2.0 (skopeo copy --all, a multi-platform push)
        ),
        "the registry cannot store an OCI image index or attestation manifest (an older registry)",
        "Push without attestations (provenance: false, sbom: false) or with oci-mediatypes=false.",
    ),
    _rule(
        "registry.cannot_reuse_body",
        "registry",
        True,
        ("cannot reuse body", "on closed pipe"),
        (r"cannot reuse body, request must be retried", r"failed to copy: io: read/write on closed pipe"),
        "the client could not resend a request body after the registry asked it to retry (containerd pusher)",
        "Retry the push.",
    ),
    # --- dev batches 17-18: the cache's own refusals, the runner, Go's module errors that are the build's ------
    _rule(
        "gha_cache.path_missing",
        "gha_cache",
        False,
        (
            "path validation error",
            "doesn't exist on disk",
            "cache folder paths are not retrieved",
            "does not exist on disk",
            "no file matched to [",
        ),
        (
            r"Path Validation Error: Path\(s\) specified in the action for caching do\(es\) not exist",
            r"Cache folder path is retrieved for \S+ but doesn't exist on disk",
            r"Cache folder paths are not retrieved for \S+",  # setup-node: the package manager named no store path
            r"Cache path \S+ does not exist on disk",  # setup-uv: uv never ran, so its cache was never made
            r"No file matched to \[",  # setup-uv: the cache-dependency-glob matched no lock or requirements file
        ),
        "the paths to cache do not exist (nothing was saved)",
        "Cache paths the job creates (or set the setup action's cache-dependency-path), or drop the cache step.",
        fatal=False,
        find_host=False,
        blame="build",
    ),
    _rule(
        "gha_cache.key_missing",
        "gha_cache",
        False,
        ("input required and not supplied: key", "hashfiles("),
        (
            # the key input came out empty (a `hashFiles` of a path outside the workspace yields ""), or is absent
            r"Input required and not supplied: key\s*$",
            r"The template is not valid\..*hashFiles\(.*\) failed",  # the key could not be computed at all
        ),
        "the cache step has no key (the key input is missing, or its hashFiles() matched nothing or failed)",
        "Give the cache step a key, and hash files the checkout has (hashFiles() takes workspace paths only).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "gha_cache.too_large",
        "gha_cache",
        False,
        ("is over the", '"length" is out of range'),
        (
            r"Cache size of ~\d+ MB \(\d+ B\) is over the \S+ limit",
            r'The value of "length" is out of range\. It must be >= 0 && <= 2147483647',  # a 2 GiB+ restore
        ),
        "the cache archive is over the size limit (it was not saved, or is too big to restore in one piece)",
        "Cache less (exclude build outputs), or split the cache by key.",
        fatal=False,
        find_host=False,
        blame="build",
    ),
    _rule(
        "gha_cache.outage",
        "gha_cache",
        True,
        ("github actions is temporarily unavailable",),
        (r"GitHub Actions is temporarily unavailable",),
        "the Actions service (its cache) was unavailable",
        "Retry; see githubstatus.com for an Actions incident.",
    ),
    _rule(
        "gha_cache.upload_read_failed",
        "gha_cache",
        True,
        ("file read failed with",),
        (r"Cache upload failed because file read failed with (?:E[A-Z]+|undefined)",),
        "the cache client failed reading its own archive while uploading (an actions/toolkit bug; a re-run saves)",
        "Retry; update the cache action (newer @actions/cache reads the archive safely).",
        fatal=False,
    ),
    _rule(
        "local.disk_low",
        "local",
        False,
        ("running out of disk space",),
        (r"You are running out of disk space",),
        "the runner is running out of disk space",
        "Free space before the build (remove unused toolchains and images), or use a larger runner.",
        find_host=False,
    ),
    _rule(
        "local.runner_lost",
        "local",
        True,
        (
            "lost communication with the server",
            "received a shutdown signal",
            "hosted runner encountered an error",
            "request to deprovision",
            "channelclosedexception",
            "backing channel",
            "jnlp4-connect connection",
            "stopped hearing from agent",
            "lost communication with the server",
            "(agent lost)",
            "node is being removed",
            "agent went offline during the build",
        ),
        (
            r"\brunner\b.*lost communication with the server",
            r"hudson\.remoting\.ChannelClosedException",  # Jenkins: the agent's channel closed mid-build
            r"Backing channel '[^']+' is disconnected",
            r"Remote call (?:on|to) JNLP4-connect connection from .* failed",
            r"\bstopped hearing from agent\b",  # Azure Pipelines
            r"\bThe agent: .* lost communication with the server",
            r"Exited with status -1 \(agent lost\)",  # Buildkite
            # Jenkins: a cloud agent (an EC2 spot instance) taken away mid-build
            r"^(?:ERROR: )?Node is being removed\b|marked offline: Node is being removed",
            r"^Agent went offline during the build",
            r"The runner has received a shutdown signal",
            r"The hosted runner encountered an error while running your job",
            r"Received request to deprovision",
        ),
        "the runner went away mid-job (lost its connection to the CI server, or was shut down or starved)",
        "Retry; if it repeats, the job starves the machine (memory, CPU): use a larger runner.",
        find_host=False,
    ),
    _rule(
        "local.agent_channel_closed",
        "local",
        True,
        (
            "java.nio.channels.closedchannelexception",
            "requestabortedexception",
            "unexpected termination of the channel",
        ),
        (
            r"^(?:FATAL: )?java\.nio\.channels\.ClosedChannelException\s*$",
            r"\bhudson\.remoting\.RequestAbortedException\b",  # Jenkins remoting: the agent's channel went away
            r"Unexpected termination of the channel",
        ),
        "the Jenkins agent's connection to the controller closed mid-build (the agent went away)",
        "Retry; if it repeats, the agent machine is starved or restarted under the job: check its memory and uptime.",
        find_host=False,
        context=r"^FATAL: |hudson\.remoting|termination of the channel",  # Jenkins' own: not a program's trace
    ),
    _rule(
        "local.runner_image_broken",
        "local",
        False,
        ("unable to run the job runner", "runner failed with exit code: 126"),
        (r"CircleCI was unable to run the job runner", r"runner failed with exit code: 126"),
        "the CI could not start its own runner inside the job's image (126: its entrypoint or shell cannot run)",
        "Use an image with a POSIX shell at /bin/sh (or set the job's shell), and no ENTRYPOINT that exits.",
        find_host=False,
    ),
    _rule(
        "local.job_pod_not_started",
        "local",
        False,
        ("waiting for pod running", "pod failed to come online"),
        (
            r"waiting for pod running: (?:timed out waiting for pod to start|pod status is failed)",  # GitLab
            r"Pod failed to come online with error",  # ARC's container-mode workflow pod
        ),
        "the job's pod never started (unschedulable, a volume that did not mount, an image that would not pull)",
        "Read the pod's events (kubectl describe pod): its resources, node selectors, volumes and image.",
        find_host=False,
    ),
    _rule(
        "local.job_pod_unschedulable",
        "local",
        True,
        ("nodes are available:",),
        # the scheduler's reason for a job pod left pending: no node has the CPU or memory yet (an autoscaler
        # adding one, or the other jobs finishing frees it)
        (r"\b0/\d+ nodes are available: .*\bInsufficient (?:cpu|memory)",),
        "the job's pod could not be scheduled: no node had the CPU or memory it asks for (yet)",
        "Retry once capacity frees or the autoscaler adds a node; lower the pod's requests or raise the executor's "
        "poll timeout.",
        find_host=False,
    ),
    _rule(
        "local.runner_registration_expired",
        "local",
        False,
        ("runner registration has been deleted", "checking for jobs... forbidden"),
        (
            # GitHub deletes a self-hosted runner's registration after long idle (or refuses a skewed clock's token)
            r"Failed to create a session\. The runner registration has been deleted from the server",
            r"Checking for jobs\.\.\. forbidden",  # a GitLab runner whose registration token is no longer valid
        ),
        "the runner's registration is gone or refused: the CI service will not hand it jobs",
        "Register the runner again (remove it, then config.sh / gitlab-runner register); check its clock is synced.",
        find_host=False,
    ),
    _rule(
        "local.docker_network_broken",
        "local",
        False,
        ("iptables: no chain/target/match by that name",),
        # the daemon's own iptables chains are gone (flushed by the host's firewall or a cleanup script)
        (r"driver failed programming external connectivity on endpoint .*iptables: No chain/target/match by that",),
        "the Docker daemon's iptables chains are missing on this host: containers cannot publish ports",
        "Restart the Docker daemon (it recreates its chains), and stop whatever flushes iptables on the host.",
        find_host=False,
    ),
    _rule(
        "local.docker_address_pools_exhausted",
        "local",
        False,
        ("non-overlapping ipv4 address pool",),
        (r"could not find an available, non-overlapping IPv4 address pool among the defaults",),
        "the Docker daemon has no address pool left for a new network (networks earlier jobs left behind)",
        "Prune the runner's unused networks (docker network prune), or widen default-address-pools in daemon.json.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "local.docker_daemon_crashed",
        "local",
        True,
        ("fatal error:",),
        (r"\bdockerd\[\d+\]: fatal error: ",),  # the daemon's journal: a Go runtime crash (concurrent map writes)
        "the Docker daemon crashed mid-build (a Go runtime fatal error in dockerd); it restarts, a re-run passes",
        "Retry; if it repeats, update the Docker engine on the runner.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "builder.internal_error",
        "builder",
        True,
        ("failed to get state for index",),
        (r"failed to get state for index \d+ on ",),  # BuildKit's known race between a solve and its cache import
        "BuildKit lost the state of a step it had solved (a known race, often beside a cache import); a re-run "
        "solves it again",
        "Retry; update BuildKit (the builder image or the Docker engine) if it repeats.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "builder.cache_import_too_large",
        "builder",
        False,
        ("is too large (",),
        (r"blob sha256:\S+ is too large \(\d+ > 1048576\)",),  # BuildKit reads a cache manifest of 1 MiB at most
        "the cache manifest to import is larger than BuildKit reads (1 MiB): the build runs without that cache",
        "Export the cache with mode=min or fewer layers, or upgrade BuildKit (later versions raised the limit).",
        fatal=False,
        find_host=False,
    ),
    _rule(
        "builder.cache_backend_unsupported",
        "builder",
        False,
        ("unknown cache exporter", "unknown cache importer", "unknown service containerd.services.content"),
        (
            r"unknown cache (?:exporter|importer): \"",
            # a `local:` cache import against a builder whose containerd has no content service to read it from
            r"Unimplemented: unknown service containerd\.services\.content\.v1\.Content",
        ),
        "the builder does not know the cache backend asked for (a BuildKit older than its type=s3, azblob or gha)",
        "Pin a newer BuildKit in the builder (setup-buildx-action's driver-opts image=moby/buildkit:...), or use "
        "another cache type.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "local.permission_denied",
        "local",
        False,
        ("eacces: permission denied", "cannot create directory"),
        (
            # files a root job container left in the runner's workspace, or a job container that is not root
            r"EACCES: permission denied, (?:unlink|rmdir|open|mkdir|scandir|rename) '",
            r"^mkdir: cannot create directory '[^']+': Permission denied",
        ),
        "the job may not write or remove files it needs (root-owned files in the workspace, a non-root container)",
        "Clean the workspace's root-owned files (chown at the job's start) and run job containers as root.",
        find_host=False,
    ),
    _rule(
        "build.container_name_conflict",
        "build",
        False,
        ("is already in use by container",),
        (
            r"Conflict\. The container name \"/[^\"]+\" is already in use",
        ),  # (a buildx_buildkit_ name: builder.stale_container)
        "the build starts a container under a fixed name another run left on this machine",
        "Remove the container first (docker rm -f NAME), or name it per run (or let docker name it).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "builder.remote_addr_invalid",
        "builder",
        False,
        ("no remote endpoint provided",),
        (r"ERROR: no remote endpoint provided",),  # buildx create --driver remote without an endpoint
        "the remote builder was created without an endpoint (the workflow's builder configuration)",
        "Give the remote driver its endpoint (tcp:// or ssh://) as the create's first node.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.no_output_timeout",
        "build",
        False,
        ("too long with no output", "no output has been received"),
        # the whole line: CircleCI's newer `...(exceeded 10m0s): context deadline exceeded` is its own timer
        (r"Too long with no output \(exceeded \S+\).*", r"No output has been received in the last \S+"),
        "the build printed nothing for longer than the CI allows (a hung test or a prompt, or a quiet long step)",
        "Find the step that hung; print progress from long steps, or raise the CI's no-output limit.",
        find_host=False,
        blame="build",
    ),
    # libpq names the host on the line after `Connection refused`: the build's own database on loopback
    _rule(
        "build.test_service_unreachable",
        "build",
        False,
        ("is the server running",),
        (r"Is the server running (?:on host \"(?:localhost|127\.[\d.]+|::1)\"|locally)",),
        "the build's own test service (on loopback) was not reachable",
        "Start the service the tests need (a job `services:` entry, docker compose up) and wait until it is ready.",
        find_host=False,
    ),
    # a CI job's database is its own service (a `services:` container, a script's docker run), wherever it listens
    _rule(
        "build.test_database_unreachable",
        "build",
        False,
        ("connection refused", "sqlstate[hy000] [2002]"),
        (
            r"(?i)\b(?:database|postgres\w*|mysql\w*|mariadb|redis|mongo\w*)\b.*connection refused",
            # PHP's PDO could not connect to MySQL at all (its host unresolved or not listening), whatever it quotes
            r"SQLSTATE\[HY000\] \[2002\] .*",
        ),
        "the job's own database was not accepting connections (not started yet, or on another port)",
        "Start the database the job needs (a job `services:` entry with a health check) and wait until it is ready.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "builder.init_failed",
        "builder",
        True,
        ("replicas to be ready", "error: exit code"),
        (r"expected \d+ replicas to be ready, got \d+", r"^ERROR: exit code \d+\s*$"),
        "the buildx builder could not start (booting BuildKit: its container or pod never came up)",
        "Retry; check the builder's node or pod (kubernetes driver: its events) and the BuildKit image pull.",
        find_host=False,
        context=r"booting buildkit|buildx_buildkit|replicas to be ready",
    ),
    _rule(
        "builder.message_too_large",
        "builder",
        False,
        ("message larger than max",),
        # the build's definition (a generated Dockerfile, thousands of stages) is over a gRPC message limit between
        # the client, BuildKit and its frontend: the same build fails the same way every time
        (r"(?:received|trying to send) message larger than max \(\d+ vs\. \d+\)",),
        "the build's definition is larger than the builder's gRPC message limit (a huge generated Dockerfile)",
        "Shrink the Dockerfile (fewer stages, defaults for ARGs used in FROM), or use a BuildKit/Engine with a higher "
        "limit.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.base_image_too_many_layers",
        "build",
        False,
        ("max depth exceeded",),
        (r"\bmax depth exceeded\b",),  # overlayfs: the image's layers are over the storage driver's limit (~125)
        "the image has more layers than the storage driver allows (a base image built layer upon layer)",
        "Squash the base image or start from one with fewer layers (combine RUN steps).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "builder.builder_missing",
        "builder",
        False,
        ('error: no builder "',),
        (r'ERROR: no builder "[^"]+" found',),  # buildx: the named builder was removed (or never made on this host)
        "the buildx builder the step names does not exist on this machine (removed, or created in another job)",
        "Create the builder in the same job (setup-buildx-action) before using it, or drop the builder name.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "builder.name_conflict",
        "builder",
        False,
        ("but no append mode",),
        (r"existing instance for \S+ but no append mode",),  # buildx create --name NAME, NAME already there
        "a builder of that name already exists (another job on this runner made it, or a earlier run left it)",
        "Give the builder a name unique to the job (or `docker buildx rm` it first, or pass --append/--node).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "builder.pod_forbidden",
        "builder",
        False,
        ("is forbidden",),
        (r'pods "buildkit[^"]*" is forbidden',),  # the kubernetes driver's deployment: a policy or quota refused it
        "the cluster refused to create the BuildKit pod (a pod security policy, an admission rule or a quota)",
        "Allow the builder's pod in that namespace (its security context, quota), or run it where it is allowed.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "builder.project_missing",
        "builder",
        False,
        ("unknown project id",),
        (r"unknown project ID \(run `depot init`",),  # Depot's remote builders
        "the remote builder service was given no project (no project id in the job or its config)",
        "Pass the project (depot.json, --project or DEPOT_PROJECT_ID) and its token to the job.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "builder.buildx_missing",
        "builder",
        False,
        ("unknown flag: --", "is not a docker command", "buildx component is missing"),
        (
            r"unknown flag: --(?:platform|build-arg|push|load|builder|cache-from|cache-to|provenance|sbom|progress)\b",
            r"'buildx' is not a docker command",
            r"BuildKit is enabled but the buildx component is missing or broken",
        ),
        "the runner's docker has no buildx (the legacy builder does not know the flag)",
        "Install the buildx plugin on the runner, or add docker/setup-buildx-action before the build.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "builder.buildx_fell_through",
        "builder",
        False,
        ("unknown shorthand flag",),
        (r"unknown shorthand flag: '\w' in -\w",),
        "the runner's docker has no buildx: `docker buildx build` fell through to docker's own flag parser",
        "Install the buildx plugin on the runner, or add docker/setup-buildx-action before the build.",
        find_host=False,
        blame="local",
        context=r"docker buildx",
    ),
    _rule(
        "builder.daemon_slow",
        "builder",
        True,
        ("buildkitd.sock",),
        (r"could not connect to \S*buildkitd\.sock after \d+ trials",),
        "BuildKit's daemon did not come up in time (its socket never answered)",
        "Retry; give buildkitd longer to start (rootless and cold nodes are slow).",
        find_host=False,
    ),
    _rule(
        "builder.create_refused",
        "builder",
        False,
        ("error response from daemon", "could not create a builder instance"),
        (r"^ERROR: Error response from daemon: ", r"could not create a builder instance"),
        "the Docker daemon refused to create the buildx builder (its options or the runner's Docker do not allow it)",
        "Create the builder with options this daemon supports (driver, privileged mode, a docker context for TLS).",
        find_host=False,
        blame="local",
        context=r"booting buildkit|buildx_buildkit|could not create a builder instance",
    ),
    _rule(
        "builder.emulation_crash",
        "builder",
        False,
        ("uncaught target signal", "qemu internal sigsegv"),
        (r"qemu: uncaught target signal \d+", r"QEMU internal SIGSEGV"),
        "QEMU crashed emulating the other platform's binary (the builder's emulator, not the build's code)",
        "Update QEMU (docker/setup-qemu-action with a newer tonistiigi/binfmt image), or build on a native runner.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "builder.namespace_denied",
        "builder",
        False,
        ("unshare(clone_newuser)", "namespace for", "ids available in the namespace", "namespace before pivot"),
        (
            r"unshare\(CLONE_NEWUSER\): Operation not permitted",
            # buildah/podman: the user namespace maps too few IDs to chown a layer's files
            r"there might not be enough IDs available in the namespace",
            r"creating new (?:mount|user|pid|network) namespace for .*: operation not permitted",
            r"Error creating mount namespace before pivot: operation not permitted",  # dockerd/podman applying a layer
        ),
        "the builder (rootless buildah, podman or BuildKit) may not create namespaces in this runner's container",
        "Run the builder privileged or with a seccomp/AppArmor profile that allows unshare, enable unprivileged "
        "user namespaces on the node, or build with --isolation=chroot.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "builder.kaniko_filesystem",
        "builder",
        False,
        ("failed to get filesystem from image",),
        (r"failed to get filesystem from image: ",),
        "kaniko could not unpack the base image over its container's filesystem (a second build in the same "
        "executor, files the pod put there, or a path a mount holds busy or read-only)",
        "Run one kaniko build per container (or --cleanup between builds), and mount nothing over the image's paths.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "builder.stale_container",
        "builder",
        False,
        ("is already in use by container",),
        # runs past build.container_name_conflict's match (`... in use`): the longer match wins the line
        (r'container name "/buildx_buildkit_[^"]+" is already in use by container',),
        "an earlier job's BuildKit container still holds the builder's name on this runner",
        "Remove the stale buildx_buildkit_* container (docker rm -f) or give the builder a name unique to the job.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "builder.emulation_setup",
        "builder",
        False,
        ("binfmt_misc/register", ".buildkit_qemu_emulator"),
        (
            r"cannot write to /proc/sys/fs/binfmt_misc/register",
            r"failed running \[/dev/\.buildkit_qemu_emulator .*\]: exit code: 127",  # BuildKit's emulator did not run
        ),
        "QEMU's emulators could not be registered with the kernel (binfmt_misc not mounted or not writable here)",
        "Run docker/setup-qemu-action (tonistiigi/binfmt) privileged on a host with binfmt_misc, or build natively.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "builder.driver_missing",
        "builder",
        False,
        ("failed to find driver",),
        (r'failed to find driver "[\w-]+"',),
        "this buildx has no such driver (an old or stripped-down buildx)",
        "Install a current buildx (docker/setup-buildx-action), or use a driver it has.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "builder.attestation_unsupported",
        "builder",
        False,
        ("attestations are not supported",),
        (r"attestations are not supported by the current buildkitd",),
        "the builder's BuildKit is too old for provenance/SBOM attestations",
        "Use a newer BuildKit (driver-opts: image=moby/buildkit:latest), or turn attestations off (provenance: false).",
        find_host=False,
        blame="local",
    ),
    _rule(
        "builder.kubernetes_refused",
        "builder",
        False,
        (
            "cannot get resource",
            "cannot create resource",
            "cannot list resource",
            "deploymentclient",
            "provide credentials",
        ),
        (
            r'User "[^"]+" cannot (?:get|create|list) resource "(?:deployments|pods)"',
            r"error while calling deploymentClient\.\w+",
        ),
        "Kubernetes refused the buildx kubernetes driver (its credentials or RBAC do not allow the builder's pods)",
        "Give the builder's kubeconfig/service account rights on deployments and pods in its namespace.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "builder.driver_unsupported",
        "builder",
        False,
        ("not supported for the docker driver",),
        (r"is (?:currently )?not supported for the docker driver",),
        "the docker driver does not support what the build asked for (an exporter, a cache backend, platforms)",
        "Create a docker-container builder (docker/setup-buildx-action) or turn on the containerd image store.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.submodule_ref_missing",
        "build",
        False,
        ("not our ref", "no url found for submodule path", "but it did not contain"),
        (
            r"upload-pack: not our ref\b",
            r"No url found for submodule path '[^']+' in \.gitmodules",
            r"Fetched in submodule path '[^']+', but it did not contain \S+\. Direct fetching of that commit failed",
        ),
        "a submodule points at a commit its remote does not have (never pushed, or force-pushed away)",
        "Push the submodule's commit, or update the superproject to a commit the submodule has.",
        find_host=False,
        weak=True,  # a fetch that failed just before it (a 429, a reset) is why the commit was not found
    ),
    _rule(
        "github.api_rate_limited",
        "github",
        False,
        ("api rate limit exceeded", "calls/hr) is exhausted"),
        (r"API rate limit exceeded for\b", r"GitHub API limit \(\d+ calls/hr\) is exhausted"),  # ... composer's
        "the GitHub API rate limit is used up (it resets within the hour: a re-run now fails the same)",
        "Give the step an authenticated token (GITHUB_TOKEN or an app), or make fewer API calls per run.",
    ),
    _rule(
        "gha_cache.backend_error",
        "gha_cache",
        True,
        ("internal error has occurred in cache backend",),
        (r"An internal error has occurred in cache backend",),
        "the cache service had an internal error (the step went on without the cache)",
        "Retry; see githubstatus.com for an Actions incident.",
        fatal=False,
    ),
    _rule(
        "credentials.git_auth",
        "credentials",
        False,
        (
            "could not read username",
            "terminal prompts disabled",
            "authentication failed for",
            "(publickey)",
            "failed to acquire username/password",
            "remote repository could not be accessed",
            "host key verification failed",
        ),
        (
            r"could not read Username for",
            r"failed to acquire username/password from local configuration",  # cargo's git fetch
            r"The remote repository could not be accessed\. Make sure a valid repository exists",  # SwiftPM
            r"terminal prompts disabled",
            r"Authentication failed for '",
            r"Permission denied \(publickey\)",
            r"^\s*Host key verification failed\.?\s*$",  # an ssh remote with no known_hosts entry for its host
        ),
        "git had no credentials for a private repository (a private module or submodule)",
        "Give the job a token for it (GOPRIVATE plus a git credential, or an SSH key); a retry will not help.",
        blame="build",
    ),
    _rule(
        "credentials.source_auth_required",
        "credentials",
        False,
        ("authentication is required for",),
        (r"^Authentication is required for [\w.-]+\.[A-Za-z]{2,}\.?\s*$",),  # bundler: a private gem source
        "the private package source asked for credentials the job never gave it",
        "Pass the source's credentials (bundle config HOST user:token, or BUNDLE_HOST__NAME in the environment).",
        blame="build",
    ),
    _rule(
        "credentials.helper_failed",
        "credentials",
        False,
        ("error getting credentials", "error storing credentials", "non tty device", "configured credential helper"),
        (
            r"error (?:getting|storing) credentials.*",  # the whole line: the helper's own error is inside it
            r"Error getting the version of the configured credential helper",
            r"Cannot perform an interactive login from a non TTY device",
        ),
        "the Docker credential helper failed, or the login had no password to read (an empty secret)",
        "Check the registry secret is set for this workflow, and the credential helper configured on the runner.",
        blame="local",
    ),
    _rule(
        "goproxy.fetch_timeout",
        "goproxy",
        True,
        ("fetch timed out",),
        (r"not found: fetch timed out",),
        "the Go module proxy timed out fetching the module from its origin (it answers 404 meanwhile)",
        "Retry later: the proxy finishes the fetch in the background.",
    ),
    # --- HTTP status with a URL or a status word --------------------------------------------------------------
    _rule(
        "registry.rate_limited",
        "registry",
        True,
        ("429", "too many requests", "rate exceeded", "throttlingexception"),
        (
            _HTTP + r"429\b",
            r"too many requests",
            r"rate exceeded",
            r"\bResponse code: 429\b",  # az acr login
            r"\(ThrottlingException\) when calling the GetAuthorizationToken operation",  # aws ecr get-login
        ),
        "the service rate-limited the build (429)",
        "Back off and retry; authenticate, or use a mirror.",
    ),
    _rule(
        "credentials.push_denied",
        "credentials",
        False,
        ("failed to read from destination repository",),
        # containers/image (podman, buildah, skopeo) checking a blob at the destination: the token may not read it
        (r"failed to read from destination repository \S+: 40[13] \((?:Forbidden|Unauthorized)\)",),
        "the registry refused the push's token for the destination repository (no write or read access to it)",
        "Log in with a token that may write the repository (packages: write for GHCR), or fix the image name.",
        blame="build",
    ),
    _rule(
        "registry.server_error",
        "registry",
        True,
        (
            # a 5xx after what a status follows in _HTTP (a space, `=`, `(`, `"code":`, npm's `E`), never any "50"
            # in a line (timestamps, sizes); Cloudflare's origin errors 520-527 and 530 too
            *(sep + code for sep in (" ", "=", "(", "e", '":', "':") for code in ("50", "52", "53")),
            "response code: 5",
            "bad gateway",
            "service unavailable",
            "service temporarily unavailable",
            "gateway time",
            "server error",
            "authzd server",
        ),
        (
            _HTTP + r"5\d\d\b",
            r"\b5\d\d (?:internal server error|bad gateway|service (?:temporarily )?unavailable|gateway time-?out)",
            r"\bunknown: (?:service unavailable|internal server error|bad gateway|gateway time-?out)\s*$",
            # GHCR's own authorization service failing behind it (its DENIED is no refusal of the token)
            r"permission_denied: unable to connect to authzd server\b.*",
            # the docker daemon's older `Get https://HOST/v2/: Service Unavailable` (the status text, no code)
            r"https?://\S+/v2/\S*: (?:service unavailable|internal server error|bad gateway|gateway time-?out)\s*$",
            r"\btoo many 5\d\d error responses\b",  # urllib3's retries spent on 5xx answers (pip)
            r"\bYN0035:\s+Response Code: 5\d\d\b",  # yarn berry's block under `YN0035: The remote server failed`
            r"(?:^\s*|: )Response code: 5\d\d\s*$",  # a download's block (Cypress's: `URL:`, `Response code:`)
            # Ivy's (sbt's) wording
            r"\bSERVER ERROR: (?:BAD_GATEWAY|GATEWAY_TIMEOUT|SERVICE_UNAVAILABLE|INTERNAL_SERVER_ERROR) url=https?://",
        ),
        "the service answered a server error (5xx)",
        "Retry with backoff and check the service's status page.",
    ),
    _rule(
        "credentials.registry_refused",
        "credentials",
        False,
        ("401", "403"),
        (
            _HTTP + r"40[13]\b",
            r"^\s*40[13] (?:forbidden|unauthorized)\s*$",
            r"\b40[13] (?:Forbidden|Unauthorized) - (?:GET|PUT|HEAD) https?://",  # npm's `403 Forbidden - GET URL`
        ),
        "the service refused the credentials (401/403)",
        "Log in with a token that has the needed scope.",
    ),
    _rule(
        "build.download_not_found",
        "build",
        False,
        ("unexpected http response: 40", "403 status code downloading", "403 response downloading", "gyp http 403"),
        # @actions/tool-cache's download (setup-go, setup-node, ...): anonymous, so a 403 is storage's answer for
        # an object that is not there (Google Cloud Storage's, S3's), as a 404 is; so are node-gyp's headers and
        # node-pre-gyp's prebuilt binaries (a version or ABI nobody published)
        (
            r"Failed to download version \S+: Error: Unexpected HTTP response: 40[34]\b",
            r"\b403 (?:status code|response) downloading (?:tarball )?https?://",
            r"^gyp http 403 https?://",
        ),
        "the tool's release download does not exist (that version is not published for this platform)",
        "Check the version and platform exist in the tool's releases (or pin a released one).",
        blame="build",
    ),
    _rule(
        "build.request_rejected",
        "build",
        False,
        (*(str(c) for c in _CLIENT_CODES), "forbidden", "not found", "bad request", "gone"),
        (
            _HTTP + _CLIENT + r"\b",
            r"\b" + _CLIENT + r" [A-Z][\w ]* - (?:GET|PUT|POST|HEAD) https?://",  # npm's `404 Not Found - GET URL`
            r"https?://\S+: (?:Forbidden|Not Found|Bad Request|Gone)\)?\s*$",  # Go's go-get fetch: status text only
            r"^(?i:unknown: (?:Not Found|Bad Request|Gone))\s*$",  # a registry's error code `unknown`, a status text
        ),
        "a service refused the request (4xx): what the build asked for is not there or not allowed",
        "Check the URL, name or version the build asks for (a 4xx is the same on a re-run).",
        blame="build",
    ),
    _rule(
        "build.tag_not_found",
        "build",
        False,
        ("failed to resolve reference", "not found", "manifest_unknown", "code = notfound"),
        (
            r'failed to resolve reference "[^"]+": \S+: not found',
            # containerd (the kubelet's pull); a platform the tag lacks ends later on the line: build.wrong_arch_image
            r"code = NotFound desc = failed to pull and unpack image",
            r"(?:Error pulling \S+\. |^)Error: image \S+ not found\s*$",
            r"/manifests/\S+: MANIFEST_UNKNOWN\b",  # go-containerregistry (cosign, crane, ko): the registry's code
            r'failed to perform "FetchReference" on source: \S+: not found',  # oras-go (helm pull oci://)
            r"failed to create LLB definition: \S+: not found",  # BuildKit's frontend on a FROM that is not there
            r"no available registry endpoint: \S+ not found\s*$",  # containerd 1.2's CRI pull
            # BuildKit's `resolve image config for REF` (a `# syntax=` frontend) answers the bare reference
            r"^[\w.-]+\.[a-z]+(?::\d+)?/[\w./-]+:[\w.-]+ not found\s*$",
        ),
        "the image reference does not exist in that registry (a tag or repository name that is not there)",
        "Check the image name and tag exist in the registry the job pulls from.",
        blame="build",
    ),
    _rule(
        "registry.tag_immutable",
        "registry",
        False,
        ("tag_invalid", "cannot be overwritten because"),
        (r"\bTAG_INVALID\b", r"cannot be overwritten because the (?:tag|repository) is immutable"),
        "the registry refused to overwrite an existing tag (the repository's tags are immutable)",
        "Push a new tag (a version or commit tag), or turn tag immutability off for the repository.",
        blame="build",
    ),
    _rule(
        "registry.quota_exceeded",
        "registry",
        False,
        ("quota", "upper limit", "registry contains"),
        (
            r"\bdenied: .*(?:quota|exceed the configured upper limit)",
            r"denied: registry contains \d+ repositor(?:y|ies), limit is \d+",  # DigitalOcean's plan limit
        ),
        "the registry's storage quota (or its plan's repository count) for the project is used up",
        "Delete old images (a retention policy) or raise the project's quota.",
        blame="build",
    ),
    _rule(
        "credentials.missing",
        "credentials",
        False,
        ("username and password required", "must provide --username", "non tty device", "using aad or admin login"),
        (
            r"Username and password required",
            r"Unable to authenticate using AAD or admin login credentials",  # az acr login with no az login before
            r"Must provide --username",
            r"Cannot perform an interactive login from a non TTY device",
        ),
        "the login step got no credentials (an empty secret, or a secret this workflow cannot read)",
        "Set the registry's username and token secrets (a fork's pull request does not get them).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "local.credential_helper_missing",
        "local",
        False,
        ("error getting credentials",),
        (r"error getting credentials - err: exec: \S*docker-credential-\S+ executable file not found",),
        "the docker config names a credential helper that is not installed on this machine",
        "Install the helper (docker-credential-gcr, -ecr-login, ...) or remove it from ~/.docker/config.json.",
        find_host=False,
    ),
    _rule(
        "connectivity.registry_unreachable",
        "connectivity",
        True,
        ("could not connect to the registry login server",),
        (r"Could not connect to the registry login server '",),
        "the registry's login server could not be reached from the runner",
        "Retry; check the registry's name and that the runner can reach it (firewall, private endpoint).",
    ),
    _rule(
        "credentials.auth_failed",
        "credentials",
        False,
        ("failed to authenticate with registry",),
        (r"Failed to authenticate with registry \S+ because",),
        "the registry refused the job's credentials for this repository",
        "Give the job's identity the registry permission it needs (push and pull on the repository).",
    ),
    _rule(
        "build.invalid_reference",
        "build",
        False,
        ("invalid_reference", "name invalid", "must be lowercase", "can only contain the runes"),
        (
            r"\binvalid_reference: invalid tag\b",
            r"repository can only contain the runes `",  # go-containerregistry (kaniko, crane, ko)
            r"\binvalid tag \"[^\"]+\": repository name must be lowercase",  # buildx names the tag (and its host)
            r"^(?:ERROR: )?name invalid\s*$",
            r"\bname invalid: invalid repository name\b",  # distribution's NAME_INVALID with its message
        ),
        "the image or chart reference is not a valid reference (a tag with `+`, capitals, a bad character)",
        "Fix the reference (OCI tags allow [A-Za-z0-9_.-]; helm turns a version's + into _).",
        blame="build",
    ),
    _rule(
        "registry.pull_failed",
        "registry",
        True,
        ("can't get docker image",),
        (r"ContainerFetchException: Can't get Docker image",),  # Testcontainers: the pull stalled or failed
        "the image could not be pulled for the tests (the pull failed or stalled past its limit)",
        "Retry; pre-pull the image or mirror it, and authenticate to Docker Hub to avoid its pull limit.",
    ),
    _rule(
        "registry.unknown_blob",
        "registry",
        True,
        ("unknown blob",),
        (r"^unknown blob\s*$", r"to destination repository: unknown blob\s*$"),  # (containers/image's upload)
        "the registry lost a layer it had just accepted (its storage backend was not yet consistent)",
        "Retry the push; if it repeats, check the registry's storage driver (S3 consistency, a proxy cache).",
    ),
    _rule(
        "registry.body_too_large",
        "registry",
        False,
        ("413 request entity too large", "413 trying to push"),
        (
            r"^(?:<head>)?<(?:title|center><h1)>413 Request Entity Too Large<",
            r"\b413 trying to push\b",  # docker 1.x's push: `Server error: 413 trying to push REPO blob`
        ),
        "the proxy in front of the registry (nginx, an ingress) refused the upload's size (413)",
        "Raise the proxy's body limit for the registry (nginx client_max_body_size 0) or push smaller layers.",
        find_host=False,
        context=r"unknown: <html>|413 trying to push",
    ),
    _rule(
        "registry.proxy_upstream_missing",
        "registry",
        False,
        ("unknown: repository",),
        (r"unknown: repository \S+/library/\S+ not found",),  # a project proxying Docker Hub: hub/library/...
        "the registry's proxy of Docker Hub did not bring the official image in (its upstream endpoint or "
        "credentials, or a project path the proxy does not serve)",
        "Check the proxy project's upstream registry endpoint and credentials, and that the image exists upstream.",
    ),
    _rule(
        "registry.proxy_upstream_blocked",
        "registry",
        True,
        ("remote auto blocked",),
        (r"unknown: Remote Auto Blocked until ",),
        "the registry's proxy (Nexus) blocked its upstream after repeated failures, until the time it names",
        "Retry after that time, or unblock the proxy repository; check its upstream's health.",
    ),
    _rule(
        "registry.artifact_not_found",
        "registry",
        False,
        ("unknown: artifact",),
        (r"unknown: artifact \S+ not found",),
        "the registry (Harbor, often its proxy cache) has no such artifact",
        "Check the name and tag exist upstream; for a Harbor proxy cache, check its upstream endpoint and credentials.",
    ),
    _rule(
        "registry.error_response",
        "registry",
        True,
        ("error response is received from the docker registry",),
        (r"error response is received from the docker registry '",),
        "the registry answered an error while a cloud service pulled from it (it asks to retry later)",
        "Retry later; check the registry's status page.",
    ),
    # --- GitHub: actions, artifacts, the API, the job's token --------------------------------------------------
    _rule(
        "build.action_not_found",
        "build",
        False,
        ("unable to resolve action", "an action could not be found", "failed to download action"),
        (
            r"Unable to resolve actions?\b.*[Rr]epository not found",
            r"Unable to resolve action `[^`]+`, unable to find version `",  # a tag or branch the action lacks
            r"An action could not be found at the URI '",
            r"Failed to download action '\S+'\. Error:? Response status code does not indicate success: 404",
        ),
        "the workflow names an action (or a version of it) that does not exist or is private",
        "Fix the `uses:` line (owner/name@ref); a private action needs access granted to this repository.",
        blame="build",
    ),
    _rule(
        "github.action_download_failed",
        "github",
        True,
        ("an action could not be found", "extract archive file"),
        (
            r"An action could not be found at the URI '\S+/(?:tarball|tar\.gz|zipball)/[0-9a-f]{40}'",
            r"Can't use 'tar -xzf' extract archive file: \S*_actions/_temp_",  # the runner got a cut-short tarball
        ),
        "GitHub could not serve an action at a commit that exists (its archive download failed or was cut short)",
        "Retry; see githubstatus.com.",
    ),
    _rule(
        "build.artifact_not_found",
        "build",
        False,
        ("artifact not found for name", "no valid artifacts found"),
        (r"Artifact not found for name: ", r"^\s*no valid artifacts found to download"),  # the toolkit's, gh run's
        "the artifact to download does not exist (never uploaded by this run, expired, or another name)",
        "Upload it earlier in the workflow under that name (a needs: dependency), or fix the name.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.download_url_empty",
        "build",
        False,
        ("wget: missing url",),
        (r"^wget: missing URL",),  # the variable holding the URL was empty (a build argument not passed)
        "the download command was given no URL (the variable or build argument that holds it is empty)",
        "Pass the URL's variable or build argument (docker build --build-arg, the job's env) before the step.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.artifact_name_conflict",
        "build",
        False,
        ("an artifact with this name already exists",),
        (r"\(409\) Conflict: an artifact with this name already exists",),  # upload-artifact v4: names are per run
        "another step or matrix job of this run already uploaded an artifact under that name",
        "Give each upload its own name (add the matrix values), or set overwrite: true.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.artifact_path_missing",
        "build",
        False,
        ("no files were found with the provided path",),
        # upload-artifact: a warning by default (`if-no-files-found: warn`), the job's end with `error`
        (r"No files were found with the provided path: .*No artifacts will be uploaded",),
        "the artifact's path matched no files (the step that makes them failed, ran elsewhere, or wrote elsewhere)",
        "Check the path against where the build writes its output (and that the step making it ran).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "github.artifact_quota",
        "github",
        False,
        ("artifact storage quota",),
        (r"Artifact storage quota has been hit",),
        "the account's artifact storage is full (recalculated every 6-12 hours)",
        "Delete old artifacts, lower retention-days, or buy more storage.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "github.artifact_service_error",
        "github",
        True,
        (
            "failed to createartifact",
            "failed to listartifacts",
            "failed to finalizeartifact",
            "artifactservice/",
            "containersitems from",
            "unable to upload chunk",
            "unable to create a container for the artifact",
            "artifact download failed after",
            "failed to getsignedartifacturl",
            "status code has been received",
            "request timeout: /",
        ),
        (
            r"Failed to (?:CreateArtifact|ListArtifacts|FinalizeArtifact|GetSignedArtifactURL)\b",
            r"/twirp/github\.actions\.results\.api\.v1\.ArtifactService/",
            r"Unable to get ContainersItems from https?://",
            r"Unable to (?:upload chunk to|create a container for the artifact \S+ at) https?://",  # v1-v3
            r"Unable to download and extract artifact: Artifact download failed after \d+ retries",  # v4
            r"Unable to download and extract artifact: Request timeout: /",
            r"A 5\d\d status code has been received, will attempt to retry the upload",  # v1-v3's chunk upload
        ),
        "GitHub's artifact service failed the request",
        "Retry; see githubstatus.com (a self-hosted runner needs to reach "
        "results-receiver.actions.githubusercontent.com).",
    ),
    _rule(
        "credentials.token_permissions",
        "credentials",
        False,
        ("resource not accessible by integration", "without `workflows` permission"),
        (
            r"Resource not accessible by integration",
            # a push touching .github/workflows with a token that lacks the workflows scope
            r"refusing to allow a GitHub App to create or update workflow `[^`]+` without `workflows` permission",
        ),
        "the job's GITHUB_TOKEN lacks the permission the API call needs",
        "Grant it in the workflow's `permissions:` (or use a token that has it); a fork's PR gets a read-only token.",
        blame="build",
    ),
    _rule(
        "github.outage",
        "github",
        True,
        ("attempts remaining", "couldn't respond to your request in time", "went wrong while executing your query"),
        (
            r"received 5\d\d error, \d+ attempts remaining",  # octokit's retry plugin (release-please)
            r"We couldn't respond to your request in time\. Sorry about that\..*",  # the API's own 504 (gh's too)
            r"Something went wrong while executing your query\.",  # GraphQL's internal error (with its request id)
        ),
        "GitHub's API answered server errors (or its own timeout or internal error) until the client gave up",
        "Retry; see githubstatus.com.",
        find_host=False,
    ),
    _rule(
        "github.action_resolve_failed",
        "github",
        True,
        ("repositories not found", "resolve action download info"),
        (
            # the runner lists the actions it could not resolve; a list with no name is the service's empty answer
            r"Unable to resolve actions\. Repositories not found\s*:\s*$",
            # the runner's call for the actions' download URLs failed on GitHub's side (5xx, then its retries ran out)
            # (its bare last line restates whichever error came before: a missing repository is the build's)
            r"Failed to resolve action download info\. Error: (?:Service Unavailable|Internal Server Error|Bad Gateway"
            r"|Gateway Time-?out)\s*$",
        ),
        "GitHub could not resolve the workflow's actions and named none missing (an Actions incident)",
        "Re-run the job; see githubstatus.com for an Actions incident.",
        find_host=False,
    ),
    _rule(
        "github.pages_deploy_failed",
        "github",
        True,
        ("deployment failed, try again later",),
        (r"^Error: Deployment failed, try again later\.",),  # actions/deploy-pages: the Pages service's own failure
        "GitHub Pages did not finish the deployment (its service, not the site's artifact)",
        "Re-run the deploy job; see githubstatus.com for a Pages incident.",
        find_host=False,
    ),
    _rule(
        "github.lfs_quota",
        "github",
        False,
        ("over its data quota", "exceeded its lfs budget"),
        # Git LFS on github.com: the account's bandwidth is spent (since 2025 GitHub words it as a budget)
        (r"This repository is over its data quota", r"This repository exceeded its LFS budget"),
        "the repository's Git LFS bandwidth or storage quota is used up: LFS objects will not download",
        "Buy LFS data packs, wait for the monthly reset, or fetch without LFS (lfs: false).",
        host="github.com",  # GitHub's own words for its LFS quota, whichever mirror URL the client printed
        blame="build",
    ),
    _rule(
        "build.ref_not_found",
        "build",
        False,
        ("couldn't find remote ref", "not found in upstream origin", "no match for id", "revspec '", "is not a tree"),
        (
            r"fatal: couldn't find remote ref \S+",  # git fetch of a branch or tag the repository does not have
            r"fatal: Remote branch \S+ not found in upstream origin",  # git clone --branch
            # cargo's git source: a pinned commit no longer reachable (a deleted branch, a force push)
            r"[Oo]bject not found - no match for id \(",
            r"revspec '[0-9a-f]{7,}' not found",
            r"^fatal: reference is not a tree: [0-9a-f]{40}\s*$",  # a checkout (a submodule's pin) never fetched
        ),
        "the branch, tag or commit the build asks for is not in the repository (deleted, renamed, never pushed)",
        "Point the build at a ref the repository has (the default branch's name, a pushed tag, a live commit).",
        blame="build",
    ),
    _rule(
        "build.shallow_checkout",
        "build",
        False,
        ("no names found, cannot describe anything",),
        (r"fatal: No names found, cannot describe anything",),  # git describe in checkout's depth-1 clone
        "git describe found no tag: the checkout is shallow (actions/checkout fetches one commit, no tags)",
        "Check out with fetch-depth: 0 (or fetch the tags) before describing.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.action_unsupported_platform",
        "build",
        False,
        ("are not currently supported on ghes",),
        (r"upload-artifact@v4\+ and download-artifact@v4\+ are not currently supported on GHES",),
        "artifact actions v4 do not run on this server (GitHub Enterprise Server, Gitea): not a passing error",
        "Use actions/upload-artifact@v3 / download-artifact@v3 (or the server's own artifact action).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "connectivity.proxy_bad_response",
        "connectivity",
        False,
        ("illegal response body from proxy",),
        (r"got illegal response body from proxy",),  # the proxy between the runner and the service mangles answers
        "the proxy between the runner and the service answered something the client cannot read",
        "Fix the proxy's handling of that host (or add it to NO_PROXY); a retry goes through the same proxy.",
        find_host=False,
        blame="local",
    ),
    _rule(
        "github.job_not_acquired",
        "github",
        True,
        ("was not acquired by runner",),
        (r"The job was not acquired by Runner of type \w+ even after multiple attempts",),
        "GitHub Actions could not hand the job to a runner (its job service failed: an Actions incident)",
        "Re-run the job; see githubstatus.com for an Actions incident.",
        find_host=False,
    ),
    _rule(
        "github.action_download_retried",
        "github",
        True,
        ("failed to download action",),
        (r"^(?:Warning: )?Failed to download action 'https://api\.github\.com/",),
        "the runner could not download an action from GitHub and backed off to retry",
        "Retry if the job failed on it; a self-hosted runner needs api.github.com and codeload.github.com.",
        fatal=False,
    ),
    _rule(
        "github.secondary_rate_limited",
        "github",
        True,
        ("secondary rate limit",),
        (r"exceeded a secondary rate limit",),
        "GitHub's secondary rate limit blocked the job for a few minutes (too many requests at once)",
        "Retry after a few minutes; make fewer concurrent or content-creating API calls.",
    ),
    _rule(
        "credentials.token_response_html",
        "credentials",
        False,
        ("unable to decode token response",),
        (r"unable to decode token response: invalid character '<'",),
        "the registry's token endpoint answered an HTML page (a proxy or a wrong realm), not a token",
        "Check the registry's auth realm (WWW-Authenticate) and any proxy in front of it.",
    ),
    _rule(
        "credentials.iam_permission_missing",
        "credentials",
        False,
        ("artifactregistry.repositories.", "token exchange failed for project", "is not authorized to perform: ecr:"),
        (
            r"is not authorized to perform: ecr:\w+ on resource: ",  # an IAM user or role without the ECR action
            r'Permission "artifactregistry\.repositories\.(?:upload|download)Artifacts" denied',
            r"Token exchange failed for project '[^']*'",  # GCR/Artifact Registry: the API or the account's role
        ),
        "the cloud account the job uses lacks the registry permission (an IAM role, or the registry API disabled)",
        "Grant the service account the registry's reader/writer role (and enable the API); gcloud auth "
        "configure-docker for the registry's region.",
        blame="build",
    ),
    _rule(
        "registry.client_closed",
        "registry",
        False,
        ("client closed request",),
        (r"\bClient Closed Request\b",),  # nginx's 499: the proxy in front of the registry gave up on the upload
        "the proxy in front of the registry closed the upload (nginx 499: its timeout or body limit)",
        "Raise the proxy's timeouts and body limit for the registry (proxy_read_timeout, client_max_body_size).",
    ),
    _rule(
        "github.tap_fetch_failed",
        "github",
        True,
        ("/library/taps/",),
        (r"^Error: Fetching \S+/Library/Taps/\S+ failed!",),  # Homebrew's taps are GitHub git repositories
        "Homebrew could not fetch a tap from GitHub",
        "Retry; check github.com's git service (githubstatus.com).",
    ),
    _rule(
        "build.git_remote_invalid",
        "build",
        False,
        ("info/refs not valid",),
        (r"/info/refs not valid: is this a git repository\?",),
        "the URL the build clones is not a git repository (a web page's URL, an anchor or a typo)",
        "Fix the dependency's repository URL (no #fragment, the .git remote).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "credentials.repository_not_found",
        "credentials",
        False,
        ("repository not found", "fatal: repository '"),
        # (Go's `invalid version: git fetch ...` indents git's own lines with a tab)
        (r"^\s*remote: Repository not found\.?\s*$", r"^\s*(?:Error: )?fatal: repository '\S+' not found\s*$"),
        "the git server answered 'not found': the repository is private to this token, or its URL is wrong",
        "Give the job a token with access (actions/checkout `token:`), or fix the repository's URL.",
        blame="build",
    ),
    # --- package tools: what the build asked for does not exist ---------------------------------------------
    _rule(
        "build.shell_syntax",
        "build",
        False,
        ("unexpected eof while looking for matching",),
        (r"unexpected EOF while looking for matching",),
        "the shell script has a syntax error (an unclosed quote or bracket), not a network EOF",
        "Fix the quoting in the script the step runs.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "connectivity.crate_registry_error",
        "connectivity",
        True,
        ("failed to get 200 response", "failed to receive http 200 response"),
        (
            r"failed to get 200 response from `?https?://\S+`?, got [45]\d\d",  # cargo's registry fetch
            r"failed to receive HTTP 200 response: got [45]\d\d",  # ... its git index (libgit2)
        ),
        "the package registry answered an error status (cargo: its index or a crate download)",
        "Retry; check the registry's (or the mirror's) status.",
    ),
    _rule(
        "build.dependency_not_found",
        "build",
        False,
        ("could not find", "failed to resolve:", "nu1101"),
        (
            r"Could not find [\w.-]+:[\w.-]+:[\w.+-]+\.",  # Gradle: in none of the repositories it searched
            r"error NU1101: Unable to find package \S+\. No packages exist with this id",  # NuGet
            r"Could not find group:\S+, module:\S+, version:\S+\.",
            r"Failed to resolve: [\w.-]+:[\w.-]+:[\w.+-]+",  # Android Studio's
        ),
        "no repository the build searched has that artifact (a wrong coordinate, or a version never published)",
        "Fix the dependency's group, name or version, or add the repository that publishes it.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "connectivity.feed_unreachable",
        "connectivity",
        True,
        (
            "nu1301",
            "couldn't be downloaded",
            "could not connect to the feed",
            "unable to load the service index",
            "failed to download package",
        ),
        (
            # NU1301 (older NuGet: `error :` and no code; dotnet restore's own line: nothing before it)
            r"(?:(?:\bNU1301\b|error ?): |^)Unable to load the service index for source",
            r"Failed to download package '\S+' from 'https?://",  # NuGet's restore
            r"CDN: \S+ URL couldn't be downloaded: ",  # CocoaPods
            r"Could not connect to the feed specified at '",  # NuGet, Chocolatey
        ),
        "the package feed could not be reached or did not answer (NuGet, Chocolatey, CocoaPods' CDN)",
        "Retry; check the feed's status and that the runner can reach it.",
    ),
    _rule(
        "github.git_server_error",
        "github",
        True,
        ("repository corruption on the remote side", "did not send all necessary objects"),
        (
            r"aborting due to possible repository corruption on the remote side",
            r"URL did not send all necessary objects",
        ),
        "the git server sent a broken or incomplete pack (its fault, and usually passing)",
        "Retry; if it repeats for one repository, report it to the git host.",
    ),
    _rule(
        "github.artifact_too_large",
        "github",
        False,
        ("too large archive",),
        (r"Uploading artifacts (?:as \S+ )?to coordinator\.\.\. too large archive",),
        "the artifact is over the CI server's size limit (413)",
        "Upload less (exclude build outputs), or raise the instance's maximum artifact size.",
        blame="build",
    ),
    _rule(
        "github.coordinator_upload_failed",
        "github",
        True,
        ("to coordinator... failed",),
        (r"Uploading artifacts (?:as \S+ )?to coordinator\.\.\. failed.*$",),  # to the end: its status is its own
        "GitLab's coordinator failed the artifact upload",
        "Retry; check the GitLab instance's artifact storage.",
    ),
    _rule(
        "local.runner_system_failure",
        "local",
        True,
        ("job failed (system failure)",),
        (r"Job failed \(system failure\)",),
        "the CI runner's own machinery failed (its executor, its Docker, its machine), not the job's script",
        "Retry; if it repeats, check the runner's host (its Docker daemon, disk, autoscaler).",
    ),
    _rule(
        "build.network_sandboxed",
        "build",
        False,
        ("could not resolve host", "temporary failure in name resolution", ":53: "),
        (
            r"(?:Could not resolve host|Temporary failure in name resolution).*",  # the whole line: beats DNS's
            r"\blookup \S+ on \S+:53: .*",  # Go's resolver, with no resolver there (OBS's build root)
        ),
        "a name did not resolve inside a package build's sandbox (portage's network-sandbox, OBS's build root): the "
        "network is cut off there by design",
        "Fetch what the build needs in the fetch phase (vendor the crates/modules) or allow the network for it.",
        find_host=False,
        blame="build",
        context=r"^>>> (?:Compiling source|Emerging|Unpacking source)|^\[ *\d+s\] ",  # portage's; OBS's clock
    ),
    _rule(
        "dns.resolver_unreachable",
        "dns",
        False,
        ("no dns servers", ":53: read udp"),
        (
            # the resolver itself refused the query (a stub on 127.0.x.1 or ::1 that is not running): it starts
            # after a sandbox's `lookup ...`, so the sandbox's reading of the whole line still wins there
            r":53: read udp \S+: read: connection refused",
            r"\blookup \S+: no DNS servers",  # Go: resolv.conf names none
        ),
        "the runner's resolver is not there: the name server in resolv.conf refused the query, or none is set up",
        "Start (or fix) the runner's resolver, or point resolv.conf and the Docker daemon's dns at one that answers; "
        "a retry will not help.",
        blame="local",
    ),
    _rule(
        "build.lockfile_outdated",
        "build",
        False,
        (
            "lockfile",
            "needs to be updated",
            "not consistent with",
            "not in sync",
            "are in sync",
            "lock file does not contain",
            "dependency lock file",
        ),
        (
            r"ERR_PNPM_OUTDATED_LOCKFILE",
            r"ERR_PNPM_FROZEN_LOCKFILE_WITH_OUTDATED_LOCKFILE",  # written by another pnpm version
            r"Cargo\.lock needs to be updated but --locked was passed",
            r"poetry\.lock is not consistent with pyproject\.toml",
            r"lockfile needs to be updated, but yarn was run with `--frozen-lockfile`",
            r"The lockfile at `\S+` needs to be updated, but `--locked` was provided",  # uv
            # npm ci (npm 7 and later: `can only install packages when your package.json and ... are in sync`)
            r"package\.json and package-lock\.json (?:or npm-shrinkwrap\.json )?are (?:not )?in sync",
            r"Your lock file does not contain a compatible set of packages",  # composer
            r"doesn't match any of the checksums previously recorded in the dependency lock file",  # Terraform
            r"Error: Inconsistent dependency lock file",
        ),
        "the lockfile is out of step with the manifest and the install was asked not to change it",
        "Regenerate the lockfile with the same tool version (Terraform: providers lock for every platform the job "
        "uses) and commit it.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.tool_outdated",
        "build",
        False,
        ("err_invalid_this", "must be of type urlsearchparams"),
        # pnpm 6/7's own fetch under Node 20: every request fails before it leaves, so it reads like the registry's
        (r"\bERR_INVALID_THIS\b", r"Value of \"this\" must be of type URLSearchParams"),
        "the package manager is too old for this Node.js (pnpm before 8 under Node 20: ERR_INVALID_THIS)",
        "Install a current pnpm (corepack, pnpm/action-setup with a recent version), or pin an older Node.js.",
        blame="build",
    ),
    _rule(
        "build.step_timeout",
        "build",
        False,
        ("timed out to load packages", "try increasing it by passing --timeout"),
        (
            r"timed out to load packages: context deadline exceeded",  # golangci-lint's own deadline, not a network's
            r"Timeout exceeded: try increasing it by passing --timeout option",
        ),
        "the tool ran past its own time limit (golangci-lint's --timeout), not a network deadline",
        "Raise the tool's timeout (golangci-lint: --timeout or run.timeout in .golangci.yml).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.killed_by_timeout",
        "build",
        False,
        ("exit code 124", "exit code: 124"),
        # GNU timeout's own exit status: the job's `timeout N cmd` wrapper killed the command, which is why its
        # step was cancelled (`failed to solve: Canceled: context canceled` above is the kill, not a network's)
        (r"\bexit code:? 124\b",),
        "the command ran past the time limit the job's own `timeout` wrapper set, and was killed (exit 124)",
        "Raise the wrapper's limit or make the step faster (build emulated platforms natively, cache the slow step).",
        find_host=False,
        blame="build",
        weak=True,  # a failure just before the kill (a stalled download) is why the time ran out
    ),
    _rule(
        "local.docker_env_misconfigured",
        "local",
        False,
        ("unable to resolve docker endpoint",),
        # DOCKER_TLS_VERIFY/DOCKER_CERT_PATH point the CLI at dind's client certificates, which this container
        # does not have (a job image whose entrypoint makes no /certs, or a dind service that shares none)
        (r"unable to resolve docker endpoint: open \S+: no such file or directory",),
        "the Docker CLI's TLS settings name client certificates this container does not have (DOCKER_CERT_PATH, "
        "dind's /certs/client)",
        "Share dind's /certs volume with the job container (DOCKER_TLS_CERTDIR), or talk to tcp://docker:2375 "
        "without TLS by unsetting DOCKER_TLS_VERIFY and DOCKER_CERT_PATH.",
        find_host=False,
    ),
    _rule(
        "build.heap_limit",
        "build",
        False,
        ("javascript heap out of memory", "java heap space"),
        (
            r"Allocation failed - JavaScript heap out of memory",  # Node's heap cap (--max-old-space-size)
            r"java\.lang\.OutOfMemoryError: Java heap space",  # the JVM's -Xmx
        ),
        "the build's process reached its runtime's heap limit (Node's --max-old-space-size, the JVM's -Xmx)",
        "Raise the heap limit for the step (NODE_OPTIONS=--max-old-space-size=4096, -Xmx) or use less memory.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.schema1_image",
        "build",
        False,
        ("manifest version 2, schema 1 support is disabled",),
        (r"Docker Image manifest version 2, schema 1 support is disabled",),  # Docker 27 and later
        "the image is in the old schema 1 format, which this Docker no longer pulls",
        "Use a current image (or rebuild and push it with a current builder); a retry pulls the same format.",
        blame="build",
    ),
    _rule(
        "goproxy.vanity_meta_missing",
        "goproxy",
        False,
        ("no go-import meta tags",),
        # a vanity import path whose ?go-get=1 page names no repository (moved, or its site changed)
        (r"unrecognized import path \"[^\"]+\" \(parse https?://\S+: no go-import meta tags",),
        "the module's import path page names no repository (its vanity host no longer serves the go-import tag)",
        "Use the module's current import path, or a replace directive to its repository.",
        weak=True,  # Go says it of an error page too: the page's 5xx just above is then the cause
    ),
    _rule(
        "registry.layer_limit",
        "registry",
        False,
        ("limit on number of layers per image exceeded",),
        (r"Limit on number of layers per image exceeded",),  # ECR: at most 127 layers
        "the registry refuses an image with that many layers (ECR's limit)",
        "Squash layers (fewer RUN steps, multi-stage builds) until the image is under the registry's limit.",
        blame="build",
    ),
    _rule(
        "build.short_name_unqualified",
        "build",
        False,
        ("short-name resolution enforced",),
        (r"short-name resolution enforced but cannot prompt without a TTY",),
        "buildah/podman will not guess the registry of an unqualified image name (short-name mode enforcing)",
        "Name images in full (docker.io/library/alpine:3), or add an alias in registries.conf.d.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.package_not_found",
        "build",
        False,
        ("no such package", "(missing)", "unable to locate package", "has no installation candidate", "no package "),
        (
            r"^\s*\S+ \(no such package\):",  # apk (older: `(missing)`)
            r"^\s*\S+ \(missing\):\s*$",
            r"^E: Unable to locate package \S+",  # apt
            r"^E: Package '[^']+' has no installation candidate",
            r"^No package \S+ available\.",  # yum (its repository not enabled yet, or another release's name)
        ),
        "apk has no package of that name in the release's repositories (a name from another release or distro)",
        "Use the package's name in this Alpine release (python3, not python), or add the repository that has it.",
        find_host=False,
        blame="build",
        weak=True,  # after a mirror's `temporary error` the index was empty: that failure is the cause
    ),
    _rule(
        "build.distro_eol",
        "build",
        False,
        ("no urls in mirrorlist", "does not have a release file"),
        (
            r"Cannot prepare internal mirrorlist: No URLs in mirrorlist",  # dnf: CentOS 8 / Stream 8 after EOL
            # apt: a suite its mirror no longer serves (a release past its end of life, or a suite that never was)
            r"E: The repository '\S+ [^']+' does not have a Release file",
        ),
        "the package manager's repository for this release is gone (the release is past its end of life)",
        "Move the base image to a supported release, or point the package manager at the release's archive "
        "(archive.debian.org, vault.centos.org).",
        blame="build",
    ),
    _rule(
        "connectivity.mirror_out_of_sync",
        "connectivity",
        True,
        ("hash sum mismatch", "mirror sync in progress", "not found on medium", "does not match metalink"),
        (
            r"Hash Sum mismatch",
            r"File has unexpected size \(\d+ != \d+\)\. Mirror sync in progress\?",
            r"File '\S+' not found on medium '",  # zypper: the mirror lacks a file its repomd.xml names
            r"repomd\.xml does not match metalink for \S+",  # yum: the mirror's repodata is older than promised
        ),
        "apt fetched an index or package that does not match the mirror's index (a mirror mid-sync, or a proxy's "
        "stale copy)",
        "Retry later; if it repeats, clear the proxy's cache or use another mirror.",
    ),
    _rule(
        "build.tool_not_on_path",
        "build",
        False,
        ("unable to locate executable file", "ssh: not found"),
        (
            r"Unable to locate executable file: \S+",
            r"\bssh: not found\b",  # git (via npm, pip, cargo) fetching an ssh:// dependency in an image without ssh
        ),
        "a tool the step runs is not installed on the runner (not on PATH)",
        "Install the tool in an earlier step (or use a runner image that has it).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.untrusted_signature",
        "build",
        False,
        ("untrusted signature", "no_pubkey", "expkeysig", "keyexpired"),
        (
            r"^(?:WARNING: )?Ignoring \S+: UNTRUSTED signature",  # apk: the index is signed by a key the image lacks
            r"\b(?:NO_PUBKEY|EXPKEYSIG|KEYEXPIRED) [0-9A-F]{8,}",  # apt: a key the image lacks, or one that expired
        ),
        "the package index is signed by a key this image does not have (a branch's new keys, or edge on an old base)",
        "Install the repository's current keys (alpine-keys) or use the repository that matches the base image.",
        blame="build",
    ),
    _rule(
        "build.checksum_mismatch",
        "build",
        False,
        (
            "checksum was",
            "do not match the hashes from the requirements file",
            "eintegrity",
            "integrity check",
            "incorrect integrity",
            "tarball_integrity",
            "unexpected checksum",
        ),
        (
            r"\bChecksum was [0-9a-f]{16,} but wanted [0-9a-f]{16,}",  # Bazel: the archive changed under its hash
            r"THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE",  # pip --require-hashes
            # the JavaScript package managers against the lock file's `integrity`: npm's EINTEGRITY, yarn 1's and
            # pnpm's own words (a lock file written against another registry or version, or a cache gone bad)
            r"\bEINTEGRITY\b",
            r"integrity checksum failed when using sha\d+",
            r"Integrity check(?:ed)? failed for \\?\"",
            r"Incorrect integrity when fetching from the cache",
            r"\bERR_PNPM_TARBALL_INTEGRITY\b",
            r"Got unexpected checksum for \\?\"",
        ),
        "the downloaded archive is not the one the build pinned (its checksum changed: a renamed or re-tagged repo)",
        "Pin the archive's new checksum after checking why it changed, or fetch a release asset, not a generated "
        "archive.",
        blame="build",
    ),
    _rule(
        "build.http_repository_blocked",
        "build",
        False,
        ("maven-default-http-blocker",),
        (r"\bmaven-default-http-blocker\b",),
        "Maven 3.8.1+ blocks plain-http repositories: the build names one (its own pom or a dependency's)",
        "Move the repository to https, or mirror it in settings.xml; the blocker answers every run the same.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.https_required",
        "build",
        False,
        (
            "https required",
            "plain http request was sent to https port",
            "returned 426 for",
            "transport connection broken: malformed http response",
        ),
        (
            r"\b501\b.{0,40}\bHTTPS Required\b",  # Maven Central refuses plain http since January 2020
            r"The plain HTTP request was sent to HTTPS port",  # nginx: the client (an insecure: true) spoke http
            r"\bRegistry returned 426 for \w+ on http://",  # npm: Upgrade Required, the registry URL is http://
            r"HTTP/1\.x transport connection broken: malformed HTTP response \"\\x15\\x03",  # Go got a TLS alert
        ),
        "the server wants TLS but the build speaks plain http to it (an http:// URL or an insecure-registry setting)",
        "Use https://repo.maven.apache.org/maven2 (upgrade the build tool, or fix the repository URL).",
        blame="build",
    ),
    _rule(
        "build.git_protocol_retired",
        "build",
        False,
        ("errno=connection timed out", "errno=operation timed out"),
        # git's own dial, which only git:// (port 9418) uses (https goes through curl, ssh through ssh)
        (r"^github\.com\[\d+: [\d.]+\]: errno=(?:Connection|Operation) timed out",),
        "the build clones over git:// (port 9418), which GitHub no longer serves since 2022",
        "Use https:// (or ssh) URLs in the clone and in .gitmodules.",
        blame="build",
    ),
    _rule(
        "build.artifact_missing",
        "build",
        False,
        (
            "could not find artifact",
            "was not found in any of the following sources",
            "nu1101",
            "nu1102",
            "failed to select a version for the requirement",
            "in any of the sources",
            "the requested package",
            "could not find package",
            "has been yanked",
            "detected yanked crate",
        ),
        (
            r"Could not find artifact \S+ in \S+ \(https?://",  # Maven
            r"^Plugin \[id: '[^']+'.*\] was not found in any of the following sources",  # Gradle
            r"\berror NU110[12]: Unable to find package \S+",  # NuGet
            r"failed to select a version for the requirement `",  # cargo: no such version, or only yanked ones
            r"^Could not find \S+ in any of the sources",  # bundler
            r"The requested package \S+(?: \S+)? (?:could not be found in any version|exists as .* but these are "
            r"rejected)",  # composer (a version constraint after the name, or none)
            r"cannot install package `[^`]+`, it has been yanked from registry",  # cargo install
            r"\berror\[(?:yanked|A005)\]: detected yanked crate",  # cargo-deny: the lock file pins a yanked one
            r"could not find package \S+ at https?://",  # dart pub
        ),
        "the dependency (or that version of it) is not in the repositories the build searches",
        "Check the name and version exist in those repositories, or add the repository that publishes it.",
        blame="build",
    ),
    _rule(
        "build.chart_version_missing",
        "build",
        False,
        ("not found in",),
        (r'chart "[^"]+" matching \S* ?not found in \S+ index',),
        "the chart repository's index has no such chart version (a typo, or a version not published)",
        "Check `helm search repo NAME --versions` and pin a version the index has (after `helm repo update`).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.package_version_missing",
        "build",
        False,
        ("etarget", "no matching version found", "could not find a valid gem"),
        (
            r"\bcode ETARGET\b",
            r"notarget No matching version found for ",
            r"Could not find a valid gem '[^']+' \(= [^)]+\) in any repository",  # gem: a pinned version yanked
        ),
        "the package version the build asks for does not exist on the registry",
        "Fix the version range in package.json (or publish that version).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.requirement_not_found",
        "build",
        False,
        ("no matching distribution found for", "packagesnotfounderror"),
        (
            r"^(?:ERROR: )?No matching distribution found for \S+",  # pip (after `Could not find a version ...`)
            r"PackagesNotFoundError: The following packages are not available from current channels",  # conda
        ),
        "the package (or that version of it) is not on the indexes or channels the build searches",
        "Fix the requirement or the index/channel it should come from; if pip retried a network error just "
        "before, that error is the cause.",
        find_host=False,
        blame="build",
        weak=True,  # pip says it after its retries on an unreachable index too: that failure is then the cause
    ),
    _rule(
        "build.toolchain_version_unavailable",
        "build",
        False,
        ("unable to find go version", "was not found for this operating system"),
        (
            r"Unable to find Go version '[^']+' for platform \w+",  # setup-go
            r"The version '[^']+' with architecture '\w+' was not found for this operating system",  # setup-python
        ),
        "the setup action has no build of that toolchain version for this runner's OS and architecture",
        "Pick a version the action's manifest lists for this OS (a self-hosted runner's distribution may have none).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.python_version_unsupported",
        "build",
        False,
        (
            "requires a different python",
            "doesn't have a source distribution or wheel for the current platform",
            "libmambaunsatisfiableerror",
        ),
        (
            r"^ERROR: Package '[^']+' requires a different Python: ",  # pip
            r"can't be installed because it doesn't have a source distribution or wheel for the current platform",
            r"\bLibMambaUnsatisfiableError: Encountered problems while solving",  # conda/mamba: the pins conflict
        ),
        "the package cannot be installed on this Python or platform (no build for it, or pins that conflict)",
        "Pin a version that supports the job's Python and platform, or change the job's Python.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.ca_certificates_missing",
        "build",
        False,
        ("curl: (77)",),
        (r"curl: \(77\) ",),  # the CA bundle curl was built to read is absent or unreadable (no ca-certificates)
        "the image has no CA certificates for curl to verify with (ca-certificates is not installed)",
        "Install ca-certificates in the image before the step that downloads.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.test_timeout",
        "build",
        False,
        ("exceeded timeout of",),
        (r"Exceeded timeout of \d+ ms for a (?:test|hook)",),
        "a test (or its hook) ran past the test runner's own timeout",
        "Read the test: it waits on something that never comes, or needs a longer timeout.",
        find_host=False,
        blame="build",
    ),
    # --- network errors, by form ---------------------------------------------------------------------------------
    _rule(
        "dns.resolve_failed",
        "dns",
        True,
        (
            "eai_again",
            "could not resolve",
            "couldn't resolve host",
            "unknown host:",
            "name or service not known",
            "enotfound",
            "name resolution",
            "resolve host",
            "nodename nor servname",
            "temporary failure resolving",
            "remote name could not be resolved",
            "failed to lookup address information",
            "could not translate host name",
            "unknown host ",
            "failed to resolve '",
            "unknownhostexception",
            "dns lookup error",
            "resolve host name",
            "could not be resolved",
        ),
        (
            r"\bEAI_AGAIN\b",
            r"could not resolve (?:host|proxy|hostname|')",
            r"Couldn't resolve host '",  # libcurl before 7.x's `(6)` wording (old git)
            r"\bUnable to resolve host \"?[A-Za-z0-9][\w.-]*\.[A-Za-z]{2,}\b",  # Java gRPC (Bazel), Android
            r"temporary failure resolving '",
            r"name or service not known",
            r"\bENOTFOUND\b",
            r"failure in name resolution",
            r"nodename nor servname",
            r"The remote name could not be resolved: '",  # .NET
            r"failed to lookup address information",  # Rust's getaddrinfo error
            r"could not translate host name \\?\"[^\"\\]+\\?\" to address",  # libpq (psycopg2, Postgres clients)
            r"\b(?:Unknown host|UnknownHostException:) [A-Za-z0-9][\w.-]*\.[A-Za-z]{2,}\b",  # Java (Maven's wagon)
            r"HttpException Unknown host: [A-Za-z0-9]",  # Bazel's downloader (the name cut at its first label)
            r"Failed to resolve '[^']+' \(\[Errno -[23]\]",  # urllib3 2's NameResolutionError
            r"^ERROR: https?://\S+: DNS lookup error",  # apk
            r"Couldn't resolve host name",  # libcurl's own text (old cargo), without the name
            r"server name or address could not be resolved",  # WinHTTP (cargo, git on Windows; wrapped or not)
        ),
        "a host name did not resolve",
        "Retry; check the runner's and the build container's resolver.",
    ),
    _rule(
        "connectivity.network_unreachable",
        "connectivity",
        False,
        (
            "network is unreachable",
            "enetunreach",
            "no route to host",
            "ehostunreach",
            "network unreachable",
            "cannot assign requested address",
        ),
        (
            r"network is unreachable",
            r"\bENETUNREACH\b",
            r"no route to host",
            r"\bEHOSTUNREACH\b",
            r"Immediate connect fail for \S+: Network unreachable",  # curl
            r"dial tcp \[[0-9a-fA-F:]+\]:\d+: connect: cannot assign requested address",  # IPv6 with no address here
        ),
        "the runner has no route to the network",
        "Check the runner's network (a self-hosted runner offline, IPv6 without a route).",
        blame="local",
    ),
    _rule(
        "connectivity.timeout",
        "connectivity",
        True,
        (
            "timeout",
            "timed out",
            "etimedout",
            "esockettimedout",
            "err_socket_connection_timeout",
            "socket connection timeout",
            "did not properly respond",
            "deadline exceeded",
            "connection failed [ip",
            "curl: (28)",
            "deadlineexceeded",
            "connect to server",
            "network timeout",
            "connectiontimeout",
            "responsetimeout",
            "aborted due to timeout",
            "err_pnpm_fetch_408",
            "httpclient.timeout",
            "operation too slow",
            "request timeout: /",
            "pinging container registry",
        ),
        (
            r"\bE(?:SOCKET)?TIMEDOUT\b",
            r"\bhit \d+s timeout running '\S*git fetch\b",  # kustomize's fixed limit on a remote base's fetch
            r"The operation was aborted due to timeout",  # Node's AbortSignal.timeout under fetch (pnpm 9, undici)
            r"^Request timeout: /\S*",  # actions/tool-cache's download (setup-bun, setup-* actions) timing out
            r"Operation too slow\. Less than \d+ bytes/sec transferred the last \d+ seconds",  # libcurl's low-speed cap
            r"\bERR_PNPM_FETCH_408\b",  # the registry's 408: it gave up waiting on the request
            r"^\s*(?:ConnectionTimeout|ResponseTimeout)\s*$",  # Haskell's http-client closing its HttpExceptionRequest
            r"context deadline exceeded",
            r"pinging container registry \S+: .*context canceled",  # containers/image: the ping gave up waiting
            r"\bDEADLINE_EXCEEDED: deadline exceeded after\b",  # Java's gRPC (Bazel's remote cache, its BEP upload)
            r"\bcode = DeadlineExceeded\b",  # gRPC's (CRI's) deadline
            r"\bfailed: timeout \(\d+ms\)",  # the Gradle wrapper's download
            r"\bDownloading from \S+ failed: timeout\b",  # ... before Gradle 7 (no duration)
            r"Response: Timeout was reached",  # CocoaPods' CDN (curl's text)
            r"The operation has timed out",  # .NET
            r"The request was canceled due to the configured HttpClient\.Timeout of \d+ seconds elapsing",  # .NET 5+
            r"Connection failed \[IP: ",  # apt: the connect failed (timed out or refused)
            r"ERR_SOCKET(?:_CONNECTION)?_TIMEOUT",
            r"connected party did not properly respond after a period of time",  # Windows' WSAETIMEDOUT
            r"socket connection timeout",
            r"socket timeout",
            r"ReadTimeoutError",
            r"timed out",
            r"connect timeout",
            r"operation timeout",
            r"\btimeout awaiting",
            r"curl: \(28\) ",
            r"\bcurl error 28 while downloading ",  # composer
            r"\[28\] Timeout was reached",  # cargo (libcurl's code 28)
            r"Curl (?:error|code) \(28\): Timeout was reached",  # librepo (dnf, anaconda)
            r"network timeout at: https?://",
            r"failed to connect to \S+ port \d+.*(?:couldn't|could not) connect to server",
            r"failed to connect to \S+ port \d+: (?:operation )?timed out",
        ),
        "a network connection timed out",
        "Retry; probe the host from the runner.",
    ),
    _rule(
        "connectivity.connection_failed",
        "connectivity",
        True,
        ("http 000 connection failed", "unable to connect to "),
        (
            r"CondaHTTPError: HTTP 000 CONNECTION FAILED for url",  # conda: no HTTP answer at all
            r"^\s*Unable to connect to [\w.-]+:(?:https?|\d+):",  # apt's, under its `Err:N URL` line
            r"Failed to fetch \S.*?\s+Unable to connect to [\w.-]+:(?:https?|\d+): \[IP: ",  # ... or its summary
        ),
        "the connection to the package channel failed before any HTTP answer (reset, timed out or unreachable)",
        "Retry; if it repeats, check the runner's route to the channel (a proxy, a firewall).",
    ),
    _rule(
        "connectivity.request_failed",
        "connectivity",
        True,
        ("network request to", "spurious network error"),
        (
            r"\bnetwork request to https?://\S+ failed\b",
            # cargo's retry of a network failure (a specific error after it says more, and wins)
            r"\bspurious network error \(\d+ tries? remaining\): ",
        ),
        "a package manager's request to its registry failed on the network (npm's `network request ... failed`)",
        "Retry; probe the registry host from the runner.",
    ),
    _rule(
        "connectivity.reset",
        "connectivity",
        True,
        (
            "econnreset",
            "socket hang up",
            "connection reset",
            "recv failure",
            "connection aborted",
            "remote end closed",
            "connresetexception",
            "network aborted",
            "remote end hung up",
            "unexpected disconnect",
            "closed network connection",
            "closed response body",
            "rpc failed",
            "early eof",
            "not closed cleanly",
            "invalid index-pack output",
            "connection was reset",
        ),
        (
            r"\bECONNRESET\b",
            r"socket hang up",
            r"connection (?:was )?reset",
            r"recv failure",
            r"connection aborted",
            r"remote end closed connection",
            r"\bconnResetException\b",
            r"npm (?:ERR!|error) network aborted\s*$",
            r"the remote end hung up unexpectedly",
            r"fetch-pack: unexpected disconnect",
            r"fetch-pack: invalid index-pack output",  # git: the pack stream was cut off mid-transfer
            r"use of closed network connection",
            r"read on closed response body",
            r"RPC failed; curl \d+",
            r"^fatal: early EOF",
            r"HTTP/2 stream \d+ was not closed cleanly",
        ),
        "the connection was reset mid-transfer",
        "Retry; check proxies and load balancers in the path.",
    ),
    _rule(
        "connectivity.refused",
        "connectivity",
        False,
        (
            "econnrefused",
            "connection refused",
            "was refused",
            "can't connect to mysql server on",
            "server on '",
            "refused. check that the hostname",
        ),
        (
            r"\bECONNREFUSED\b",
            r"connection refused",
            r"\bThe connection to the server \S+ was refused",  # kubectl
            r"Can't connect to (?:MySQL )?server on '[^']+' \(111\)",  # MySQL's client: errno 111, ECONNREFUSED
            r"Connection to \S+ refused\. Check that the hostname and port are correct",  # PostgreSQL's JDBC driver
        ),
        "the connection was refused (nothing listening, or a firewall or proxy refusing)",
        "Not retried: a refusal repeats. Check the proxy settings, the egress rules and that the service's port "
        "is reachable from the runner.",
    ),
    _rule(
        "connectivity.proxy_auth_required",
        "connectivity",
        False,
        ("proxy authentication required",),
        (r"\b(?:407 )?Proxy Authentication Required",),
        "the HTTP proxy the runner goes through asked for credentials (407): the proxy's, not the service's",
        "Give the proxy's credentials in HTTPS_PROXY (http://user:pass@proxy:port) for the tool and the daemon.",
        blame="local",
    ),
    _rule(
        "connectivity.untrusted_certificate",
        "connectivity",
        False,
        (
            "errors in the certificate chain",
            "certificate verify failed",
            "certificate_verify_failed",
            "self-signed certificate",
            "local issuer",
            "x509: certificate",
            "pkix path building failed",
            "valid certification path",
            "x509: cannot validate",
            "unable_to_get_issuer_cert_locally",
            "self_signed_cert_in_chain",
            "cert_has_expired",
            "unable_to_verify_leaf_signature",
            "self signed certificate",
            "invalid peer certificate",
            "peer certificate cannot be authenticated",
            "peer not authenticated",
            "server certificate verification failed",
            "cannot verify",
            "peer's certificate",
            "failed to parse certificate from server",
            "unable to verify the first certificate",
            "does not match certificate's altnames",
        ),
        (
            r"PKIX path building failed",  # Java: no trusted chain to the server's certificate
            r"The remote certificate is invalid because of errors in the certificate chain: (?:UntrustedRoot|PartialC)",
            r"\bpeer not authenticated\b",  # Java's older wording
            r"invalid peer certificate: (?:UnknownIssuer|BadSignature|Expired|NotValidForName)",  # rustls (uv, cargo)
            r"Peer certificate cannot be authenticated with given CA certificates",  # libcurl
            r"server certificate verification failed\. CAfile: ",  # git over GnuTLS: no CA bundle that trusts it
            r"ERROR: cannot verify \S+'s certificate, issued by",  # wget
            # NSS's libcurl (RHEL/CentOS 7 git, curl)
            r"Peer's [Cc]ertificate (?:issuer has been marked as not trusted by the user|has expired)",
            r"tls: failed to parse certificate from server",  # Go: an interceptor's malformed certificate
            r"unable to find valid certification path to requested target",
            r"certificate verify failed",
            r"CERTIFICATE_VERIFY_FAILED",
            r"self[- ]signed certificate in certificate chain",
            r"unable to get local issuer certificate",
            r"x509: certificate has expired",
            r"x509: certificate is valid for .*, not ",
            r"x509: certificate is not valid for any names",  # a certificate with no SAN for the name asked
            r"x509: cannot validate certificate for \S+ because",
            r"\b(?:UNABLE_TO_GET_ISSUER_CERT_LOCALLY|SELF_SIGNED_CERT_IN_CHAIN|CERT_HAS_EXPIRED|UNABLE_TO_VERIFY_LEAF_SIGNATURE)\b",
            r"unable to verify the first certificate",  # Node's message for UNABLE_TO_VERIFY_LEAF_SIGNATURE
            r"Hostname/IP does not match certificate's altnames",  # Node: another host's certificate answered
        ),
        "the server's certificate is not trusted here (a TLS-intercepting proxy or a private CA)",
        "Install the proxy's or the registry's CA certificate on the runner and in the build image.",
        blame="local",
    ),
    _rule(
        "connectivity.tls_refused",
        "connectivity",
        False,
        ("remote error: tls", "alert handshake failure"),
        (
            r"remote error: tls: (?:handshake failure|protocol version|bad certificate|unknown certificate authority"
            r"|certificate required|unrecognized name|internal error)",
            r"SSL_connect returned=1 .*alert handshake failure",  # Ruby over OpenSSL: the peer refused the handshake
        ),
        "the server refused the TLS handshake (no common protocol or cipher, a certificate it will not accept)",
        "Check the TLS versions and certificates on both sides (the server's SNI, a client certificate it wants).",
        blame="local",
    ),
    _rule(
        "connectivity.tls_plaintext_peer",
        "connectivity",
        False,
        ("wrong version number",),
        # OpenSSL's record layer read a plain-HTTP answer to its ClientHello (curl's 35, Node's EPROTO, git, pip)
        (r"ssl3_get_record:wrong version number|\bWRONG_VERSION_NUMBER\b|SSL routines.*wrong version number",),
        "the other end answered plain HTTP to a TLS handshake (an http:// proxy given as https://, or a plain port)",
        "Fix the proxy setting's scheme (HTTPS_PROXY=http://...) or the URL's port; a retry will not help.",
        blame="local",
    ),
    _rule(
        "connectivity.tls_failed",
        "connectivity",
        True,
        (
            "gnutls",
            "ssl",
            "tls",
            "secure tls connection",
            "non-properly terminated",
            "local security authority",
            "eproto",
        ),
        (
            r"gnutls_handshake\(\) failed",
            r"\bSSL(?:Error|_ERROR_\w+| routines)",
            r"\btls: \w",
            r"EPROTO",
            r"socket disconnected before secure TLS connection was established",
            r"GnuTLS recv error",
            r"TLS connection was non-properly terminated",
            r"The Local Security Authority cannot be contacted",  # Windows' Schannel
            r"The SSL connection could not be established",  # .NET
        ),
        "the TLS connection failed",
        "Retry; if it persists check the proxy or a TLS-intercepting middlebox.",
    ),
    _rule(
        "connectivity.eof",
        "connectivity",
        True,
        ("eof", "empty reply from server", "connection was closed before"),
        # Go's `Op URL: EOF` (`error pulling image configuration: Get https://...: EOF`): the peer hung up
        (
            r"^(?:unexpected )?EOF\s*$",
            r"\bunexpected EOF\b",
            # ... at the end of a logfmt message (`msg="... Head \"URL\": EOF"`), or before Buildkite's retry notice
            r"\bhttps?://\S+\"?: EOF(?:\"?\s*$| \(Attempt \d+/\d+)",
            r"curl: \(52\) Empty reply from server",
            r"Connection was closed before we received a valid response from endpoint URL",  # botocore
        ),
        "the server closed the connection without an answer",
        "Retry; check the proxy/load balancer in the path.",
    ),
    # yarn 1 retries on its own and says so; when the job then fails, the network was the cause
    _rule(
        "connectivity.yarn_retries",
        "connectivity",
        True,
        ("trouble with your network connection",),
        (r"There appears to be trouble with your network connection",),
        "the package manager could not reach its registry (yarn retried and gave up)",
        "Retry; probe the registry from the runner (yarn's --network-timeout gives slow mirrors longer).",
        find_host=False,  # yarn names no URL here (its registry may be a mirror): no host is named
    ),
    _rule(
        "connectivity.cut_short",
        "connectivity",
        True,
        (
            "unexpected end of file",
            "tried to reconnect at offset",
            "unexpected eof in archive",
            "premature end of",
            "fail extracting tarball",
        ),
        (
            r"https?://\S+: unexpected end of file",  # yarn: the tarball's download was cut short
            r"^Error: unexpected end of file$",  # Node's zlib under a download it was unpacking (playwright's)
            # Apache HttpClient (Maven, Gradle, Jenkins): the body stopped before its length or last chunk
            r"Premature end of (?:Content-Length delimited|chunk coded) message body",
            r"^error: Fail extracting tarball for \"",  # bun: the package's tarball arrived cut short
            r"^gzip: stdin: unexpected end of file",  # `curl URL | tar xz`: the download stopped mid-archive
            r"^tar: Unexpected EOF in archive",  # ... (a cache restore's is the cache's: gha_cache.corrupt_archive)
            r"Tried to reconnect at offset [\d,]+ but server didn't support it",  # Bazel: no range request to resume
        ),
        "a download was cut short (the server closed the connection mid-body)",
        "Retry; check the proxy/load balancer in the path.",
    ),
    _rule(
        "connectivity.stream_reset",
        "connectivity",
        True,
        ("received from peer", "stream error: stream id"),
        # Go's HTTP/2: the server reset the stream (before Go 1.19 without `; received from peer`)
        (r"stream error(?:: stream ID \d+)?; \w+(?:; received from peer)?",),  # (a reporter's excerpt drops the ID)
        "the server reset the HTTP/2 stream mid-transfer",
        "Retry; check proxies and load balancers in the path.",
    ),
    _rule(
        "registry.read_only",
        "registry",
        True,
        ("read only mode",),
        # Harbor while an administrator holds it read-only (a migration, garbage collection): every push is refused
        (r"denied: The system is in read only mode",),
        "the registry is in read-only mode (an administrator's maintenance): it refuses every push until it ends",
        "Retry after the maintenance; ask the registry's administrators how long it lasts.",
    ),
    _rule(
        "connectivity.origin_server_error",
        "connectivity",
        True,
        ("remote error: internal server error",),
        # git over HTTPS: the git host's own 500 (Gerrit's go.googlesource.com behind `go get`)
        (r"^fatal: remote error: Internal Server Error",),
        "the git server answered an internal error (its outage, not the repository's absence)",
        "Retry later; a Go module proxy (GOPROXY) serves the module while the origin is down.",
        blame="service",
    ),
    _rule(
        "registry.no_response",
        "registry",
        True,
        ("no response",),
        (r'failed commit on ref "(?:layer|manifest|index|config)-sha256:[0-9a-f]+": no response',),  # BuildKit push
        "the registry never answered the commit of a pushed blob (the upload's last request timed out or dropped)",
        "Retry; check the registry's status (a long push behind a proxy: its idle timeout).",
    ),
    _rule(
        "registry.html_response",
        "registry",
        False,
        ("unknown type text/html",),
        (r"encountered unknown type text/html; children may not be fetched",),  # containerd's image handler
        "the registry answered a manifest request with an HTML page: a mirror, proxy or portal in between, no registry",
        "Check the registry mirror or proxy the runner is configured with (its URL, or a login page it serves).",
        blame="local",
    ),
    _rule(
        "registry.bad_response",
        "registry",
        True,
        ("malformed mime header", "malformed http"),
        (r"malformed MIME header|malformed HTTP (?:response|status code)",),  # Go: the answer was no HTTP at all
        "the registry (or a box in front of it) answered something that is not HTTP",
        "Retry; if it repeats, check the proxy or load balancer in front of the registry.",
        context=r"/v2/|registry",
    ),
    _rule(
        "gha_cache.cache_import_missing",
        "gha_cache",
        False,
        (": not found",),
        (r"^ERROR: \S+: not found\s*$",),  # BuildKit's `--cache-from` image that does not exist: built without it
        "the cache image to import does not exist (the first build on that branch, or a wrong ref): built without it",
        "Check the --cache-from reference (a first build has none yet); the build went on without the cache.",
        fatal=False,
        find_host=False,
        blame="build",
        context=r"importing cache manifest from",
    ),
    _rule(
        "registry.no_endpoint",
        "registry",
        True,
        ("could not reach any registry endpoint",),
        (r"Could not reach any registry endpoint",),  # docker 1.x: every endpoint of the registry failed
        "the daemon could not reach any of the registry's endpoints (an outage, or the path to it is down)",
        "Retry; check the registry's status and the runner's route to it.",
    ),
    _rule(
        "registry.upload_lost",
        "registry",
        True,
        ("blob upload unknown",),
        # distribution's BLOB_UPLOAD_UNKNOWN on a push: on the development set 3 of 4 were flakes a re-run passed
        # (a session the registry forgot, a client retrying a slow PATCH); a load balancer over replicas repeats it
        (r"blob upload unknown",),
        "the registry lost the blob upload session (it forgot it, or a replica behind a load balancer never had it)",
        "Retry; if it repeats, make the registry's replicas share upload state (or pin a push to one replica).",
    ),
    _rule(
        "registry.manifest_invalid",
        "registry",
        False,
        ("manifest_invalid", "manifest invalid"),
        (r"\bMANIFEST_INVALID\b", r"\bmanifest invalid\b"),
        "the registry refused the manifest (a media type or schema it does not accept)",
        "Push a manifest the registry supports (buildx: provenance=false or oci-mediatypes=false; jib: the image "
        "format option).",
    ),
    _rule(
        "registry.blob_unknown",
        "registry",
        False,
        ("blob unknown to registry", "error pulling image configuration: unknown blob"),
        (
            r"blob unknown to registry",  # distribution's BLOB_UNKNOWN: a blob the manifest names is not stored
            r"error pulling image configuration: unknown blob",  # docker pull: the image's config blob is not there
        ),
        "the registry lists a blob it cannot serve (its storage lost it, or a push left it incomplete)",
        "Push the image again in full (without cross-repository mounts), or repair the registry's storage.",
    ),
    # --- Alpine's apk inside a RUN step: the mirror could not be fetched --------------------------------------
    _rule(
        "connectivity.package_mirror",
        "connectivity",
        True,
        (
            "temporary error (try again later)",
            "network error (check internet connection",
            "unable to access index",
            "[ip: ",
            "could not fetch specs from",
            "bundler::httperror",
        ),
        (
            r"^\s*5\d\d\s+\w[\w ]*\[IP: \S+ \d+\]",  # apt's status under its `Err:N URL` line (the URL above)
            r"https?://\S+: temporary error \(try again later\)",
            r"https?://\S+: network error \(check Internet",
            r"unable to access index for repository https?://\S+",  # R's install.packages
            r"\bCould not fetch specs from https?://",  # Bundler (alone, or in its `Retrying fetcher` lines)
            r"Bundler::HTTPError during request to dependency API",
        ),
        "the package mirror could not be reached or answered a temporary error (apk, apt, RubyGems)",
        "Retry; if it persists, pin another mirror (/etc/apk/repositories, sources.list).",
    ),
    # --- BuildKit's failed-step box names the step: the cache export failed the build -------------------------
    _rule(
        "gha_cache.export_failed",
        "gha_cache",
        False,
        ("> exporting to github actions cache", "> exporting cache to github actions"),
        (r"^\s*> exporting (?:to GitHub Actions Cache|cache to GitHub Actions)\b",),
        "exporting the build cache to the GitHub Actions cache failed the build",
        "Add ignore-error=true to cache-to so a cache failure cannot fail the build; see the error above.",
        weak=True,
    ),
    # --- the build's own failures (a wrapper's output above it says why) ----------------------------------------
    _rule(
        "build.compile_error",
        "build",
        False,
        (
            "error ts",
            ": error:",
            "syntaxerror",
            "cannot find module",
            "undefined:",
            "error[e",
            "compilation failed",
            "build failed",
            ".go:",
            ".java:[",
        ),
        (
            r"\berror TS\d+:",
            r":\d+:\d+: error:",
            r"\bSyntaxError\b",
            r"cannot find module",
            r"\.go:\d+:\d+: undefined: ",
            r"\.go:\d+:\d+: (?:syntax error|cannot |missing |expected |invalid |declared and not used|\S+ redeclared)",
            r"^error\[E\d+\]",
            r"compilation failed",
            r"\.java:\[\d+,\d+\] (?:package \S+ does not exist|cannot find symbol)",  # javac through Maven
        ),
        "the build's code does not compile",
        "Fix the error above; a retry will not help.",
        find_host=False,
    ),
    _rule(
        "build.missing_file",
        "build",
        False,
        ("excluded by .dockerignore", "failed to walk", "could not find ", "outside the build context"),
        (
            r"file not found in build context or excluded by \.dockerignore",
            r"COPY failed: forbidden path outside the build context",  # the legacy builder: `COPY ../x`
            r"ERROR: could not find \S+: stat \S+: no such file or directory",  # buildx: the context path (no checkout)
            r"failed to compute cache key: failed to walk \S+: .*no such file or directory",
        ),
        "a file the Dockerfile copies is not in the build context",
        "Check .dockerignore, the context path, and that an earlier step produced the file.",
        find_host=False,
    ),
    _rule(
        "build.secret_missing",
        "build",
        False,
        ("/run/secrets/",),
        # a `RUN --mount=type=secret,id=X` the build was given no X for: the mount is empty, the file absent
        (r"/run/secrets/[^\s':]+'?:? No such file or directory",),
        "a build secret the Dockerfile mounts was not passed to the build (its /run/secrets file is missing)",
        "Pass every secret id the Dockerfile mounts (docker build --secret id=X, build-push-action's secrets:).",
        find_host=False,
    ),
    _rule(
        "build.script_not_executable",
        "build",
        False,
        ("permission denied",),
        # the shell could not execute the build's own script (no execute bit in the checkout: `./gradlew`)
        (
            r"^/bin/(?:ba)?sh: (?:\d+: |line \d+: )?\./[\w./-]+: Permission denied",
            # the OCI runtime could not exec the image's entrypoint (`exec: "/entrypoint.sh": permission denied`)
            r'start(?:ing)? container process(?: caused)?:? \\*"?exec: \\*"[^"\\]+\\*": permission denied'
            r'(?:"?: unknown)?',
        ),
        "the build's own script is not executable (its execute bit is not in the repository)",
        "git update-index --chmod=+x the script (or run it as `sh ./script`); a retry will not help.",
        find_host=False,
    ),
    _rule(
        "build.cpu_limit_exceeds_host",
        "build",
        False,
        ("range of cpus is from",),
        (r"(?i:range of CPUs is from) [\d.]+ to [\d.]+, as there (?:are|is) only \d+ CPUs? available",),
        "the build asks a container for more CPUs than the runner has (docker run --cpus, a compose cpus: limit)",
        "Lower the CPU limit to the runner's count (or leave it unset); a retry on the same runner fails again.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.buildkit_required",
        "build",
        False,
        ("option requires buildkit",),
        (r"the --\w+ option requires BuildKit",),  # the legacy builder on `RUN --mount`, `--platform`, ...
        "the Dockerfile uses a BuildKit feature but the legacy builder ran it",
        "Build with BuildKit (DOCKER_BUILDKIT=1, docker buildx build, setup-buildx-action).",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.tty_unavailable",
        "build",
        False,
        ("input device is not a tty",),
        (r"^(?:\S+ )?the input device is not a TTY",),  # `docker run -it` / `compose exec` where CI has no terminal
        "the step asks Docker for a terminal (-t) that a CI job does not have",
        "Drop -t (docker run -i, docker compose exec -T) in CI.",
        find_host=False,
        blame="build",
    ),
    _rule(
        "build.repository_missing",
        "build",
        False,
        ("name unknown", "does not exist in the registry", "unknown: the repository"),
        (
            r"name unknown: The repository with name \S+ does not exist",
            r"does not exist in the registry with id",
            r"^unknown: The repository .* does not exist\s*$",  # ECR's answer with the name elided
            r"name unknown: (?:\w+ )?repository not found\s*$",  # Fly's registry: the app's repository is not there
        ),
        "the registry repository the build pushes to does not exist (ECR creates none on push)",
        "Create the repository (aws ecr create-repository) or fix the image name; a retry will not help.",
    ),
    _rule(
        "build.wrong_arch_image",
        "build",
        False,
        ("no match for platform in manifest", "no matching manifest for"),
        (
            r"no match for platform in manifest",
            r"no matching manifest for \S+(?: [\d.]+)? in the manifest list entries",  # windows/amd64 10.0.17763
        ),
        "the image has no variant for the platform the build asked for",
        "Build for a platform the base image publishes, or pick a multi-platform base image.",
    ),
    _rule(
        "goproxy.server_error",
        "goproxy",
        True,
        ("cannot talk to github",),
        # gopkg.in's own answer: its redirector could not reach the GitHub repository behind it
        (r"Cannot obtain refs from GitHub: cannot talk to GitHub\b.*",),
        "gopkg.in could not reach the GitHub repository behind it (its side, not the runner's network)",
        "Retry; or fetch the module through a Go proxy (GOPROXY=https://proxy.golang.org), which caches gopkg.in.",
        host="gopkg.in",
    ),
    _rule(
        "build.go_module_config",
        "build",
        False,
        (
            "go.sum entry",
            "updates to go.mod needed",
            "inconsistent vendoring",
            "errors parsing go.mod",
            "module declares its path as",
            "unknown revision",
            "preceding tag",
            "missing gosumdb",
            "does not match goprivate",
            "has post-v",
            "replace directive with go mod proxy",
            "module providing named packages contains",
            "toolchain not available",
            "go.mod requires go",
            "go.mod exists but should not",
            "malformed module path",
            "module lookup disabled by goproxy=off",
            "major version must be compatible",
        ),
        (
            r"go\.mod requires go >= \S+ \(running go",  # GOTOOLCHAIN=local: no switching to the newer Go
            r"missing go\.sum entry",
            r"updates to go\.mod needed",
            r"inconsistent vendoring",
            r"errors parsing go\.mod",
            r"module declares its path as: \S+",  # a require or replace under the wrong path
            # a commit not (or no longer) in the repository (`reading HOST/go.mod at revision V: unknown revision V`)
            r"(?:invalid version|@\S+|at revision \S+): unknown revision \S+",
            r"invalid pseudo-version: preceding tag \(\S+\) not found",  # its base tag is gone from the origin
            r"verifying module: missing GOSUMDB",  # `go env -w GOSUMDB=` left empty: no checksum database to ask
            r"path does not match GOPRIVATE/GONOPROXY",  # `go get X@branch` under a GOPROXY/GOPRIVATE that forbids it
            r"invalid version: go\.mod has post-v\d+ module path \"[^\"]+\" at revision",  # a /vN module asked without
            r"cannot use the go\.mod replace directive with go mod proxy enabled",  # goreleaser
            r"The go\.mod file for the module providing named packages contains one or",  # go install's refusal
            r"toolchain not available",  # a go/toolchain directive for a release the proxy does not serve
            r"\$GOPATH/go\.mod exists but should not",  # the project copied into the image's GOPATH (no WORKDIR)
            # an import path with no domain: a standard-library package (embed, io/fs) this Go is too old to have,
            # or a local package outside the module
            r"malformed module path \"[^\"]+\": missing dot in first path element",
            r"module lookup disabled by GOPROXY=off",  # a vendored build whose vendor/ lacks the module
            # a vN tag (N >= 2) on a module whose go.mod lacks the /vN suffix (or is asked for without it)
            r"invalid version: module contains a go\.mod file, so major version must be compatible",
        ),
        "the module's go.mod/go.sum (or vendor/) does not match its imports or asks for what does not exist",
        "Run go mod tidy (or go mod vendor) and commit the result; a retry will not help.",
        find_host=False,
    ),
    _rule(
        "build.toolchain_missing",
        "build",
        False,
        (
            "ssl module is not available",
            "compiler",
            "executable file not found",
            "command not found",
            "not a docker command",
        ),
        (
            r"SSL module is not available",
            r"C compiler \"?\S+\"? not found",
            r"executable file not found in \$PATH",
            r": command not found\s*$",
            r"'\S+' is not a docker command",
        ),
        "a tool the build needs is missing from its image or runner",
        "Install the tool in the build image (or the runner); a retry will not help.",
        find_host=False,
    ),
    _rule(
        "build.test_failed",
        "build",
        False,
        ("--- fail", "fail\t", "tests failed", "failing", "test failed", "_test.go:", "deadlineexceeded: test took"),
        (
            r"^--- FAIL: ",
            r"^FAIL\t",
            r"\b\d+ (?:tests? )?fail(?:ed|ing)\b",
            # a Go test's own failure report (`x_test.go:232: ...: context deadline exceeded`): whatever it quotes,
            # the test failed on its own terms; a passing test's t.Log line, which reports no failure, is not one
            r"^\s*\w+_test\.go:\d+: .*(?i:error|fail|deadline exceeded|timed? ?out|unexpected|expected|want)\b.*",
            r"hypothesis\.errors\.DeadlineExceeded: Test took .*",  # the test's own per-example deadline
        ),
        "the build's tests failed",
        "Fix the test; a retry will not help (unless it is flaky).",
        find_host=False,
    ),
)
