"""Dev-set entries, batch 42 (a job's own service containers and test infrastructure beside real outages. GitHub
Actions `services:` whose health check never passes (a postgres image that now wants a password, a health command
the image cannot run); databases a job dials while they are still starting or restarting (psycopg2, lib/pq, psql
under puppet and make, a MySQL client in a compose job); Testcontainers pulls that hit Docker Hub's limit or an ECR
pull-through cache without a login, Ryuk that the test host cannot reach; kind, k3d and minikube clusters that fail
on the runner (inotify limits, a container that does not start, a setup action broken by a new minikube);
Playwright browser downloads reset, timed out or cut short by the CDN and by corporate networks, webdriver-manager
asking chromedriver's old bucket for versions it no longer carries; `docker compose up` on ports another process
holds and on external networks nobody created, `docker compose pull` of tags that were never published and during
Docker Hub's own trouble; Elasticsearch refusing to boot on a host with a low vm.max_map_count). `err` is verbatim
from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside
Markdown (blockquote markers, italics) only that markup was dropped and trailing blanks trimmed, never a word of the
log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line.
Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing call;
an inferred one goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"jentic/jentic-one#1357", "kairos-io/kairos#4543", "sourcetoad/DevopsToolKit#24"}

B = Batch(PULLS)
svc = B.family("services")
bld = B.build()
loc = B.local()
conn = B.family("connectivity")
reg = B.family("registry")

HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
PW_CDN = ["playwright.azureedge.net", "playwright-akamai.azureedge.net", "playwright-verizon.azureedge.net"]
NOT_READY = "build.test_db_not_ready"
HEALTH = "build.service_unhealthy"
PORT = "local.port_in_use"
EXT_NET = "build.compose_network_missing"
MAP_COUNT = "local.max_map_count_low"
WDM = "build.driver_download_outdated"
MISMATCH = "build.browser_driver_mismatch"
DOCKER_ENV = "build.docker_env_misconfigured"

E = [
    # --- GitHub Actions service containers: health checks that never pass --------------------------------------------
    bld("niclin/rails-github-actions-example#7", HEALTH,
        "##[error]Failed to initialize, postgres service is unhealthy.",
        raw_is_log=True, also_ok=["build.test_db_unreachable", "build.test_service_unreachable"],
        note="the postgres image began to refuse starting without POSTGRES_PASSWORD (Feb 2020); every run fails until the workflow's service sets a password (fixed in the repository's PR #8)"),
    bld("typesense/typesense#441", HEALTH,
        "/usr/bin/docker inspect --format=\"{{if .Config.Healthcheck}}{{print .State.Health.Status}}{{end}}\" c45d5a57a553df994ce764614c72decb5c59d195c00ce085cf2dcff1ffc885f5\nunhealthy\nError: Failed to initialize, typesense service is unhealthy.",
        raw_is_log=True, also_ok=["build.test_service_unreachable"],
        note="the workflow's --health-cmd runs curl inside typesense/typesense, an image without curl, so the check can never pass (the same image runs fine under compose without that check); nothing a re-run changes"),
    # --- databases not ready yet ------------------------------------------------------------------------------------
    svc("conbench/conbench#1501", "build", NOT_READY, True, "build", None,
        "psycopg2.OperationalError: connection to server at \"db\" (172.19.0.3), port 5432 failed: FATAL:  the database system is starting up",
        cmd="make run-app-dev", host_alt=["db", "172.19.0.3", "db:5432", "172.19.0.3:5432"], also_ok=["build.test_db_unreachable"],
        note="'ci instability: db migrations': the migrations connect while the compose postgres is still in recovery/startup; 'This went away with a retry'"),
    svc("open-telemetry/opentelemetry-collector-contrib#50144", "build", NOT_READY, True, "build", None,
        "    integration_test.go:406:\n        \tError Trace:\t/home/runner/work/opentelemetry-collector-contrib/opentelemetry-collector-contrib/receiver/postgresqlreceiver/integration_test.go:406\n        \tError:      \tReceived unexpected error:\n        \t            \tpq: the database system is starting up (57P03)\n        \tTest:       \tTestExplainQueryParamCount/repeated_placeholder_counts_as_one_parameter",
        cmd="make integration-test", also_ok=["build.test_db_unreachable", "build.test_failed"],
        note="a flaky integration test: it queries the test postgres container before startup finished; the fix waits for readiness in the test (a re-run usually passes)"),
    svc("jentic/jentic-one#1357", "build", NOT_READY, True, "build", None,
        "psql: error: connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" failed: FATAL:  the database system is shutting down\nmake: *** [Makefile:130: start-fixtures] Error 2",
        cmd="make start-fixtures", also_ok=["build.test_db_unreachable"],
        note="postgres:16's entrypoint runs a temporary server for init scripts and restarts; the readiness loop's one SELECT 1 lands in that window and the next unretried psql dies; 'only went green on attempt 2' (the PR retries through the restart)"),
    svc("puppetlabs/puppetlabs-postgresql#198", "build", NOT_READY, True, "build", None,
        "Notice: /Stage[main]/Postgresql::Server/Service[postgresqld]/ensure: ensure changed 'stopped' to 'running'\nError: /Stage[main]/Puppetdb::Database::Postgresql_db/Postgresql::Db[puppetdb]/Postgresql::Database[puppetdb]/Postgresql_psql[Check for existence of db 'puppetdb']: Could not evaluate: Error evaluating 'unless' clause: 'psql: FATAL:  the database system is starting up\n'",
        raw_is_log=True, also_ok=["build.test_db_unreachable"],
        note="'intermittent failures in our CI': the module queries postgres right after starting the service; the maintainer asks the provider to back off and retry on 'starting up'"),
    svc("openemr/openemr#11643", "build", NOT_READY, True, "build", None,
        "ERROR: unable to connect to database as root\nERROR 2002 (HY000): Can't connect to server on 'mysql' (115)\nProcess completed with exit code 1.",
        raw_is_log=True, host_alt=["mysql", "mysql:3306"], also_ok=["build.test_db_unreachable", "build.test_service_unreachable"],
        note="labelled flaky-tests: the setup script dials the compose MySQL container before it accepts connections; 'requiring manual retries' (the fix is a readiness wait in CI)"),
    # --- Testcontainers ---------------------------------------------------------------------------------------------
    reg("helidon-io/helidon#9388", "registry", "registry.dockerhub_pull_limit", True, "service", None,
        "org.testcontainers.containers.ContainerLaunchException: Container startup failed for image pgsql:latest\n\n. . .\n\nCaused by: com.github.dockerjava.api.exception.DockerClientException: Could not build image: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
        cmd="mvn verify -pl tests/integration/dbclient/pgsql", host_alt=HUB, also_ok=["registry.rate_limited"],
        note="labelled intermittent: Testcontainers builds a test image FROM a Docker Hub base anonymously and the runner's shared IP is over Docker Hub's pull limit; the '. . .' is the issue's own elision; docker.com's link names no failing host"),
    B.entry("services", "testcontainers/testcontainers-java#8454", "credentials", "credentials.no_basic_auth", False, "build", None,
        "[docker-java-stream--183073249] ERROR com.github.dockerjava.api.async.ResultCallbackTemplate - Error during callback\ncom.github.dockerjava.api.exception.InternalServerErrorException: Status 500: {\"message\":\"Head \\\"https://REDACTED.dkr.ecr.us-east-2.amazonaws.com/v2/docker-hub/library/rabbitmq/manifests/3-alpine\\\": no basic auth credentials\"}",
        cmd="./gradlew integrationTest", also_ok=["credentials.missing", "credentials.unauthorized"],
        note="Testcontainers pulls rabbitmq through an ECR pull-through cache the daemon holds no login for, and retried thousands of HEADs inside its two-minute pull budget (the PR adds an interval); the account is redacted, so no host"),
    loc("testcontainers/testcontainers-java#4954", "local.ryuk_unreachable", False,
        "00:13:12.080 [main] ERROR o.t.utility.ResourceReaper - Timed out waiting for Ryuk container to start. Ryuk's logs:\n2022/01/27 00:12:42 Pinging Docker...\n2022/01/27 00:12:42 Docker daemon is available!\n2022/01/27 00:12:42 Starting on port 8080.",
        raw_is_log=True, also_ok=["local.docker_daemon_down"],
        note="Selenium webdriver containers on a Jenkins agent: Ryuk itself starts (its logs say so) but the test JVM cannot reach its mapped port on 'localhost' from that agent; locally the same tests pass; the thread gives no fix"),
    loc("testcontainers/testcontainers-java#621", "local.ryuk_unreachable", True,
        "WARN  # org.testcontainers.utility.ResourceReaper.lambda$start$2 Can not connect to Ryuk at localhost:35047\n        java.net.SocketException: Broken pipe (Write failed)",
        raw_is_log=True, host_alt=["localhost:35047", "localhost"],
        note="'On our slow Jenkins Ryuk doesn't start consistently in 5 seconds hardcoded in ResourceReaper#start': a loaded agent misses the timeout now and then; PR #635 raised it and made it configurable"),
    # --- kind, k3d and minikube on the runner -----------------------------------------------------------------------
    loc("kairos-io/kairos#4543", "local.test_cluster_failed", True,
        "ERRO[0045] Failed Cluster Start: Failed to start server k3d-96acd3e95f-server-0:\n             runtime failed to start node: docker failed to start container\nERRO[0045] Failed to create cluster >>> Rolling Back\nFATA[0046] Cluster creation FAILED, all changes have been rolled back!",
        cmd="bash .github/encryption-tests.sh", also_ok=["local.docker_daemon_broken"],
        note="a PR touching only goreleaser files goes red before any spec runs: the runner's dockerd fails to start the k3d server container once; k3d rolls back cleanly, so the PR wraps `k3d cluster create` in the script's retry helper"),
    bld("manusa/actions-setup-minikube#122", "build.tool_incompatible",
        "Error: Command failed: sudo chown -R $USER $HOME/.kube /home/runner/work/_temp/.minikube",
        raw_is_log=True,
        note="the setup action's install step assumed a layout minikube 1.34.0 no longer creates; pinning minikube 1.33.1 or the fixed action release resolves it; every run fails the same"),
    # --- Playwright browser downloads --------------------------------------------------------------------------------
    conn("microsoft/playwright#14853", "connectivity", "connectivity.reset", True, "service", None,
        "UnhandledPromiseRejectionWarning: Error: Failed to download Chromium 102.0.5005.40 (playwright build v1005), caused by\n.../node_modules/playwright install: Error: read ECONNRESET",
        cmd="npm ci", host_alt=PW_CDN, also_ok=["connectivity.package_mirror"],
        note="Vite's and Bitbucket users' CI hit it the same hour: Playwright's browser CDN resetting downloads (an outage on the CDN side; later runs pass); the '...' is the reporter's elision"),
    conn("microsoft/playwright#14790", "connectivity", "connectivity.reset", True, "service", None,
        "Playwright build of chromium v1000 downloaded to /home/runner/.cache/ms-playwright/chromium-1000\nPlaywright build of ffmpeg v1007 downloaded to /home/runner/.cache/ms-playwright/ffmpeg-1007\n/home/runner/work/[REDACTED]/node_modules/playwright-core/lib/server/registry/index.js:613\n      throw new Error(`Failed to download ${title}, caused by\\n${e.stack}`);\n            ^\n\nError: Failed to download firefox v1322, caused by\nError: read ECONNRESET",
        cmd="npx playwright install", host_alt=PW_CDN, also_ok=["connectivity.package_mirror"],
        note="'happening again at the moment' on GitHub Actions (2022-09-07, others report the same that day): the CDN resets the firefox download after chromium came through; the later fix adds mirror fallbacks"),
    conn("microsoft/playwright#5442", "connectivity", "connectivity.timeout", True, "service", "13.107.246.13:443",
        "Error: Failed to download chromium, caused by\ndeasync@0.1.20 install /__w/1/s/investor-zone/node_modules/deasync\nError: connect ETIMEDOUT 13.107.246.13:443",
        cmd="npm ci", host_alt=["13.107.246.13", *PW_CDN], also_ok=["connectivity.package_mirror"],
        note="Azure DevOps in a bionic:playwright container; the CDN answered 'Our services aren't available right now' in a browser, 'affecting all versions'; a CDN outage, later installs pass (npm's interleaved install line kept)"),
    conn("microsoft/playwright#5233", "connectivity", "connectivity.timeout", True, "service", "13.107.246.13:443",
        "Failed to install browsers, caused by\nError: Failed to download chromium, caused by\nError: connect ETIMEDOUT 13.107.246.13:443\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1107:14)\n    at browserFetcher.downloadBrowserWithProgressBar.catch.e (/Users/runner/work/playwright/playwright/lib/install/installer.js:106:19)\nnpm ERR! code ELIFECYCLE\nnpm ERR! errno 1",
        cmd="npm ci", host_alt=["13.107.246.13", *PW_CDN], also_ok=["connectivity.package_mirror"],
        note="Playwright's own macOS bots (P1-resolve-asap): the download CDN endpoint times out; nothing in the PR under test"),
    conn("opstrace/opstrace#694", "connectivity", "connectivity.cut_short", True, "service", None,
        "[2021-05-06T08:07:52Z] (node:1965) UnhandledPromiseRejectionWarning: Error: Failed to download chromium, caused by\n[2021-05-06T08:07:52Z] Error: unexpected end of file\n[2021-05-06T08:07:52Z]     at Zlib.zlibOnError [as onerror] (zlib.js:182:17)\n[2021-05-06T08:07:52Z]     at /build/node_modules/playwright/lib/install/installer.js:130:19",
        cmd="yarn install --frozen-lockfile", host_alt=PW_CDN, also_ok=["connectivity.eof", "connectivity.reset"],
        note="labelled ci-instability on Buildkite: the chromium archive arrives truncated and unzip fails; a scheduled build that passes on the next run (closed into the project's tracking issue for flaky downloads)"),
    conn("microsoft/playwright-python#574", "connectivity", "connectivity.reset", False, "local", None,
        "Failed to install browsers\nError: Failed to download chromium, caused by\nError: read ECONNRESET\n    at TLSWrap.onStreamRead (internal/stream_base_commons.js:209:20)",
        cmd="python -m playwright install", host_alt=PW_CDN, also_ok=["connectivity.proxy_misconfigured"],
        note="the maintainer: 'You are either behind a firewall or proxy that blocks Microsoft CDN or your corporate network chose to not trust its certificates'; the same every time from that network"),
    conn("microsoft/playwright#7904", "connectivity", "connectivity.proxy_misconfigured", False, "local", None,
        "Error: Failed to download chromium v901522, caused by\nError: read ECONNRESET\n    at TLSWrap.onStreamRead (node:internal/stream_base_commons:211:20)",
        cmd="npx playwright install", host_alt=PW_CDN, also_ok=["connectivity.reset"],
        note="a workplace CentOS VM with HTTPS_PROXY set: 'it happens every single time'; the connection through the corporate proxy is reset, not a sporadic CDN failure"),
    conn("microsoft/playwright#14616", "connectivity", "connectivity.timeout", False, "local", "13.107.227.58:443",
        "Downloading Chromium 102.0.5005.40 (playwright build v1005)...\nFailed to install browsers\nError: Failed to download Chromium 102.0.5005.40 (playwright build v1005), caused by\nError: connect ETIMEDOUT 13.107.227.58:443\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1161:16)\nException in thread \"main\" java.lang.RuntimeException: Failed to create driver",
        raw_is_log=True, host_alt=["13.107.227.58", *PW_CDN], also_ok=["connectivity.proxy_misconfigured"],
        note="Playwright for Java 'executing from a company or enterprise' network: the snippet gives its proxy to the launched browser only, while the driver's own browser download dials the CDN directly and times out (read from the thread's code and environment; the issue was closed without a service incident)"),
    # --- Selenium: webdriver-manager and chromedriver ---------------------------------------------------------------
    bld("SergeyPirogov/webdriver_manager#538", WDM,
        "There is no such driver by url https://chromedriver.storage.googleapis.com/LATEST_RELEASE_115.0.5790",
        cmd="python -m pytest tests/e2e", host_alt=["chromedriver.storage.googleapis.com"], also_ok=["build.download_not_found"],
        note="Chrome 115 moved chromedriver to the Chrome for Testing endpoints; the old bucket has no LATEST_RELEASE_115; fixed in webdriver-manager 3.9.0 (an upgrade, never a re-run)"),
    bld("SergeyPirogov/webdriver_manager#550", WDM,
        "ValueError: There is no such driver by url https://chromedriver.storage.googleapis.com/114.0.5735.199/chromedriver_win32.zip",
        cmd="python run_tests.py", host_alt=["chromedriver.storage.googleapis.com"], also_ok=["build.download_not_found"],
        note="webdriver-manager 3.9.1 maps the installed Chrome 114.0.5735.199 to a chromedriver build the bucket never had (it holds 114.0.5735.90); reverting to 3.8.5 fixes it"),
    # --- Selenium: chromedriver against the runner's Chrome -----------------------------------------------------------
    bld("vega/altair#2174", MISMATCH,
        ">       raise exception_class(message, screen, stacktrace)\nE       selenium.common.exceptions.SessionNotCreatedException: Message: session not created: This version of ChromeDriver only supports Chrome version 81",
        cmd="python -m pytest --doctest-modules altair", also_ok=["build.test_failed"],
        note="the workflow installs chromium-chromedriver from apt while GitHub's runner image ships a newer google-chrome-stable: 'likely due to github updating what's installed'; fixed by syncing the two in the workflow"),
    bld("actions/runner-images#2167", MISMATCH,
        "Error: System.InvalidOperationException: session not created: This version of ChromeDriver only supports Chrome version 87\nCurrent browser version is 86.0.4240.198 with binary path C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe (SessionNotCreated)",
        cmd="dotnet test", also_ok=["build.test_failed"],
        note="the maintainer: the image's Chrome and ChromeDriver are both 86; 'one of the developers added the nuget for the chrome driver', so the tests run a newer driver (blockquote markers dropped)"),
    bld("browser-actions/setup-chrome#329", MISMATCH,
        "[0-0] webdriver: Request failed with status 500 due to session not created: This version of ChromeDriver only supports Chrome version 111\n[0-0] Current browser version is 110.0.5481.177 with binary path /usr/bin/google-chrome",
        cmd="npx wdio run wdio.conf.js", also_ok=["build.test_failed"],
        note="the project bumps its chromedriver package faster than the runner image updates Chrome, and the Chrome the action installs sits where chromedriver looks last; the same on every run until versions agree"),
    bld("projectblacklight/blacklight#2090", MISMATCH,
        "Selenium::WebDriver::Error::SessionNotCreatedError:\n       session not created: This version of ChromeDriver only supports Chrome version 74\n         (Driver info: chromedriver=74.0.3729.6 (255758eccf3d244491b8a1317aa76e1ce10d57e9-refs/branch-heads/3729@{#29}),platform=Linux 4.15.0-1026-gcp x86_64)",
        cmd="bundle exec rake ci", also_ok=["build.test_failed"],
        note="the driver helper fetched chromedriver 74 (the newest) for the CI's Chrome 73; the PR updates the chromedriver setup in the repository"),
    # --- Testcontainers without a Docker to talk to -----------------------------------------------------------------
    bld("testcontainers/testcontainers-java#1758", DOCKER_ENV,
        "    22:14:29.036 [Test worker] DEBUG org.testcontainers.dockerclient.DockerClientProviderStrategy - EnvironmentAndSystemPropertyClientProviderStrategy: failed with exception InvalidConfigurationException (ping failed)\n    22:14:29.039 [Test worker] DEBUG org.testcontainers.dockerclient.DockerClientProviderStrategy - UnixSocketClientProviderStrategy: failed with exception InvalidConfigurationException (ping failed). Root cause NoSuchFileException (/var/run/docker.sock)",
        cmd="./gradlew test", also_ok=["local.docker_daemon_down", "local.docker_socket_permission"],
        note="the Gradle build runs inside an Alpine container that has no Docker socket mounted and no DOCKER_HOST; Testcontainers finds no daemon (the quote stops before the cut ERROR line)"),
    bld("testcontainers/testcontainers-scala#175", DOCKER_ENV,
        "INFO DockerMachineClientProviderStrategy: docker-machine executable was not found on PATH ([/usr/local/openjdk-11/bin, /usr/local/sbin, /usr/local/bin, /usr/sbin, /usr/bin, /sbin, /bin])\nERROR DockerClientProviderStrategy: Could not find a valid Docker environment. Please check configuration. Attempted configurations were:",
        cmd="sbt test", host_alt=["docker:2376", "docker"], also_ok=["local.docker_daemon_down"],
        note="GitLab CI with a docker:dind service and DOCKER_HOST=tcp://docker:2376 (the TLS port) in an sbt image: the environment strategy times out and the socket fallback finds none; the same pipeline layout works for the reporter's Java projects, so the job's Docker settings, not an outage"),
    # --- docker compose up: ports and networks ----------------------------------------------------------------------
    loc("paunin/PostDock#123", PORT, False,
        "Starting dockercompose_pgpool_1 ... error\n\nERROR: for dockercompose_pgpool_1  Cannot start service pgpool: driver failed programming external connectivity on endpoint dockercompose_pgpool_1 (190a688ccfa12bd33d76cb41ecd3d0ae84c50b61a6f963be1ed1beaStarting dockercompose_pgslave2_1 ... done\n\nERROR: for pgpool  Cannot start service pgpool: driver failed programming external connectivity on endpoint dockercompose_pgpool_1 (190a688ccfa12bd33d76cb41ecd3d0ae84c50b61a6f963be1ed1beade7375b00): Bind for 0.0.0.0:9898 failed: port is already allocated\nERROR: Encountered errors while bringing up the project.",
        cmd="docker-compose -f ./docker-compose/postgres-9.6_pgpool-3.6_barman-2.3.yml up -d",
        note="another container or process on the host already publishes 9898 (some of this project's containers were already up-to-date from an earlier run); free the port or change the mapping (compose's interleaved progress line kept)"),
    loc("conventional-commits/conventionalcommits.org#71", PORT, False,
        "Creating conventionalcommitsorg_site_1 ... error\n\nERROR: for conventionalcommitsorg_site_1  Cannot start service site: driver failed programming external connectivity on endpoint conventionalcommitsorg_site_1 (fcf7ab101b75ced4d315a3854366c7b940ed21fa5edc6b3bf89ba83b7ed4102d): Bind for 0.0.0.0:80 failed: port is already allocated\n\nERROR: for site  Cannot start service site: driver failed programming external connectivity on endpoint conventionalcommitsorg_site_1 (fcf7ab101b75ced4d315a3854366c7b940ed21fa5edc6b3bf89ba83b7ed4102d): Bind for 0.0.0.0:80 failed: port is already allocated\nERROR: Encountered errors while bringing up the project.",
        cmd="docker-compose up",
        note="the compose file publishes port 80, which something else on the machine holds; the image pulled fine; a re-run fails the same until the port is freed"),
    loc("moby/moby#32318", PORT, False,
        "Creating network \"devboxes_default\" with the default driver\nCreating web-server-2\nCreating aperture-redis-dev\nCreating web-server-1\nCreating portal-dev\nCreating admin-dev\n\nERROR: for portal  Cannot start service portal: driver failed programming external connectivity on endpoint portal-dev (94c99e552d7cf9db94a83aa10950abee859bf585f1e3f7901d78ef513a9367a2): Bind for 0.0.0.0:443 failed: port is already allocated\nERROR: Encountered errors while bringing up the project.",
        cmd="docker-compose up -d", also_ok=["local.docker_daemon_broken"],
        note="Docker for Mac: the daemon refuses the host port 443 for the portal service; the reporter finds nothing listening and it 'persisted across reboot', so the allocation is held on the machine (a stale reservation or another published mapping), never cleared by a re-run"),
    bld("sourcetoad/DevopsToolKit#24", EXT_NET,
        "ERROR: Network nginx-proxy declared as external, but could not be found. Please create the network manually using `docker network create nginx-proxy` and try again.",
        cmd="docker-compose up --build -d",
        note="the compose file still names a network the toolkit no longer creates; the PR removes the references"),
    bld("SleekwareDB/sleekwaredb#34", EXT_NET,
        "ERROR: Network sleewaredb-network declared as external, but could not be found. Please create the network manually using `docker network create sleewaredb-network` and try again.",
        cmd="docker-compose up sleekwaredb-api",
        note="labelled bug: the project's compose file expects a network nobody creates at runtime ('We should create the network when running up the composer')"),
    bld("Aetrius/Bambulabs-Exporter#7", EXT_NET,
        "network bambulabs-exporter_default declared as external, but could not be found",
        cmd="docker-compose -f monitoring-compose.yml up -d",
        note="the monitoring compose file joins the main stack's default network as external; the instructions left out `docker network create bambulabs-exporter_default`, which fixed it"),
    # --- docker compose pull: tags and Docker Hub -------------------------------------------------------------------
    B.entry("services", "EcrituresNumeriques/stylo#1362", "build", "build.tag_not_found", False, "build", None,
        "Error response from daemon: manifest unknown",
        cmd="docker compose pull", also_ok=["build.invalid_reference"],
        note="production's compose pull asks for an image version that was not published ('C'est le cas quand les images/versions ne sont pas' there); compose marks every service failed for one missing tag (only the daemon's line is quoted: the progress lines' padding cannot be reproduced exactly)"),
    reg("mailcow/mailcow-dockerized#79", "registry", "registry.server_error", True, "service", None,
        "Feb 28 18:46:59 example dockerd[545]: time=\"2017-02-28T18:46:59.326883465+01:00\" level=error msg=\"Not continuing with pull after error: manifest unknown: manifest unknown\"\nFeb 28 18:46:59 example dockerd[545]: time=\"2017-02-28T18:46:59.327114925+01:00\" level=error msg=\"Handler for POST /v1.24/images/create returned error: manifest unknown: manifest unknown\"\nFeb 28 18:49:42 example dockerd[545]: time=\"2017-02-28T18:49:42.837110254+01:00\" level=error msg=\"Attempting next endpoint for pull after error: manifest unknown: manifest unknown\"\nFeb 28 18:49:42 example dockerd[545]: time=\"2017-02-28T18:49:42.837289553+01:00\" level=info msg=\"Translating \\\"manifest unknown: manifest unknown\\\" to \\\"manifest for mariadb:10.1 not found\\\"\"\nFeb 28 18:49:42 example dockerd[545]: time=\"2017-02-28T18:49:42.837355184+01:00\" level=error msg=\"Handler for POST /v1.24/images/create returned error: manifest for mariadb:10.1 not found\"",
        raw_is_log=True, host_alt=HUB, also_ok=["registry.artifact_not_found"],
        note="mariadb:10.1 exists; on 2017-02-28 (the S3 outage) Docker Hub answered 'manifest unknown' for official images: 'seems to me that docker is having temp. problems' with status.docker.com; later pulls pass"),
    reg("Clinical-Genomics/scout#5222", "registry", "registry.dockerhub_pull_limit", True, "service", None,
        "docker: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit.",
        cmd="docker run -d -p 27017:27017 mongo", host_alt=HUB, also_ok=["registry.rate_limited"],
        note="the test job starts its MongoDB container anonymously from Docker Hub on a shared runner IP; 'Tests have started working again now' the same day (italics markup dropped)"),
    # --- Elasticsearch on a host with a low vm.max_map_count --------------------------------------------------------
    loc("spujadas/elk-docker#334", MAP_COUNT, False,
        "ERROR: [1] bootstrap checks failed,\n[1]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144],\nERROR: Elasticsearch did not exit normally - check the logs at /var/log/elasticsearch/elasticsearch.log,",
        raw_is_log=True,
        note="the container shares the host kernel, whose vm.max_map_count stays at 65530; the fix is `sysctl -w vm.max_map_count=262144` on the host, never a re-run (the trailing commas are the paste's)"),
    loc("datahub-v2/deploy#20", MAP_COUNT, False,
        "[elasticsearch-1]2017-08-04T07:58:09.710413254Z [2017-08-04T07:58:09,710][WARN ][o.e.b.BootstrapChecks ] [fm_JrCl] max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]",
        raw_is_log=True,
        note="Elasticsearch on a Docker Cloud node: fixed by logging in to the node and running sysctl -w vm.max_map_count=262144"),
]
