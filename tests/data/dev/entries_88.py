"""Dev-set entries, batch 88 (failures of the build itself whose log reads like an infrastructure failure, in
Dockerfile RUN steps, docker/build-push-action, docker-compose and podman builds, and the tests CI runs against
databases and caches; with about ten real infrastructure failures in the same tools for contrast). Most of the batch
is the build's own doing: tests run inside `RUN go test`, an sbt image build and a `makemigrations` step that dial a
Redis or PostgreSQL on 127.0.0.1, localhost:5433 or a compose service name that no build container can reach, a test
suite pointed at a cluster host name (`redis-master`), a compose file that never starts its Redis or leaves it off the
app's network, a `KeyError: 'DATABASE_URL'` from `docker-compose exec` skipping the entrypoint that sets it; Dockerfile
errors (`failed to compute cache key: "/.git": not found`, an action's generated script that only exists at run
time, `COPY failed: stat /var/lib/docker/tmp/docker-builder...` for a jar never built and for files never cloned,
`forbidden path outside the build context`, `Dockerfile parse error ... unknown instruction` from a missing RUN and a
missing line continuation); a WORKDIR without Cargo.toml, `$GOPATH/go.mod exists but should not`, `go.mod file not
found`, `npm ERR! missing script: build` from the wrong directory; secret mounts that find no secret; compile errors
inside image builds (TypeScript TS2307 in two monorepos, rustc E0583, javac `package ... does not exist`, Go
`undefined: os.ReadFile` and `go.mod requires go >= 1.22.0` on an old golang image); `exec format error` from x86-only
base images and product binaries built for arm64; and `./gradlew: Permission denied` (exit 126) from a wrapper
committed without its execute bit. The service side, in the same tools: npm's ECONNRESET and a transient CDN 403
inside `RUN npm ci`, proxy.golang.org resetting an HTTP/2 stream and gopkg.in answering 502 during `go mod download`,
Maven's wrapper timing out and Maven Central's `503 Backend unavailable`, a Debian redirector closing connections
mid-download, ghcr.io timing out and answering 500 while images for actions and `supabase start` are pulled, and
Docker Hub timing out on a `services:` database image before any step runs. `err` is verbatim from the source (a
GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown (code fences,
backticks, bold markers) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a
quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line. Elisions ('...')
inside a quote are the authors' own. Hosts follow the README's strict rule: a host is given only where a line of the
log names it for the failing call; an inferred, masked or placeholder one goes in host_alt. Labels were set from the
threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"aws/aws-codebuild-docker-images#235", "bitcoin-s/bitcoin-s-ts#146", "josiahcarlson/redis-in-action#97",
         "code-with-the-italians/androidskills.dev#18", "apache/superset#40874", "Qovery/qovery-cli#703",
         "apache/maven-surefire#282", "caipe-io/ai-platform-engineering#859", "topoteretes/cognee#3053"}  # fmt: skip

B = Batch(PULLS)
own = B.build("docker_build")
own_svc = B.build("services")
net = B.family("connectivity")
gop = B.family("goproxy")
svc = B.family("services")

SVC = "build.test_service_unreachable"
DB = "build.test_db_unreachable"
ARCH = "build.wrong_arch_image"
PARSE = "build.dockerfile_parse"
CTX = "build.context_missing"
MISSING = "build.missing_file"
COMPILE = "build.compile_error"
NOEXEC = "build.script_not_executable"

E = [
    # --- the build's own: tests and build steps that dial a service no build container has -------------------------------
    own_svc("sonroyaalmerol/m3u-stream-merger-proxy#120", SVC,
            "10.60 --- FAIL: TestStreamHandler (0.07s)\n10.60     main_test.go:25: InitializeDb returned error: error connecting to Redis: dial tcp 127.0.0.1:6379: connect: connection refused",
            t="bk_raw", run="go test ./...   && go build -ldflags='-s -w' -o main .", host="127.0.0.1:6379", host_alt=["127.0.0.1"], also_ok=[DB, "connectivity.refused"],
            note="the Dockerfile runs `go test ./...` as a build step and the tests expect a Redis on localhost, which the build container does not have ('The container expects Redis to be installed locally in the container'); the reporter removed go test from the Dockerfile, so every build failed the same until then"),
    own_svc("pm-str/QuestBot#2", "build.service_name_outside_network",
            "redis.exceptions.ConnectionError: Error -2 connecting to redis:6379. Name or service not known.\nERROR: Service 'web' failed to build: The command '/bin/sh -c python manage.py makemigrations' returned a non-zero code: 1",
            cmd="docker-compose up", host="redis:6379", host_alt=["redis"], also_ok=[SVC, "dns.no_such_host"],
            note="a Dockerfile RUN step (`manage.py makemigrations`) needs the compose `redis` service, which no image build can resolve because builds are not on the compose network; the maintainer fixed it in the repository (commit 34c42a2), not a DNS fault"),
    own_svc("Cryptonomic/Conseil#495", DB,
            "Aug 01, 2019 12:38:08 PM org.postgresql.Driver connect\nSEVERE: Connection error:\norg.postgresql.util.PSQLException: Connection to localhost:5433 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:265)",
            host="localhost:5433", host_alt=["localhost"], also_ok=[SVC, "connectivity.refused"],
            note="'I have error when build from docker': the image build runs the project's database tests, which want a PostgreSQL on localhost:5433 that exists only beside the app, never inside docker build; a later report (#534) hit the same, so it fails on every build"),
    own_svc("AnubisLMS/Anubis#163", SVC,
            ">           raise ConnectionError(self._error_message(e))\nE           redis.exceptions.ConnectionError: Error -2 connecting to redis-master:6379. Name or service not known.",
            host="redis-master:6379", host_alt=["redis-master"], also_ok=["build.wrong_host", "dns.no_such_host"],
            note="the maintainer's own bug report, 'FIX issue with cache host in tests': the test configuration points the cache at the deployment's redis-master host name, which the test environment does not have; a configuration fix, every run fails the same"),
    own_svc("josiahcarlson/redis-in-action#97", SVC,
            "  File \"/usr/local/lib/python3.6/site-packages/redis/connection.py\", line 665, in _connect\n    sock.connect(socket_address)\nOSError: [Errno 99] Cannot assign requested address",
            cmd="docker exec -it redis-in-action-python python ch01_listing_source.py", also_ok=[DB, "connectivity.refused"],
            note="the branch says it: 'issue/96-redis-service-is-never-up'; the repository's python/docker-compose.yml never brought up a Redis for the examples to talk to, and the merged PR adds the service"),
    own_svc("dasch-swiss/dsp-api#1394", "build.compose_network_missing",
            "webapi_1   | 2019-08-16 08:14:10 | WARN  | LiveCore$$anon$1 | Redis-Server not running. Please start the Redis-Server.",
            also_ok=[SVC],
            note="Redis was running, but its compose service was not on the knora-net network the webapi is on, so the host name redis never reached it (restarting did not help); the maintainer: 'I forgot to add the net config', fixed in the compose file"),
    own_svc("cookiecutter/cookiecutter-django#2848", "build.env_var_missing",
            "Traceback (most recent call last):\n  File \"/usr/local/lib/python3.8/site-packages/environ/environ.py\", line 273, in get_value\n    value = self.ENVIRON[var]\n  File \"/usr/local/lib/python3.8/os.py\", line 675, in __getitem__\n    raise KeyError(key) from None\nKeyError: 'DATABASE_URL'",
            cmd="docker-compose -f local.yml exec -T django pytest", also_ok=[DB],
            note="the generated project's CI step runs pytest with `docker-compose exec`, while `docker-compose run --rm django pytest` works for the reporter: the variable is not in the exec'd process's environment; a question about the template's CI config, not a database outage"),
    # --- the build's own: Dockerfiles, build contexts and working directories ---------------------------------------------
    own("department-of-veterans-affairs/notification-api#1697", MISSING,
        "ci/Dockerfile:21\n--------------------\n  19 |\n  20 |     # Copy only necessary files for builder\n  21 | >>> COPY .git Makefile scripts/import-va-certs.sh poetry.lock pyproject.toml /\n  22 |\n  23 |     # Install dependencies\n--------------------\nERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref ii1t5jthje1wvt5sbld5cc50k::v3bv1twipfz3czb7sbkozxb7a: \"/.git\": not found",
        also_ok=[CTX],
        note="the nightly 'Update cached docker image' workflow broke 'after the Poetry PR was merged': the new ci/Dockerfile COPYs .git, which the build context does not contain; a Dockerfile/context change, the same every night (trailing blanks of two Dockerfile lines trimmed)"),
    own("uraimo/run-on-arch-action#30", MISSING,
        "> [2/3] COPY ./run-on-arch-install.sh /root/run-on-arch-install.sh:\n  failed to compute cache key: \"/run-on-arch-install.sh\" not found: not found",
        also_ok=[CTX],
        note="the reporter built one of the action's Dockerfiles directly; the maintainer: run-on-arch-install.sh 'is generated dynamically' by the action's scripts, so outside the action the file never exists"),
    own("microsoft/opensource.microsoft.com#49", PARSE,
        "Error response from daemon: Dockerfile parse error line 10: unknown instruction: ./NODE_MODULES/GULP/BIN/GULP.JS",
        cmd="docker build .",
        note="line 10 of the repository's Dockerfile runs gulp without a RUN instruction; the maintainer: 'We're not actively actually using the Dockerfile so it hasn't been tested lately' and pushed the fix"),
    own("aws/aws-codebuild-docker-images#235", PARSE,
        "Error response from daemon: Dockerfile parse error line 112: unknown instruction: &&",
        note="the PR adds the line-continuation backslash missing on the line before, 'preventing the Dockerfile from being run due to a parsing error'; merged"),
    own("kuda-io/kuda#2", CTX,
        "Step 3/13 : COPY ../../go.mod go.mod\nCOPY failed: forbidden path outside the build context: ../../go.mod ()\nmake: *** [docker-build-manager] Error 1",
        cmd="make docker-build", also_ok=[MISSING],
        note="the manager's Dockerfile copies ../../go.mod, outside the directory make passes as the build context; the maintainer assigned the fix to himself"),
    own("streamsets/datacollector-docker#14", CTX,
        "COPY failed: stat /var/lib/docker/tmp/docker-builder663234556/sdc-configure.sh: no such file or directory",
        also_ok=[MISSING],
        note="the ** bold dropped; the maintainer: images are pushed to Docker Hub anyway, 'did you clone down the repo before running your build?': the Dockerfile was built without the script beside it"),
    own("docker-archive-public/docker.labs#381", "build.artifact_path_missing",
        "COPY failed: stat /var/lib/docker/tmp/docker-builder037642014/target/java_docker-1.0-SNAPSHOT.jar: no such file or directory",
        also_ok=[MISSING, CTX],
        note="the Java tutorial's Dockerfile copies target/java_docker-1.0-SNAPSHOT.jar, which exists only after the Maven package step; with no jar in the context the COPY fails every time (no maintainer answer; the log alone)"),
    own("software-mansion/smelter#656", CTX,
        "0.322 error: could not find `Cargo.toml` in `/root/project` or any parent directory",
        t="bk_raw", run="source ~/.cargo/env && cargo build --release --no-default-features", code=101, also_ok=[MISSING, "build.wrong_workdir"],
        note="slim.Dockerfile's WORKDIR /root/project holds no Cargo.toml when cargo runs, so the sources never reached the build; the backticks are cargo's own (trailing blanks trimmed); a layout/context problem of the build, nothing fetched"),
    own("docker-library/golang#458", "build.wrong_workdir",
        "STEP 3/3: RUN go build\n$GOPATH/go.mod exists but should not\nError: building at STEP \"RUN go build\": while running runtime: exit status 1",
        cmd="podman build .", also_ok=["build.go_module_config"],
        note="tianon: the image's default working directory is GOPATH, 'which you should definitely not be copying your project directly into'; `COPY . .` needs a WORKDIR like /app first"),
    own("udacity/nd064_course_1#29", "build.go_module_config",
        " > [4/4] RUN go build  -o helloworld:\n#9 3.219 go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n------\nexecutor failed running [/bin/sh -c go build  -o helloworld]: exit code: 1",
        also_ok=[MISSING],
        note="the course's go-helloworld Dockerfile builds a module-less program with a Go that requires go.mod; fixed in the repository (PR #75)"),
    own("prakhar1989/docker-curriculum#280", "build.npm_script_missing",
        "Step 10/13 : RUN npm run build\n ---> Running in c5d483a8be7b\nnpm ERR! missing script: build\n\nnpm ERR! A complete log of this run can be found in:\nnpm ERR!     /root/.npm/_logs/2020-10-22T23_04_11_153Z-debug.log\nThe command '/bin/sh -c npm run build' returned a non-zero code: 1",
        cmd="docker build -t [mydockerhubusername]/foodtrucks-web .", also_ok=["build.wrong_workdir", "build.step_failed"],
        note="per-line backticks dropped; the answer: without `WORKDIR /opt/flask-app` 'npm run build is not executed in the correct directory', so npm finds no package.json script; the tutorial was later corrected"),
    own("docker/build-push-action#715", "build.secret_missing",
        "2022-10-30T18:08:13.0282382Z #5 0.219 cat: can't open '/run/secrets/EXPIRATION_TIME': No such file or directory\n2022-10-30T18:08:13.1790454Z #5 0.220 cat: can't open '/run/secrets/GMAIL_ACCOUNT': No such file or directory",
        also_ok=["build.env_var_missing"],
        note="the Dockerfile mounts six secrets by id and cats them, but the build receives none of those ids, so every mount is empty; the reporter's workflow and secrets setup, not the builder (the thread was closed without a change to the action)"),
    # --- the build's own: compile errors and toolchains inside image builds -----------------------------------------------
    own("bitcoin-s/bitcoin-s-ts#146", COMPILE,
        "#20 2.622 TSError: \u2a2f Unable to compile TypeScript:\n#20 2.622 build/buildVersion.ts(6,26): error TS2307: Cannot find module 'common-ts/util/fs-util' or its corresponding type declarations.",
        also_ok=["build.missing_file"],
        note="the image build runs a package's `npm run build` before the monorepo's shared common-ts package is built; the merged PR adds `npm run build` at the monorepo root in the Dockerfile"),
    own("docmost/docmost#479", COMPILE,
        "src/collaboration/collaboration.util.ts:34:8 - error TS2307: Cannot find module '@docmost/editor-ext' or its corresponding type declarations.",
        t="bk_raw", run="pnpm build", also_ok=["build.missing_file"],
        note="a fresh clone of main fails in the Dockerfile's `RUN pnpm build`: the server cannot resolve the workspace package @docmost/editor-ext (an earlier report, #79, hit the same); the workspace build, not a package registry"),
    own("rustdesk/rustdesk#3008", COMPILE,
        "   Compiling rustdesk v1.2.0 (/home/user/rustdesk)\nerror[E0583]: file not found for module `version`\n  --> src/lib.rs:25:1\n   |\n25 | mod version;\n   | ^^^^^^^^^^^^\n   |\n   = help: to create the module `version`, create file \"src/version.rs\" or \"src/version/mod.rs\"",
        also_ok=[MISSING],
        note="the documented rustdesk-builder container compiles a checkout with no src/version.rs, so every crate reference to VERSION fails too (labelled bug; the same seen on Windows in #2963); the project's sources, not a crates.io fault"),
    own("samie/spring-ai-chat#2", COMPILE,
        "46.41 [ERROR] /usr/src/app/src/test/java/com/example/demo/DevDemoApplication.java:[10,33] package org.testcontainers.ollama does not exist\n46.41 [ERROR] /usr/src/app/src/test/java/com/example/demo/DevDemoApplication.java:[24,9] cannot find symbol\n46.41 [ERROR]   symbol:   class OllamaContainer\n46.41 [ERROR]   location: class com.example.demo.DevDemoApplication",
        also_ok=["build.dependency_not_found"],
        note="the Maven build inside docker build test-compiles a class using Testcontainers' Ollama module, which the project's dependencies do not put on the classpath; open with no answer, every build the same"),
    own("onsi/ginkgo#985", "build.tool_outdated",
        "#10 7.637 # github.com/onsi/ginkgo/v2/types\n#10 7.637 /go/pkg/mod/github.com/onsi/ginkgo/v2@v2.1.4/types/code_location.go:30:19: undefined: os.ReadFile\n#10 7.637 /go/pkg/mod/github.com/onsi/ginkgo/v2@v2.1.4/types/flags.go:125:23: undefined: io.Discard\n#10 7.637 note: module requires Go 1.18",
        also_ok=[COMPILE, "build.toolchain_missing"],
        note="`RUN go build` in the reporter's image compiles ginkgo v2, which needs Go 1.18 ('note: module requires Go 1.18'); the maintainer expects a toolchain issue and asks which Go the build uses; a download fault plays no part"),
    own("combor/k8s-mongo-labeler-sidecar#89", "build.tool_outdated",
        "0.275 go: go.mod requires go >= 1.22.0 (running go 1.21.13; GOTOOLCHAIN=local)",
        t="bk_raw", run="CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} go build -o /primary-sidecar", also_ok=["build.toolchain_missing", "build.go_module_config"],
        note="master's go.mod moved to Go 1.22 while the Dockerfile's builder stage still uses a 1.21 golang image; the reporter: 'you need to update the docker image to golang 1.22 in the Dockerfile'"),
    # --- the build's own: architectures and permissions -------------------------------------------------------------------
    own("ot4i/ace-docker#174", "build.platform_unsupported",
        "#42 0.104 /opt/ibm/ace-12/ace: line 205: /opt/ibm/ace-12/common/jdk/jre/bin/java: cannot execute binary file: Exec format error\n#42 0.105 /opt/ibm/ace-12/ace: line 302: /opt/ibm/ace-12/server/bin/mqsiexplain: cannot execute binary file: Exec format error",
        also_ok=[ARCH, "builder.exec_format"],
        note="building on an M1 with --platform=arm64: the App Connect binaries the Dockerfile installs (its bundled java, mqsiexplain) cannot execute in the arm64 image; the product's platform support, the same on every build, not a builder fault"),
    own("timbru31/docker-java-node#518", ARCH,
        "Step 4/6 : RUN npm install && npm install -g @angular/cli\n ---> Running in 612d3b2f7e7f\nstandard_init_linux.go:211: exec user process caused \"exec format error\"\nERROR: Service 'fm' failed to build: The command '/bin/bash -o pipefail -c npm install && npm install -g @angular/cli' returned a non-zero code: 1",
        also_ok=["build.platform_unsupported", "builder.exec_format"],
        note="an arm64 EC2 host building FROM timbru31/java-node:latest: the first RUN cannot execute the base image's binaries; the reporter switched to another base image, installed node on it himself, and the same command worked"),
    own("Toilal/stealthbox#24", ARCH,
        "Step 5 : RUN rm -f /etc/apt/apt.conf.d/docker-gzip-indexes\n ---> Running in af7328358020\nexec format error",
        cmd="docker build -t stealthbox .", also_ok=["build.platform_unsupported"],
        note="building on an ARM server FROM phusion/baseimage:0.9.16, an x86-64 image: the first RUN's shell cannot execute on the host; the image choice, every build the same"),
    own("code-with-the-italians/androidskills.dev#18", NOEXEC,
        "process \"/bin/sh -c ./gradlew --no-daemon --version\" did not complete successfully: exit code: 126",
        t="bk_raw", run="./gradlew --no-daemon --version", code=126, also_ok=["build.step_failed", "local.permission_denied"],
        note="api/gradlew is committed as 100644, so on the Linux runner `./gradlew` is permission-denied (local Docker Desktop builds passed because it adds the exec bit); the merged PR adds `RUN chmod +x gradlew`"),
    own("Netflix/conductor#1736", NOEXEC,
        "/bin/sh: 1: ./gradlew: Permission denied",
        cmd="docker-compose build", also_ok=["build.step_failed", "local.permission_denied"],
        note="the 2.27.2 release's docker/server Dockerfile runs ./gradlew, which lacks the execute bit in that source tree; the reporter's workaround adds `RUN chmod +x ./gradlew`"),
    # --- the service side, in the same tools ------------------------------------------------------------------------------
    net("apache/superset#40874", "connectivity", "connectivity.reset", True, "service", None,
        "#15 [linux/arm64 build 4/4] RUN npm ci && npm run build\n#15 49.22 npm error code ECONNRESET\n#15 49.23 npm error network read ECONNRESET\n#15 ERROR: process \"/bin/sh -c npm ci && npm run build\" did not complete successfully: exit code: 152",
        host_alt=["registry.npmjs.org"], also_ok=["connectivity.package_mirror", "connectivity.eof"],
        note="the docker-build job failed ~25% of master runs (8/32) 'almost every failure is the same transient': a single dropped connection to the npm registry; the PR only raises npm's fetch retries, so a re-run passes"),
    net("caipe-io/ai-platform-engineering#859", "connectivity", "connectivity.forbidden", True, "service", "registry.npmjs.org",
        "403 Forbidden - GET https://registry.npmjs.org/strip-ansi/-/strip-ansi-6.0.1.tgz",
        t="bk_raw", run="npm ci", also_ok=["connectivity.package_mirror", "credentials.forbidden"],
        note="reads like a denied package, but strip-ansi@6.0.1 is still published (HTTP 200, integrity matches the lockfile): 'The 403 was a transient npm CDN issue on the GitHub Actions runner'; the PR wraps npm install in a retry loop (one backticked fragment of the author's quote kept)"),
    gop("Qovery/qovery-cli#703", "goproxy", "goproxy.fetch_failed", True, "service", "proxy.golang.org",
        "#16 [builder 4/6] RUN go mod download\n#16 60.34 go: go4.org@v0.0.0-20260112195520-a5071408f32f:\n  read \"https://proxy.golang.org/go4.org/@v/...mod\":\n  stream error: stream ID 171; INTERNAL_ERROR; received from peer",
        also_ok=["connectivity.stream_reset", "goproxy.server_error"],
        note="the v1.168.5 release's container job: 'A transient HTTP/2 stream reset on the way to the Go module proxy. The tag itself was fine' (other jobs on the same commit were green); the PR adds retries and module caches (the wrapping and the '...' are the author's)"),
    gop("jupyter-infra/jupyter-k8s#414", "connectivity", "connectivity.server_error", True, "service", "gopkg.in",
        "go: gopkg.in/evanphx/json-patch.v4@v4.12.0: ... git fetch ... exit status 128:\nfatal: unable to access 'https://gopkg.in/evanphx/json-patch.v4/': The requested URL returned error: 502",
        t="bk_raw", run="go mod download", also_ok=["goproxy.server_error", "goproxy.fetch_failed"],
        note="'Root cause was a transient upstream 502, not a code defect' in all three image builds of the release; the amd64 leg downloaded fine and the failed jobs were re-run (the elisions are the author's)"),
    net("apache/camel-k#5920", "connectivity", "connectivity.connect_timeout", True, "service", None,
        "#13 135.6 Exception in thread \"main\" java.net.ConnectException: Connection timed out\n#13 135.6 \tat java.base/sun.nio.ch.Net.connect0(Native Method)\n#13 135.6 \tat java.base/sun.nio.ch.Net.connect(Net.java:579)",
        host_alt=["archive.apache.org"], also_ok=["connectivity.timeout", "connectivity.package_mirror"],
        note="labelled test/flakiness: the nightly workflow's image build 'sometime fails due to some timeout in mvnw internal downloads' of the Maven distribution; the log names no host (the previous step points the wrapper at archive.apache.org)"),
    net("apache/maven-surefire#282", "connectivity", "connectivity.package_mirror", True, "service", "repo.maven.apache.org",
        "[ERROR] Plugin org.codehaus.mojo:javacc-maven-plugin:2.6 or one of its dependencies could not be resolved: Failed to read artifact descriptor for org.codehaus.mojo:javacc-maven-plugin:jar:2.6: Could not transfer artifact org.codehaus.mojo:mojo-parent:pom:22 from/to central (https://repo.maven.apache.org/maven2): Transfer failed for https://repo.maven.apache.org/maven2/org/codehaus/mojo/mojo-parent/22/mojo-parent-22.pom 503 Backend unavailable, connection timeout",
        also_ok=["connectivity.server_error", "connectivity.gateway_timeout"],
        note="a dependency bump's CI failed in an integration test's build log; the author traced it: 'Failure is a network flake in central on one node', nothing in the change"),
    net("moby/moby#21512", "connectivity", "connectivity.package_mirror", True, "service", "httpredir.debian.org",
        "07:19:41 E: Failed to fetch http://httpredir.debian.org/debian/pool/main/p/python3-defaults/python3-minimal_3.4.2-2_amd64.deb  Error reading from server. Remote end closed connection",
        also_ok=["connectivity.reset", "connectivity.eof"],
        note="'a lot of apt related failures when building Docker, especially on CI': the mirror httpredir hands out closes the download mid-way now and then; the issue explores more reliable mirror setups, the Dockerfile itself is not at fault"),
    net("lowlighter/metrics#442", "connectivity", "connectivity.connect_timeout", True, "service", "ghcr.io",
        "  Error response from daemon: Head https://ghcr.io/v2/lowlighter/metrics/manifests/v3.12-beta: dial tcp 140.82.112.34:443: i/o timeout",
        host_alt=["140.82.112.34:443", "140.82.112.34"], also_ok=["registry.server_error", "connectivity.timeout"],
        note="the maintainer's own report: 'If GitHub registry timeout for metrics to download the prebuilt image, the whole action fails', and asks for a retry or a fallback to building the image; the registry's timeout, not the workflow"),
    svc("supabase/setup-cli#131", "registry", "registry.server_error", True, "service", "ghcr.io",
        "Run supabase start\nPulling images... (1/13)\nError response from daemon: received unexpected HTTP status: 500 Internal Server Error\nRetrying after 4s: ghcr.io/supabase/postgres:14.1.0.[8]\nError response from daemon: unauthorized\nRetrying after 8s: ghcr.io/supabase/postgres:14.1.0.89\nError: Error response from daemon: Head \"https://ghcr.io/v2/supabase/postgres/manifests/14.1.0.89\": received unexpected HTTP status: 500 Internal Server Error\nTry rerunning the command with --debug to troubleshoot the error.\nError: Process completed with exit code 1.",
        raw_is_log=True, also_ok=["registry.outage", "github.outage"],
        note="`supabase start` cannot pull the local Postgres stack for the tests: ghcr.io answered 500 during GitHub's incident of 2023-01-30, and 'with that resolved ... it seems to have indeed been that' (the bracketed digit is the log viewer's link markup as pasted)"),
    svc("topoteretes/cognee#3053", "connectivity", "connectivity.timeout", True, "service", "registry-1.docker.io",
        "/usr/bin/docker pull pgvector/pgvector:pg17\nError response from daemon: Get \"https://registry-1.docker.io/v2/\": ... timeout",
        also_ok=["registry.dockerhub_pull_limit", "registry.metadata_timeout"],
        note="the pgvector `services:` container is pulled anonymously from Docker Hub during job setup, before any step, and 'hit Docker Hub rate-limits / network timeouts from Actions' shared IPs' now and then; the PR mirrors the image to GHCR (the '...' is the author's)"),
]
