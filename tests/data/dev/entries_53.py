"""Dev-set entries, batch 53 (image pushes and registry logins in CI: the docker CLI, docker/login-action,
docker/build-push-action and setup-buildx, aws-actions/amazon-ecr-login, GitLab and Travis jobs, nerdctl, skopeo,
containerd's ctr and Testcontainers. Docker Hub answering 500 and 504 mid-push, its load balancer's HAP429, a login
lockout for a Travis matrix, the unauthenticated pull limit hit right after a login, a 500 for the BuildKit image
setup-buildx boots, its token service timing out; Quay's 502s, EOFs and timeouts on pull and push; GHCR's random 403s
of September 2021 and 2022, a layer commit with no response, a private registry's 504s for a day; an ECR login whose
private-endpoint resolver timed out, an ECR token older than a long-lived agent's login, a deploy host that needed a
reboot; a 413 from an nginx proxy in front of Harbor, Harbor's token realm missing its custom port (a 404 page parsed
as JSON), registry certificates the client cannot verify (an unknown authority, no subject names, no IP SANs), a
Kubernetes network path that turns every push into a 504. Beside them the build's own: fork pull requests that get no
secrets (`denied: requested access to the resource is denied`, `Username and password required`), an ECR repository
URI given as a repository name, Docker Hub names that are not the account's (`insufficient_scope`), a repository never
created, a base64 auth with a trailing newline (`HTTP Basic: Access denied`), GITHUB_TOKEN without package write
(`permission_denied: write_package`, `installation not allowed to ... organization package`, a 403 on the first blob
upload), a BuildKit master image that loops on resets, an Artifact Registry step left without the job's credentials).
`err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted
a log inside Markdown (blockquote markers, backticks, bold, a link GitHub wrapped around a URL, paste indentation) only
that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's
own words or is cut, the entry stops at the last whole log line, and a shell prompt line is left out. Hosts follow the
README's strict rule: a host is given only where a line of the log names it for the failing call; an inferred, masked
or placeholder one goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"eko/pihole-exporter#35", "keikoproj/instance-manager#215", "envoyproxy/envoy-build-tools#197",
         "Snowfork/snowbridge#1272", "hyperledger-firefly/signer#74", "konflux-ci/rpm-lockfile-prototype#34"}

B = Batch(PULLS)
reg = B.family("registry")
conn = B.family("connectivity")
dns = B.family("dns")
bld = B.build()
loc = B.local()

HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]

E = [
    # --- Docker Hub: 5xx, gateway timeouts and rate limits on push, login and pull ---------------------------------------
    reg("docker/hub-feedback#1761", "registry", "registry.server_error", True, "service", None,
        "d46f9f76f72f: Retrying in 1 second\nd46f9f76f72f: Pushed\nreceived unexpected HTTP status: 500 Internal Server Error",
        cmd="docker push $IMAGE", host_alt=HUB, also_ok=["registry.outage"],
        note="'Random 500 errors' on pushes to Docker Hub from LSIO, AWS and GitLab CI (12 of 100 pushes failed); Docker acknowledged it and rolled out a fix the same day, after which pushes succeeded"),
    reg("moby/moby#13968", "registry", "registry.server_error", True, "service", None,
        "ee7645ded957: Pushing\ntime=\"2015-06-16T16:24:49+07:00\" level=\"fatal\" msg=\"HTTP code 504 while uploading metadata: unexpected end of JSON input\"\nBuild step 'Execute shell' marked build as failure",
        raw_is_log=True, host_alt=HUB, also_ok=["registry.gateway_timeout", "registry.outage"],
        note="Jenkins on AWS got 504s from Docker Hub on push and pull in the same morning hours ('I think docker hub got problem at this time'); a registry-side fault, not the job's (the trailing blank after the fatal line trimmed)"),
    reg("docker/hub-feedback#1907", "registry", "registry.rate_limited", True, "service", None,
        "error parsing HTTP 429 response body: invalid character 'T' looking for beginning of value: \"Too Many Requests (HAP429).\\n\"",
        host_alt=HUB, also_ok=["registry.dockerhub_pull_limit", "credentials.login_throttled"],
        note="Bitbucket Pipelines users all hit Docker Hub's load balancer answering HAP429 the same days (Oct 2019) though they made few requests; 'After pipeline is rerun it mostly works'"),
    reg("docker/hub-feedback#642", "credentials", "credentials.login_throttled", False, "service", None,
        "Error response from daemon: Login: Too many failed login attempts. You have been locked out for one hour. Try again later or contact support. (Code: 429; Headers: map[Content-Type:[application/json] Vary:[Cookie] X-Frame-Options:[SAMEORIGIN] Strict-Transport-Security:[max-age=31536000] Server:[nginx/1.6.2] Date:[Tue, 12 Apr 2016 20:37:05 GMT]])",
        cmd="docker login -e=\"$DOCKER_EMAIL\" -u=\"$DOCKER_USERNAME\" -p=\"$DOCKER_PASSWORD\"", host_alt=HUB, also_ok=["registry.rate_limited"],
        note="a Travis matrix logs in once per job with correct credentials and Docker Hub locks the account out 'for one hour'; a re-run soon lands in the same lockout (the next matrix job sometimes got through before the error came back)"),
    reg("docker/login-action#862", "registry", "registry.dockerhub_pull_limit", True, "service", None,
        "Error response from daemon: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit",
        host_alt=HUB, also_ok=["registry.rate_limited", "credentials.missing"],
        note="the job logged in with docker/login-action just before and only 'some time' gets this: Docker Hub counting a logged-in runner as anonymous now and then; other runs of the same workflow pass (the thread is still open, no fix in the workflow)"),
    reg("hystax/optscale#845", "registry", "registry.dockerhub_pull_limit", False, "service", "registry-1.docker.io",
        "FATA[0005] failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/hystax/keeper/manifests/sha256:7a5482821467c818a5d166b7a253be240802cb52c7eb554dc5778f883aa0b2b1: 429 Too Many Requests - Server message: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit",
        cmd="./runkube.py --with-elk --update-only -- test latest", also_ok=["registry.rate_limited"],
        note="the cluster update pulls through nerdctl after a login the registry accepted and still hits the window's limit; the maintainer: wait for the window to reset; the reporter ended up paying for a Pro account (a re-run minutes later fails the same)"),
    reg("docker/setup-buildx-action#445", "registry", "registry.server_error", True, "service", "registry-1.docker.io",
        "/usr/bin/docker buildx inspect --bootstrap --builder builder-bb495870-fb35-4d31-85a3-e87671835e55\n#1 [internal] booting buildkit\n#1 pulling image moby/buildkit:buildx-stable-1 0.1s done\n#1 ERROR: Error response from daemon: Head \"https://registry-1.docker.io/v2/moby/buildkit/manifests/buildx-stable-1\": received unexpected HTTP status: 500 Internal Server Error\n------\n > [internal] booting buildkit:\n------\nERROR: Error response from daemon: Head \"https://registry-1.docker.io/v2/moby/buildkit/manifests/buildx-stable-1\": received unexpected HTTP status: 500 Internal Server Error\nError: ERROR: Error response from daemon: Head \"https://registry-1.docker.io/v2/moby/buildkit/manifests/buildx-stable-1\": received unexpected HTTP status: 500 Internal Server Error",
        raw_is_log=True, also_ok=["builder.init_failed", "registry.outage"],
        note="setup-buildx cannot boot its builder because Docker Hub answers 500 for the moby/buildkit manifest (Sept 2025, several reporters at once); nothing in the workflow, later runs pass"),
    conn("fsfe/reuse-action#14", "connectivity", "connectivity.client_timeout", True, "service", "auth.docker.io",
        "2021-12-20T22:25:18.9735871Z Step 1/4 : FROM fsfe/reuse:latest\n2021-12-20T22:25:33.7563708Z Head \"https://registry-1.docker.io/v2/fsfe/reuse/manifests/latest\": Get \"https://auth.docker.io/token?account=githubactions&scope=repository%3Afsfe%2Freuse%3Apull&service=registry.docker.io\": net/http: request canceled (Client.Timeout exceeded while awaiting headers)\n2021-12-20T22:25:33.7591756Z ##[warning]Docker build failed with exit code 1, back off 8.393 seconds before retry.",
        host_alt=["registry-1.docker.io"], also_ok=["registry.metadata_timeout", "registry.outage"],
        note="building the action's container on 2021-12-20, Docker Hub's token service stops answering ('not sure if this is a problem of this action or of docker hub itself'); the same evening setup-buildx users saw 502s from Hub; a Hub-side incident"),
    conn("concourse/docker-image-resource#102", "connectivity", "connectivity.gateway_timeout", False, "local", None,
        "7cbcbac42c44: Mounted from wodby/php\nreceived unexpected HTTP status: 504 Gateway Time-out",
        host_alt=HUB, also_ok=["registry.server_error"],
        note="Concourse on a self-run Kubernetes cluster: every push to a private Docker Hub repo ends in 504 while the same push from a laptop works; linked to Kubernetes networking issues, 'a kubernetes problem and not a concourse issue' (the cluster's network path, the same on every run)"),
    # --- Quay, GHCR, GitLab and private registries: 5xx, dropped connections, timeouts -----------------------------------
    reg("kata-containers/tests#4041", "registry", "registry.server_error", True, "service", "quay.io",
        "ctr: failed to copy: httpReadSeeker: failed open: unexpected status code https://quay.io/v2/prometheus/busybox/blobs/sha256:d17d710a3fa783d4e5fcc4b67d94351ad747146f1335323271d6d32e61276f7a: 502 Bad Gateway\nEnding hypervisor stability test\nmake: *** [Makefile:130: stability] Error 1",
        cmd="make stability", also_ok=["registry.outage"],
        note="a Jenkins PR job's containerd pull of a busybox blob gets a 502 from quay.io; 'not sure how much we can do' (a Quay-side error, unrelated to the PR)"),
    reg("guix77/phpcs-drupal-action#3", "registry", "registry.server_error", True, "service", "quay.io",
        "Error response from daemon: received unexpected HTTP status: 502 Bad Gateway\nWarning: Docker pull failed with exit code 1, back off 6.971 seconds before retry.\n/usr/bin/docker pull quay.io/guix77/phpcs-drupal-action:php8.4RC3\nError response from daemon: received unexpected HTTP status: 502 Bad Gateway\nWarning: Docker pull failed with exit code 1, back off 6.627 seconds before retry.\n/usr/bin/docker pull quay.io/guix77/phpcs-drupal-action:php8.4RC3\nError response from daemon: received unexpected HTTP status: 502 Bad Gateway\n\nError: Docker pull failed with exit code 1",
        raw_is_log=True, also_ok=["registry.outage"],
        note="the runner pulls the action's image from quay.io and gets 502 on all three tries; the repository page itself showed 502; 'Seems like the issue is now fixed' the same day"),
    conn("terraform-docs/gh-actions#157", "connectivity", "connectivity.eof", True, "service", "quay.io",
        "/usr/bin/docker pull quay.io/terraform-docs/gh-actions:1.4.1\n  Error response from daemon: Get \"https://quay.io/v2/\": EOF\nError: Docker pull failed with exit code 1",
        raw_is_log=True, also_ok=["registry.server_error", "registry.outage"],
        note="Quay trouble breaking every workflow that uses the action's quay.io image; 'Works fine again' the same day (the same thread later shows 502s on another day)"),
    conn("CryoInTheCloud/hub-image#126", "connectivity", "connectivity.client_timeout", True, "service", "quay.io",
        "The push refers to repository [quay.io/cryointhecloud/cryo-hub-image]\nGet \"https://quay.io/v2/\": net/http: request canceled (Client.Timeout exceeded while awaiting headers)",
        cmd="docker push quay.io/cryointhecloud/cryo-hub-image", also_ok=["registry.metadata_timeout"],
        note="'Push to quay.io can timeout': the image builds, then quay.io's /v2/ ping times out on a GitHub runner now and then (blockquote marker and paste indentation dropped)"),
    reg("docker/build-push-action#463", "registry", "registry.request_rejected", True, "service", None,
        "buildx failed with: error: failed to solve: unexpected status: 403 Forbidden",
        prefix="Error: ", host_alt=["ghcr.io"], also_ok=["credentials.ghcr_write_denied", "credentials.forbidden"],
        note="September 2021: pushes to GHCR return 403 at random for many unrelated repositories ('Rerunning the GH action seems to resolve things (partially)'); GHCR's own trouble, no permission had changed"),
    reg("oxidecomputer/omicron#1674", "registry", "registry.request_rejected", True, "service", "ghcr.io",
        "#23 [auth] oxidecomputer/omicron:pull,push token for ghcr.io\n#23 DONE 0.0s\n\n#22 exporting to image\n#22 exporting manifest sha256:cd232512a422c64b9c3d97340c63a275d31dcb9c4034299e3bfc1b646c0796f4 done\n#22 exporting config sha256:dd0f52eed5c77b6576923886f1e057615c51d9cb64e788f31607f43521964161 done\n#22 pushing layers\n#22 pushing layers 0.4s done\n#22 ERROR: unexpected status: 403 Forbidden\n------\n > exporting to image:\n------\nWARNING: local cache import at /tmp/.buildx-cache not found due to err: could not read /tmp/.buildx-cache/index.json: open /tmp/.buildx-cache/index.json: no such file or directory\nerror: failed to solve: unexpected status: 403 Forbidden\nError: buildx call failed with: error: failed to solve: unexpected status: 403 Forbidden",
        raw_is_log=True, also_ok=["credentials.ghcr_write_denied", "credentials.forbidden"],
        note="labelled Test Flake: dependabot PRs that touch nothing in the image push get 403 from GHCR (Sept 2022, other projects saw the same); 'This appears to be flaky, subsequent PRs are passing on main'"),
    reg("docker/build-push-action#251", "registry", "registry.server_error", True, "service", None,
        "#15 pushing layers 631.9s done\n#15 ERROR: failed commit on ref \"layer-sha256:49507e21bb5d0cee4bce2fee3248063d1eff846974de5da2d70f7edc07af9181\": no response\n------\n > exporting to image:\n------\nfailed to solve: rpc error: code = Unknown desc = failed commit on ref \"layer-sha256:49507e21bb5d0cee4bce2fee3248063d1eff846974de5da2d70f7edc07af9181\": no response\nError: buildx call failed with: failed to solve: rpc error: code = Unknown desc = failed commit on ref \"layer-sha256:49507e21bb5d0cee4bce2fee3248063d1eff846974de5da2d70f7edc07af9181\": no response",
        raw_is_log=True, host_alt=["ghcr.io", "registry.gitlab.com"], also_ok=["connectivity.timeout", "connectivity.eof"],
        note="'ghcr.io: push times out unreproducible': a ten-minute layer upload ends with no response from the registry on some runs of an unchanged workflow (the job pushes to GitLab's registry and GHCR; the failing one is not named in the lines)"),
    reg("ministryofjustice/cloud-platform#572", "registry", "registry.server_error", True, "service", None,
        "Received HTTP code 504 while uploading layer: \"\"",
        cmd="docker push registry.service.dsd.io/cla_frontend:feature-curtail-pingjsonview.latest", host_alt=["registry.service.dsd.io"], also_ok=["registry.gateway_timeout", "registry.outage"],
        note="CircleCI pushes to the team's DSD registry fail with 504 in dev, staging and prod for a day; one push at a quiet hour went through and later ones failed again; a support request to the platform team, nothing in the app"),
    # --- ECR: login's resolver, expired tokens on long-lived agents ------------------------------------------------------
    dns("aws-actions/amazon-ecr-login#1267", "dns", "dns.timeout", True, "service", None,
        "Could not login to registry --.dkr.ecr.us-east-1.amazonaws.com: WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get \"https://---.dkr.ecr.us-east-1.amazonaws.com/v2/\": dial tcp: lookup ----dkr.ecr.us-east-1.amazonaws.com on ---:53: read udp ---:55816->---:53: i/o timeout",
        head=["Run aws-actions/amazon-ecr-login@v2"], host_alt=["dkr.ecr.us-east-1.amazonaws.com"], also_ok=["dns.temporary_failure", "connectivity.timeout"],
        note="ECR behind private endpoints: the action's docker login fails 'occasionally' on a DNS read timeout and the reporter wraps it in a retry with backoff, which passes (the account is redacted in the quote)"),
    B.entry("local", "buildkite/elastic-ci-stack-for-aws#178", "credentials", "credentials.ecr_token_expired", False, "local", None,
        "Creating daily-server_1\nPulling container_name (container details)...\nERROR: denied: Your Authorization Token has expired. Please run 'aws ecr get-login' to fetch a new one.",
        cmd="docker-compose -f docker-compose.yml run our_command bash -c \"command is here\"", also_ok=["credentials.session_expired"],
        note="'it's an agent that has been running for more than a day': the stack's ECR login on that agent is older than the token's 12 hours, so every job it runs fails until the login is refreshed (the maintainer points at the stack's ECR access parameter); placeholders are the reporter's"),
    loc("eddmann/serverless-fargate#51", "local.host_degraded", False,
        "128128ebb44b: Retrying in 1 second\nEOF",
        cmd="serverless deploy", host_alt=["XXXXXXXXXXXX.dkr.ecr.eu-west-1.amazonaws.com"], also_ok=["connectivity.eof"],
        note="every layer push to ECR retries and the push ends in EOF, while a manual push works; 'Something wonky with our deploy server': other deploys failed on file I/O and a reboot fixed it"),
    # --- proxies, certificates and registry configuration in front of a private registry ---------------------------------
    reg("goharbor/harbor#15823", "registry", "registry.proxy_body_limit", False, "service", "10.0.0.87",
        "error parsing HTTP 413 response body: invalid character '<' looking for beginning of value: \"<html>\\r\\n<head><title>413 Request Entity Too Large</title></head>\\r\\n<body bgcolor=\\\"white\\\">\\r\\n<center><h1>413 Request Entity Too Large</h1></center>\\r\\n<hr><center>nginx/1.14.2</center>\\r\\n</body>\\r\\n</html>\\r\\n\"",
        cmd="docker push 10.0.0.87/s2i/tomcat:8", also_ok=["registry.request_rejected"],
        note="Harbor's own nginx already has client_max_body_size 0; the 413 comes from another nginx proxy in front of it, and setting client_max_body_size there fixed it; every large layer fails until then"),
    reg("goharbor/harbor#3032", "registry", "registry.misconfigured", False, "service", "117.119.33.138:8080",
        "Error response from daemon: Get http://117.119.33.138:8080/v2/: error parsing HTTP 404 response body: invalid character '<' looking for beginning of value: \"<!DOCTYPE HTML PUBLIC \\\"-//IETF//DTD HTML 2.0//EN\\\">\\r\\n<html>\\r\\n<head><title>404 Not Found</title></head>\\r\\n<body bgcolor=\\\"white\\\">\\r\\n<h1>404 Not Found</h1>\\r\\n<p>The requested URL was not found on this server. Sorry for the inconvenience.<br/>\\r\\nPlease report this message and include the following information to us.<br/>\\r\\nThank you very much!</p>\\r\\n<table>\\r\\n<tr>\\r\\n<td>URL:</td>\\r\\n<td>http://117.119.33.138/service/token?account=admin&amp;client_id=docker&amp;offline_token=true&amp;service=harbor-registry</td>\\r\\n</tr>\\r\\n<tr>\\r\\n<td>Server:</td>\\r\\n<td>uy07-04</td>\\r\\n</tr>\\r\\n<tr>\\r\\n<td>Date:</td>\\r\\n<td>2017/08/11 02:57:33</td>\\r\\n</tr>\\r\\n</table>\\r\\n<hr/>Powered by Tengine/2.2.0</body>\\r\\n</html>\\r\\n\"",
        cmd="docker login 117.119.33.138:8080", host_alt=["117.119.33.138"], also_ok=["registry.request_rejected", "build.wrong_url"],
        note="Harbor served on a custom port advertises a token realm without the port, so the token request lands on the Tengine front end and gets its 404 page; fixed by configuring the customized port per Harbor's guide"),
    conn("docker/login-action#613", "connectivity", "connectivity.untrusted_certificate", False, "service", None,
        "Error response from daemon: Get \"https://registry.***.io/v2/\": tls: failed to verify certificate: x509: certificate signed by unknown authority",
        head=["Run docker/login-action@v3.0.0"], host_alt=["registry.***.io"], also_ok=["connectivity.tls_failed"],
        note="a private registry whose certificate chain the hosted runner does not trust; login fails the same on every run until the registry serves a publicly trusted chain or the job trusts its CA (GitHub's auto-link around the URL dropped)"),
    conn("docker/login-action#868", "connectivity", "connectivity.untrusted_certificate", False, "local", "registry.x-force.int",
        "Error: Error response from daemon: Get \"https://registry.x-force.int/v2/\": tls: failed to verify certificate: x509: certificate signed by unknown authority",
        head=["Run docker/login-action@v3"], raw_is_log=True, also_ok=["connectivity.tls_failed"],
        note="a Harbor registry with a self-signed certificate: the runner's Docker daemon does not hold the root CA and the action has no way to add it (a feature request); never passes on a re-run"),
    conn("podman-container-tools/skopeo#2054", "connectivity", "connectivity.certificate_name_mismatch", False, "service", "swr.ma-region-1.external-ma01.com",
        "FATA[0000] authenticating creds for \"swr.ma-region-1.external-ma01.com\": pinging container registry swr.ma-region-1.external-ma01.com: Get \"https://swr.ma-region-1.external-ma01.com/v2/\": x509: certificate is not valid for any names, but wanted to match swr.ma-region-1.external-ma01.com",
        cmd="skopeo login -u XXX -p XXX swr.ma-region-1.external-ma01.com", also_ok=["connectivity.untrusted_certificate", "connectivity.tls_failed"],
        note="the registry endpoint serves a certificate with no subject names, so skopeo refuses it unless --tls-verify=false; the same on every attempt"),
    conn("goharbor/harbor#19994", "connectivity", "connectivity.certificate_name_mismatch", False, "service", "192.168.90.140:8443",
        "INFO[0009] Error logging in to endpoint, trying next endpoint  error=\"Get \\\"https://192.168.90.140:8443/v2/\\\": tls: failed to verify certificate: x509: cannot validate certificate for 192.168.90.140 because it doesn't contain any IP SANs\"",
        cmd="docker login https://192.168.90.140:8443", host_alt=["192.168.90.140"], also_ok=["connectivity.untrusted_certificate", "connectivity.tls_failed"],
        note="a self-installed Harbor addressed by IP with a self-signed certificate whose SANs hold no usable IP for the client; fails on every login until the certificate is reissued"),
    # --- the build's own: secrets a fork never gets, wrong repository names, tokens without write ------------------------
    bld("eko/pihole-exporter#35", "credentials.missing",
        "Successfully built 4584a8bc87f9\nSuccessfully tagged ekofr/pihole-exporter:amd64\nSuccessfully tagged ekofr/pihole-exporter:sha-0bcc3d8\nPushing image [ekofr/pihole-exporter:amd64 ekofr/pihole-exporter:sha-0bcc3d8]\nThe push refers to repository [docker.io/ekofr/pihole-exporter]\n19f790e656cf: Preparing\n0f990a9408a4: Preparing\ndenied: requested access to the resource is denied\nError: exit status 1\nexit status 1",
        component="credentials", host="docker.io", also_ok=["credentials.push_denied", "credentials.unauthorized"],
        note="the secrets were set, but the run came from a fork's pull request: 'Secrets are not passed to workflows that are triggered by a pull request from a fork', so the push went out without credentials"),
    bld("keikoproj/instance-manager#215", "credentials.missing",
        "Run docker/login-action@v1\nError: Username and password required",
        component="credentials", raw_is_log=True, also_ok=["credentials.unauthorized"],
        note="the secrets exist, but a pull request from a fork gets none; the maintainers drop the PR trigger for the push job"),
    bld("aws-actions/amazon-ecr-login#202", "build.repository_missing",
        "name unknown: The repository with name 'public.ecr.aws/k5n6o2s4/sadapay-test' does not exist in the registry with id '***'\nError: Process completed with exit code 1.",
        cmd="docker push $ECR_REGISTRY/$ECR_REPOSITORY:$IMAGE_TAG", raw_is_log=True, also_ok=["build.invalid_reference", "registry.artifact_not_found"],
        note="ECR_REPOSITORY holds a public-gallery repository URI instead of a repository name in the private registry the action logged in to; no such repository there, on every run"),
    bld("docker/build-push-action#223", "build.repository_missing",
        "failed to solve: rpc error: code = Unknown desc = server message: insufficient_scope: authorization failed\nError: buildx call failed with: failed to solve: rpc error: code = Unknown desc = server message: insufficient_scope: authorization failed",
        head=["Run docker/build-push-action@v2"], raw_is_log=True, host_alt=HUB, also_ok=["credentials.insufficient_scope", "credentials.push_denied"],
        note="the image name came from the GitHub namespace (andrey-helldar/...) while the Docker Hub repository is helldar/...; the token cannot push to a repository that is not its own; fixed by naming the image"),
    bld("ilteoood/docker_buildx#7", "build.invalid_reference",
        "#31 pushing layers\n#31 pushing layers 0.3s done\n#31 ERROR: server message: insufficient_scope: authorization failed\n------\n > exporting to image:\n------\nfailed to solve: rpc error: code = Unknown desc = server message: insufficient_scope: authorization failed\n##[error]Command failed: docker_buildx/scripts/docker_build.sh linux/amd64,linux/arm64,linux/arm/v7 recipes test Dockerfile true none",
        raw_is_log=True, host_alt=HUB, also_ok=["build.repository_missing", "credentials.insufficient_scope"],
        note="the image was named plain 'recipes' (no Docker Hub namespace), which no account can push; 'YOUR_DOCKER_HUB_NAME/recipes' fixed it"),
    bld("envoyproxy/envoy-build-tools#197", "build.repository_missing",
        "ERROR: failed to push envoyproxy/envoy-build-ubuntu-mobile:7e67402aad7702cc255a612b0b45b0591dad3efc: server message: insufficient_scope: authorization failed",
        host_alt=HUB, also_ok=["credentials.insufficient_scope", "credentials.push_denied"],
        note="the first real push of a new mobile image variant: the Docker Hub repository envoy-build-ubuntu-mobile did not exist for the CI account ('Does the image need to be created in Docker Hub?'; the maintainer owns the mistake) (blockquote marker dropped)"),
    bld("testcontainers/testcontainers-java#3092", "credentials.unauthorized",
        "Caused by: org.testcontainers.containers.ContainerFetchException: Can't get Docker image: RemoteDockerImage(imageName=registry.company.com/core-squad/utilities/scm-mysql-container:master, imagePullPolicy=DefaultPullPolicy())\nCaused by: org.testcontainers.containers.ContainerFetchException: Failed to pull image: registry.company.com/core-squad/utilities/scm-mysql-container:master\nCaused by: com.github.dockerjava.api.exception.InternalServerErrorException:\nStatus 500: {\"message\":\"Get https://registry.company.com/v2/core-squad/utilities/mysql-container/manifests/master: unauthorized: HTTP Basic: Access denied\"}",
        component="credentials", host_alt=["registry.company.com"], also_ok=["credentials.auth_failed"],
        note="the GitLab job writes ~/.docker/config.json itself with base64 <<< \"$CI_REGISTRY_USER:$CI_REGISTRY_PASSWORD\", which encodes a trailing newline into the password; `echo -n ... | base64` fixes it (the trailing blank after 'Exception:' trimmed; the host is the reporter's placeholder)"),
    bld("Snowfork/snowbridge#1272", "credentials.ghcr_write_denied",
        "#15 ERROR: denied: permission_denied: write_package\n------\n > pushing ghcr.io/snowfork/snowbridge-relay:relayer-fix-build-relayer-1.0.1 with docker:\n------\nERROR: denied: permission_denied: write_package",
        component="credentials", host="ghcr.io", also_ok=["credentials.token_permissions", "credentials.push_denied"],
        note="the PR's image push to GHCR is refused for write: the workflow's automatic GITHUB_TOKEN lacks write on that package; the maintainers go looking for what to configure, not for a GHCR incident"),
    bld("sigstore/model-transparency#340", "credentials.token_permissions",
        "Error: writing blob: initiating layer upload to /v2/ghcr.io/sigstore/model-transparency-cli/blobs/uploads/ in ghcr.io: denied: installation not allowed to Create organization package",
        component="credentials", host="ghcr.io", also_ok=["credentials.ghcr_write_denied", "credentials.push_denied"],
        note="the release job's token may not create the organization package: 'most likely it's missing a packages: write in the action yaml', added at job level in a patch"),
    bld("hyperledger-firefly/signer#74", "credentials.token_permissions",
        "The push refers to repository [ghcr.io/hyperledger/firefly-signer]\nfecdbc4471ce: Preparing\n31d7a001c31a: Preparing\n96bc1885c3ff: Preparing\n6f697f52d485: Preparing\ndenied: installation not allowed to Write organization package",
        component="credentials", host="ghcr.io", cmd="docker push ghcr.io/hyperledger/firefly-signer", also_ok=["credentials.ghcr_write_denied", "credentials.push_denied"],
        note="the GITHUB_TOKEN no longer carries write by default; the PR grants packages: write in the job itself"),
    bld("konflux-ci/rpm-lockfile-prototype#34", "credentials.ghcr_write_denied",
        "#10 ERROR: failed to push ghcr.io/konflux-ci/rpm-lockfile-prototype/rpm-lockfile-prototype:main: unexpected status from POST request to https://ghcr.io/v2/konflux-ci/rpm-lockfile-prototype/rpm-lockfile-prototype/blobs/uploads/: 403 Forbidden",
        component="credentials", host="ghcr.io", also_ok=["credentials.token_permissions", "registry.request_rejected"],
        note="the first run of a newly added job that pushes the project's image to a new organization package under ghcr.io; the blob upload is refused and the authors look for a permission they missed (a setup gap, not a GHCR incident)"),
    bld("docker/buildx#834", "builder.buildkit_regression",
        "#21 exporting to image\n#21 10.19 error: failed to copy: failed to do request: Put \"ghcr.io/v2/***/nginx-ubi/blobs/upload/7a8c69f8-1810-461e-b06c-eff124697f60?digest=sha256%3A95f3a65224747afb7ca844ff6cc345d49ddc569c8f2be7566bbcece0cbdcb4b2\": write tcp 172.17.0.2:34150->140.82.112.34:443: write: connection reset by peer\n#21 10.19 retrying in 1s",
        component="builder", host="ghcr.io", host_alt=["140.82.112.34:443", "140.82.112.34"], also_ok=["local.client_regression", "connectivity.reset"],
        note="a multi-platform push to GHCR loops on resets with the BuildKit master image the workflow pins; with BuildKit v0.9.1 the same push went through, so the job's builder choice, not GHCR"),
    bld("GoogleCloudPlatform/aactl#233", "credentials.missing",
        "INF v0.4.12 (commit: 5d4a3e8da027d6d1ca1e611f72da76ec703dcb3c, built: 2024-12-09 08:33 UTC)\nERR error running app: error executing command: error getting full url: Getting digest from url failed: GET https://europe-west4-docker.pkg.dev/v2/token?scope=repository%3Axxx%2Fxxx%2Fapi%3Apull&service=: DENIED: Unauthenticated request. Unauthenticated requests do not have permission \"artifactregistry.repositories.downloadArtifacts\" on resource \"projects/aih-artifact/locations/europe-west4/repositories/xxx\" (or it may not exist)",
        component="credentials", host="europe-west4-docker.pkg.dev", also_ok=["credentials.unauthorized", "credentials.permission_denied"],
        note="the image was pushed to Artifact Registry with docker/login-action's access token, but the aactl step asks for the token anonymously: the step is not given those credentials; the same on every run"),
]
