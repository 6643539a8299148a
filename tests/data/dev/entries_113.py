"""Dev-set entries, batch 113 (Docker Hub as CI builds meet it, a new pass over threads no earlier batch used: pulls,
pushes and logins against registry-1.docker.io, index.docker.io, auth.docker.io, registry.hub.docker.com and hub.docker.com,
and the blob CDNs behind them (production.cloudflare.docker.com, the docker-images-prod R2 bucket), through the docker
CLI and daemon, BuildKit, the GitHub Actions runner's action-image pulls, kaniko, containerd's ctr, crictl and the
kubelet, Flux's automator and image-syncer). The service's side: the 500s of February 2016, January 2017, April 2021
and the kubelet's 'trying to fetch remote history' 500 of 2016, the May 2017 login 500s on Shippable, the November
2018 outage (push 404 bodies, intermittent 401 logins), the March 2022 token-endpoint regression that answered
insufficient_scope for public images on Buildkite, the September 2024 and September 2025 auth incidents (401 from
auth.docker.io, 'incorrect username or password' and 'authentication required' for anonymous pulls), the November
2023 EOFs at setup-qemu-action, EOFs to index.docker.io from kaniko on Cloud Build, 503s from the R2 blob bucket in
February 2025, token requests timing out on GitHub-hosted runners, and the pull and API rate limits (a kubelet pull in
Kata's CI, kaniko in CI and on Concourse, image-syncer, a CVMFS sync job's tag listing). The
runner's side: a GCE metadata resolver answering `server misbehaving` for the Cloudflare CDN, a Cloudflare-worker Docker
Hub proxy whose token realm still sends containerd to auth.docker.io (unreachable from China), stale stored credentials,
a resolver that made `docker login` time out, registry mirrors that are down or unresolvable with no fallback
(containerd 1.3.0, docker 1.7.0-rc1, Talos) or with the daemon's fallback logged, and a daemon behind a corporate proxy
with no working resolver. The rest, the build's own mistakes that read like Docker Hub failures: tags never published
(an action image's 2.0.0 and v1.2.1, a sandbox base image whose CI deploy failed, `latest` on repositories that publish
none), repositories that are gone or never were (minfs, MinIO's images withdrawn from Docker Hub in September 2026,
misnamed compose images, a namespace-less `minio`), images a README or script never built before `FROM` or `docker run`
asked for them, a locally built compose image looked up on the Hub, and a push without `docker login`. `err` is verbatim
from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside
Markdown (code fences, blockquote markers, backticks, quotation marks around a one-line quote, a bullet marker, and in
py-cov-action/python-coverage-comment-action#483 the links GitHub's UI wrapped around step numbers) only that markup was
dropped and trailing blanks trimmed, never a word of the log; line breaks a reporter put inside a message
(PostHog/millpond#142, GoogleContainerTools/kaniko#2399, the kubelet events in confidential-containers/trustee#452) are
kept. Where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line.
Elisions ('...', 'XX.XXX.XXX.XXX') and masks ('[MASKED]', 'REDACTED', 'example.com') are the reporters' own. Hosts
follow the README's strict rule: a host is given only where a line of the log names it for the failing call (for DNS
the looked-up name); an image reference's registry is not enough, and an inferred, masked, placeholder or mangled host
goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"confidential-containers/trustee#452", "opensciencegrid/cvmfs-singularity-sync#407", "PostHog/millpond#142",
         "prakhar1989/docker-curriculum#109"}  # fmt: skip

B = Batch(PULLS)
reg = B.family("registry")
conn = B.family("connectivity")
cred = B.family("credentials")
bld = B.build("registry")

HUB = ["docker.io", "registry-1.docker.io"]
OUTAGE = "registry.outage"
SERVER = "registry.server_error"
PULL_LIMIT = "registry.dockerhub_pull_limit"
NO_TAG = "build.tag_not_found"
NO_REPO = "build.repository_missing"
NOT_BUILT = "build.image_not_loaded"

E = [
    # --- Docker Hub's side: 5xx, EOFs and status-page incidents ----------------------------------------------------------
    conn("googleapis/google-cloud-cpp#13113", "connectivity", "connectivity.eof", True, "service", "index.docker.io",
         'Step #0: error building image: Get "https://index.docker.io/v2/": EOF\nFinished Step #0\nERROR\nERROR: build step 0 "gcr.io/kaniko-project/executor:v1.18.0" failed: step exited with non-zero status: 1',
         raw_is_log=True, also_ok=["registry.server_error", "connectivity.cut_short"],
         note="13 November 2023, a Cloud Build step running kaniko v1.18.0: the registry ping to index.docker.io is cut off (EOF), filed as a cpp: flake like the earlier kaniko network interruptions (#6438); closed in May 2024 as not seen again, no change made"),
    reg("docker/setup-qemu-action#110", "registry", OUTAGE, True, "service", "registry-1.docker.io",
        "Run docker/setup-qemu-action@v3\n\nPulling binfmt Docker image\n  /usr/bin/docker pull tonistiigi/binfmt:latest\n  Error response from daemon: Head \"https://registry-1.docker.io/v2/tonistiigi/binfmt/manifests/latest\": EOF\nError: The process '/usr/bin/docker' failed with exit code 1",
        raw_is_log=True, also_ok=["connectivity.eof", SERVER],
        note="11 November 2023: many reporters the same hour ('no tag works and I'm getting a similar error with nginx'), and 'Docker Hub is having an incident' with dockerstatus.com's notice posted; pulls pass again once Docker resolved it"),
    reg("kubernetes/kubernetes#22226", "registry", SERVER, True, "service", None,
        '14:55:55 Feb 29 14:55:48.735: INFO: At 2016-02-29 14:46:28 -0800 PST - event for nginx-controller-uub6h: {kubelet gke-jenkins-e2e-f1ec7fe0-node-l2sf} Failed: Failed to pull image "nginx": Error pulling image (latest) from docker.io/library/nginx, Server error: 500 trying to fetch remote history for 6e36f46089ed3c0326d2f56d6282af5eab6000caaa04e44f327c37f13d13c933',
        host_alt=HUB, also_ok=[OUTAGE, "registry.pull_failed"],
        note="29 February 2016, a GKE e2e flake: the kubelet's pull of nginx gets a 500 from Docker Hub's v1 history endpoint, on the same day docker-library/official-images#1489 reports Hub-wide 500s; the test passes on later runs"),
    reg("docker-library/official-images#1489", "registry", OUTAGE, True, "service", "registry-1.docker.io",
        "\t[q@x/0 ~] docker pull busybox\n\tUsing default tag: latest\n\tError response from daemon: Get https://registry-1.docker.io/v2/library/busybox/manifests/latest: Received unexpected HTTP status: 500 Internal Server Error",
        also_ok=[SERVER],
        note="29 February 2016, several official images alike: tianon, 'I think there's some kind of Hub infra issue going on (I'm seeing issues as well)', and he notified Docker support; the next day 'It seems to be working again'"),
    reg("fluxcd/flux#371", "registry", SERVER, True, "service", "index.docker.io",
        'ts=2017-01-13T10:14:37Z caller=automator.go:143 component=automator job=0278fdd1-8d48-ae53-9c84-f1f123298305 err="fetching image metadata for weaveworksdemos/queue-master: Get https://index.docker.io/v2/weaveworksdemos/queue-master/tags/list: http: non-successful response (status=500 body=\\"<html><body><h1>500 Server Error</h1>\\\\nAn internal server error occured.\\\\n</body></html>\\\\n\\\\n\\")"',
        also_ok=["registry.html_response", OUTAGE],
        note="13 January 2017, Flux's automator listing tags on Docker Hub: the registry answers a 500 HTML page; the issue ('Should have better error message when dockerhub is broken') asks only for a clearer message, the Hub side being broken at the time"),
    reg("getong/mariadb-action#3", "registry", SERVER, True, "service", "registry-1.docker.io",
        "Head https://registry-1.docker.io/v2/library/docker/manifests/stable: received unexpected HTTP status: 500 Internal Server Error",
        also_ok=[OUTAGE],
        note="8 April 2021, a GitHub Actions CI using the mariadb action, whose image build pulls docker:stable; the maintainer: 'Docker hub was having a glitch' (the quotation marks around the one-line quote dropped)"),
    reg("docker/hub-feedback#1695", "registry", OUTAGE, True, "service", None,
        'Error response from daemon: error parsing HTTP 404 response body: invalid character \'p\' after top-level value: "404 page not found\\n"',
        host_alt=HUB, also_ok=["registry.bad_response", SERVER],
        note="25 November 2018, pushes to the team's repositories failing all morning with 404 bodies and 'blob upload unknown' while their network was fine; closed by Docker staff as a duplicate of #1693, that weekend's partial outage (the bullet marker dropped)"),
    reg("docker/hub-feedback#2442", "registry", SERVER, True, "service", None,
        "INFO[0001] Unpacking rootfs as cmd RUN wget --no-check-certificate ... -O /usr/local/share/ca-certificates/ca.crt requires it.\nerror building image: error building stage: failed to get filesystem from image: GET https://docker-images-prod.6aaf8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com/registry-v2/docker/registry/v2/blobs/sha256/1f/1f3e46996e2966e4faa5846e56e76e3748b7315e2ded61476c24403d592134f0/data?X-Amz-Algorithm=REDACTED&X-Amz-Credential=[MASKED]&X-Amz-Date=REDACTED&X-Amz-Expires=REDACTED&X-Amz-Signature=[MASKED]&X-Amz-SignedHeaders=REDACTED: unexpected status code 503 Service Unavailable",
        host_alt=["docker-images-prod.6aaf8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com", "docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com"],
        also_ok=["connectivity.origin_server_error", OUTAGE, "connectivity.reset"],
        note="10 February 2025, a kaniko build: Docker Hub's R2 blob bucket answers 503 (the thread's opener sees resets, 'only working 60% of the time', a second reporter 'the same for me since today. Sometimes it works'); the bucket name in the quoted URL is mangled against the thread's title, so it goes to host_alt"),
    # --- Docker Hub's side: auth and token incidents ------------------------------------------------------------------------
    cred("docker/hub-feedback#2215", "credentials", "credentials.token_service_error", True, "service", None,
         "[2022-03-02T20:28:47Z]  > [1/9] FROM docker.io/library/ubuntu:18.04:\n--\n  | [2022-03-02T20:28:47Z] ------\n  | [2022-03-02T20:28:47Z] pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
         host_alt=["auth.docker.io", "registry-1.docker.io"], also_ok=["credentials.pull_access_denied", OUTAGE],
         note="2 March 2022, a Buildkite build FROM ubuntu:18.04: Docker Hub's token endpoint regressed on requests with several scope parameters, so public images answered insufficient_scope for BuildKit, k8s and Bitbucket pipelines; Docker's jcarter3: 'Previous changes have all been reverted at this point' and pulls succeeded again"),
    cred("docker/hub-feedback#1694", "credentials", "credentials.token_service_error", True, "service", "registry.hub.docker.com",
         "login attempt to https://registry.hub.docker.com/v2/ failed with status: 401 Unauthorized",
         also_ok=["credentials.auth_failed", OUTAGE],
         note="24 November 2018: the same login works 'perfectly fine' before, between and after two failing moments that day; Docker staff closed it as a duplicate of #1693, the partial outage of that weekend (backticks dropped)"),
    reg("Shippable/support#3627", "registry", SERVER, True, "service", None,
        " hub_login 0s\n  echo 'Hub login failed' 0s\n  echo 'Docker login failed for username vpsci and email ci@evirtualpost.com' 0s\n  echo 'Error response from daemon: Internal Server Error'",
        raw_is_log=True, host_alt=HUB, also_ok=[OUTAGE, "credentials.token_service_error"],
        note="30 May 2017, every Shippable build failing at the Docker Hub login with unchanged credentials: support, 'looks like docker hub is having some problems right now' (status.docker.com), then 'docker hub issues should be resolved now'"),
    reg("mikefarah/yq#2160", "registry", OUTAGE, True, "service", "registry-1.docker.io",
        "Pull down action image 'mikefarah/yq:4-githubaction'\n  /usr/bin/docker pull mikefarah/yq:4-githubaction\n  Error response from daemon: Head \"https://registry-1.docker.io/v2/mikefarah/yq/manifests/4-githubaction\": unauthorized: incorrect username or password\n  Warning: Docker pull failed with exit code 1, back off 1.872 seconds before retry.\n  /usr/bin/docker pull mikefarah/yq:4-githubaction\n  Error response from daemon: Head \"https://registry-1.docker.io/v2/mikefarah/yq/manifests/4-githubaction\": unauthorized: incorrect username or password\n  Warning: Docker pull failed with exit code 1, back off 1.528 seconds before retry.\n  /usr/bin/docker pull mikefarah/yq:4-githubaction\n  Error response from daemon: Head \"https://registry-1.docker.io/v2/mikefarah/yq/manifests/4-githubaction\": unauthorized: incorrect username or password\nError: Docker pull failed with exit code 1",
        raw_is_log=True, also_ok=["credentials.auth_failed", "credentials.token_failed"],
        note="27 September 2024, an anonymous action-image pull on GitHub-hosted runners: 'this is happening across the board for us', the day of Docker Hub's auth incident on dockerstatus.com (setup-buildx-action#358, hub-feedback#2413); nothing in the workflow changed (blockquote markers dropped)"),
    cred("py-cov-action/python-coverage-comment-action#483", "credentials", "credentials.token_failed", True, "service", "auth.docker.io",
         "  #3 [internal] load metadata for docker.io/ewjoachim/python-coverage-comment-action-base:v6\n  #3 ERROR: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Aewjoachim%2Fpython-coverage-comment-action-base%3Apull&service=registry.docker.io: 401 Unauthorized",
         head=['/usr/bin/docker build -t b5c86f:646c26769b564c28b3472eebdb5a7171 -f "/home/runner/work/_actions/py-cov-action/python-coverage-comment-action/v3/Dockerfile" "/home/runner/work/_actions/py-cov-action/python-coverage-comment-action/v3"'],
         also_ok=[OUTAGE, "credentials.unauthorized"],
         note="27 September 2024, the action's Dockerfile build on a hosted runner: the anonymous token request answers 401, 'Just started getting this error' with no change, the same hours as Docker Hub's auth incident (hub-feedback#2413); later runs pass"),
    reg("dflook/terraform-github-actions#411", "registry", OUTAGE, True, "service", None,
        "Pull down action image 'danielflook/terraform-github-actions@sha256:4cf47837e26f42c9835b28c514215a77a6b523bd2c1cbfeb8b9e32f1ccc5d7c0'\n  /usr/bin/docker pull danielflook/terraform-github-actions@sha256:4cf47837e26f42c9835b28c514215a77a6b523bd2c1cbfeb8b9e32f1ccc5d7c0\n  Error response from daemon: unauthorized: authentication required\n  Warning: Docker pull failed with exit code 1, back off 2.6 seconds before retry.\n  /usr/bin/docker pull danielflook/terraform-github-actions@sha256:4cf47837e26f42c9835b28c514215a77a6b523bd2c1cbfeb8b9e32f1ccc5d7c0\n  Error response from daemon: unauthorized: authentication required\n  Warning: Docker pull failed with exit code 1, back off 1.514 seconds before retry.\n  /usr/bin/docker pull danielflook/terraform-github-actions@sha256:4cf47837e26f42c9835b28c514215a77a6b523bd2c1cbfeb8b9e32f1ccc5d7c0\n  Error response from daemon: unauthorized: authentication required\nError: Docker pull failed with exit code 1",
        raw_is_log=True, host_alt=HUB, also_ok=["credentials.unauthorized", SERVER],
        note="25 September 2025, 'this started just now ... No changes whatsoever in our end': the public action image by digest answers 'authentication required', the night Docker Hub failed anonymous pulls everywhere (hub-feedback#2496, 'We have a fix out now')"),
    conn("nextstrain/cli#377", "connectivity", "connectivity.client_timeout", True, "service", "auth.docker.io",
         "Unable to find image 'hello-world:latest' locally\ndocker: Error response from daemon: Head \"https://registry-1.docker.io/v2/library/hello-world/manifests/latest\": Get \"https://auth.docker.io/token?account=githubactions&scope=repository%3Alibrary%2Fhello-world%3Apull&service=registry.docker.io\": context deadline exceeded (Client.Timeout exceeded while awaiting headers).",
         also_ok=["credentials.token_failed", "registry.metadata_timeout"],
         note="1 July 2024, Ubuntu and Windows hosted runners alike: the token request to auth.docker.io times out; 'I've re-run the failed jobs and they got past this without issue. Closing as can't repro / transient' (blockquote markers dropped)"),
    # --- Docker Hub's side: pull and API rate limits ------------------------------------------------------------------------
    reg("confidential-containers/trustee#452", "registry", PULL_LIMIT, True, "service", "registry-1.docker.io",
        'Warning  Failed     76s                 kubelet            Failed to pull image "busybox": rpc error: code = Unknown\ndesc = failed to pull and unpack image "docker.io/library/busybox:latest": failed to copy: httpReadSeeker: failed open:\nunexpected status code https://registry-1.docker.io/v2/library/busybox/manifests/sha256:50aa4698fa6262977cff89181b2664b99d8a56dbca847bf62f2ef04854597cf8:\n429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.\nYou may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
        also_ok=["registry.rate_limited"],
        note="31 July 2024, Kata Containers' CI deploying the KBS: the kubelet's anonymous pull of busybox from the shared runners hits Docker Hub's limit on some runs and not others; the PR ('Fix rate limit error with busybox') changes the deployment's busybox reference so the job stops depending on the anonymous pull"),
    reg("GoogleContainerTools/kaniko#2399", "registry", PULL_LIMIT, True, "service", "index.docker.io",
        "Retrieving image python:3.10.10-slim from registry index.docker.io\nerror building image: GET https://index.docker.io/v2/library/python/manifests/3.10.10-slim: TOOMANYREQUESTS: You have reached your pull rate limit. You may increase the limit by aut\nhenticating and upgrading: https://www.docker.com/increase-rate-limit",
        also_ok=["registry.rate_limited"],
        note="17 February 2023, kaniko in CI: the manifest GET for the base image is refused by the pull limit and kaniko has no retry (the issue asks for one); a later comment points at --registry-mirror to stop depending on anonymous Hub pulls"),
    reg("gardener/cc-utils#636", "registry", PULL_LIMIT, True, "service", "index.docker.io",
        "error building image: GET https://index.docker.io/v2/library/golang/manifests/1.16.6: TOOMANYREQUESTS: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
        also_ok=["registry.rate_limited"],
        note="20 July 2021, Gardener's Concourse pipelines: the kaniko builder introduced to get around Docker Hub limits 'Since 2 days' hits them too, blocking pull-request jobs; the anonymous limit clears per window"),
    reg("AliyunContainerService/image-syncer#160", "registry", PULL_LIMIT, True, "service", None,
        'time="2024-09-19 10:34:22" level=error msg="Failed to executed generating sync tasks from docker.io/library/nginx:1.13 to registry.cn-beijing.aliyuncs.com/yt-mirror/nginx:1.13: generate docker.io/library/nginx:1.13 image source error: reading manifest 1.13 in docker.io/library/nginx: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit. Now 1/1 tasks have been processed."',
        host_alt=HUB, also_ok=["registry.rate_limited"],
        note="19 September 2024, image-syncer mirroring nginx:1.13 from Docker Hub to ACR: the manifest read is refused by the anonymous pull limit; a commenter: Docker Hub is telling you plainly that you are limited, nothing image-syncer can fix"),
    reg("opensciencegrid/cvmfs-singularity-sync#407", "registry", "registry.rate_limited", True, "service", "hub.docker.com",
        "Working on image: eicweb/jug_xl:*-beta\nWorking on image: eicweb/jug_xl:*-alpha\n{'detail': 'Rate limit exceeded', 'error': False}\n{'date': 'Thu, 22 Dec 2022 17:25:35 GMT', 'content-type': 'application/json', 'transfer-encoding': 'chunked', 'retry-after': '1671729995', 'server': 'nginx', 'x-frame-options': 'deny', 'x-content-type-options': 'nosniff', 'x-xss-protection': '1; mode=block', 'strict-transport-security': 'max-age=31536000'}\nFailed to get tags for image: registry.hub.docker.com/eicweb/jug_xl\n429 Client Error: Too Many Requests for url: https://hub.docker.com/v2/repositories/eicweb/jug_xl/tags?page=37&perPage=100",
        also_ok=[PULL_LIMIT],
        note="22 December 2022, the PR's CI run paging through a wildcard image's tags on Docker Hub's API reaches page 37 and is throttled (429 with retry-after); a reviewer: 'Perhaps rerunning the workflow may help'"),
    # --- the runner's side: DNS, proxies, mirrors, stored credentials ------------------------------------------------------
    conn("googleapis/google-cloud-cpp#4590", "dns", "dns.server_misbehaving", True, "local", "production.cloudflare.docker.com",
         "error pulling image configuration: Get https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/c5/c522ac0d61943884c2a7ce0342166cdfe1314a57c89ad3c5f8e4071e9d44d7a9/data?verify=1595024598-tbwggwKoFdg8n23AwbtvFZW4P4E%3D: dial tcp: lookup production.cloudflare.docker.com on 169.254.169.254:53: server misbehaving",
         also_ok=["dns.temporary_failure", "dns.resolve_failed"],
         note="17 July 2020, most ci/install/* builds on Google's CI VMs at the same moment: the VM's metadata resolver (169.254.169.254) answers server misbehaving for Docker Hub's blob CDN; filed as a flake, the fix considered being a retry loop around docker pull"),
    conn("ciiiii/cloudflare-docker-proxy#64", "connectivity", "connectivity.timeout", False, "local", "auth.docker.io",
         r'''INFO[0031] trying next host                              error="failed to authorize: failed to fetch anonymous token: Get \"https://auth.docker.io/token?scope=repository%3Alibrary%2Fnginx%3Apull&service=registry.docker.io\": dial tcp 66.220.147.11:443: i/o timeout" host=docker.hxstarrys.me
ctr: failed to resolve reference "docker.hxstarrys.me/library/nginx:latest": failed to authorize: failed to fetch anonymous token: Get "https://auth.docker.io/token?scope=repository%3Alibrary%2Fnginx%3Apull&service=registry.docker.io": dial tcp 66.220.147.11:443: i/o timeout''',
         cmd="sudo k3s ctr image pull docker.hxstarrys.me/library/nginx:latest", also_ok=["credentials.token_failed", "connectivity.firewall_blocked", "registry.proxy_upstream_blocked"],
         note="14 September 2024, k3s's containerd pulling through a Cloudflare-worker Docker Hub proxy from China: the reporter found 'Containerd is getting access token by accessing auth.docker.io/token instead of docker.hxstarrys.me/v2/auth, and the auth.docker.io is unable to access in China regions'; fixed in the proxy's token realm, not by a retry"),
    cred("docker/hub-feedback#753", "credentials", "credentials.auth_failed", False, "local", "registry-1.docker.io",
         "Sending build context to Docker daemon 131.1 kB\nStep 1 : FROM node:4\nGet https://registry-1.docker.io/v2/library/node/manifests/4: unauthorized: incorrect username or password",
         cmd="docker build -f latest/Dockerfile .", also_ok=["credentials.unauthorized", "local.docker_env_misconfigured"],
         note="2 August 2016, building node-red-docker FROM the public node:4: the stored Hub credentials on the machine are bad, so even a public base image is refused; 'this was solved by properly doing docker login. Closing.'"),
    conn("moby/moby#43383", "connectivity", "connectivity.client_timeout", False, "local", "registry-1.docker.io",
         'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
         cmd="docker login --username <valid_id> --password <valid_pwd>", also_ok=["dns.timeout", "dns.resolver_unreachable"],
         note="15 March 2022: docker login with valid credentials times out at the registry ping every time; 'The problem was circumvented by deleting /etc/resolv.conf and replacing it' with other nameservers, the machine's resolver being the cause"),
    conn("moby/moby#34138", "dns", "dns.no_such_host", False, "local", "index.docker.io",
         "dial tcp: lookup index.docker.io on 127.0.1.1:53: no such host",
         cmd="docker pull hello-world", also_ok=["dns.resolver_unreachable", "connectivity.proxy_refused"],
         note="17 July 2017, Ubuntu 16.04 behind a corporate proxy with only shell http_proxy variables set: cpuguy83, the daemon 'is unable to connect to the local resolver' (127.0.1.1); thaJeztah closed it as 'a configuration issue, not a bug', the daemon's proxy to be set in its systemd unit (the error is quoted inline in the description)"),
    conn("containerd/cri#1336", "connectivity", "connectivity.refused", False, "local", "localhost",
         'FATA[0000] pulling image failed: rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/ubuntu:18.04": failed to resolve reference "docker.io/library/ubuntu:18.04": failed to do request: Head http://localhost:1234/v2/library/ubuntu/manifests/18.04: dial tcp 127.0.0.1:1234: connect: connection refused',
         cmd="crictl pull ubuntu:18.04", also_ok=["registry.no_endpoint", "registry.proxy_upstream_missing"],
         note="15 November 2019: the node's docker.io mirror (localhost:1234) is down, and containerd 1.3.0's cri no longer falls back to registry-1.docker.io as 1.2.9 did (the switch to the RegistryHosts library); every pull fails until the mirror is up or the config lists the canonical endpoint"),
    conn("siderolabs/talos#12972", "dns", "dns.no_such_host", False, "local", None,
         'Warning  Failed  kubelet  Failed to pull image "docker.io/coredns/coredns:1.13.1":\n  failed to pull and unpack image "docker.io/coredns/coredns:1.13.1":\n  failed to copy: httpReadSeeker: failed open: failed to do request:\n  Get "http://docker-io.regproxy.example.com/v2/coredns/coredns/manifests/sha256:9b9128...?ns=docker.io":\n  dial tcp: lookup docker-io.regproxy.example.com on 192.168.122.1:53: no such host',
         host_alt=["docker-io.regproxy.example.com"], also_ok=["registry.no_endpoint", "dns.resolve_failed"],
         note="16 March 2026, Talos v1.12.4 with a docker.io RegistryMirrorConfig and skipFallback: false: the mirror's name does not resolve and Talos never appended the upstream registry to containerd's config, so pod pulls fail instead of falling back; the reporter wrote a fix (the mirror host is the reporter's placeholder)"),
    conn("distribution/distribution#3249", "connectivity", "connectivity.refused", False, "local", None,
         'level=info msg="Attempting next endpoint for pull after error: Get http://DOCKER-CACHE.company.xyz:5000/v2/: dial tcp XX.XXX.XXX.XXX:5000: connect: connection refused"',
         fatal=False, host_alt=["DOCKER-CACHE.company.xyz"], also_ok=["registry.no_endpoint", "connectivity.registry_unreachable"],
         note="11 September 2020, a company pull-through cache set up ahead of Docker Hub's rate limits: with the cache stopped, dockerd logs the refused mirror and falls back to Docker Hub, so the pull succeeds (the issue asks for it to fail instead); the cache host is masked by the reporter"),
    conn("moby/moby#13571", "dns", "dns.server_misbehaving", False, "local", "mirror.core.dckrindy.io",
         "Error response from daemon: invalid registry endpoint https://mirror.core.dckrindy.io:5000/v0/: unable to ping registry endpoint https://mirror.core.dckrindy.io:5000/v0/\nv2 ping attempt failed with error: Get https://mirror.core.dckrindy.io:5000/v2/: dial tcp: lookup mirror.core.dckrindy.io on 10.0.2.3:53: server misbehaving\n v1 ping attempt failed with error: Get https://mirror.core.dckrindy.io:5000/v1/_ping: dial tcp: lookup mirror.core.dckrindy.io on 10.0.2.3:53: server misbehaving. If this private registry supports only HTTP or HTTPS with an unknown CA certificate, please add `--insecure-registry mirror.core.dckrindy.io:5000` to the daemon's arguments. In the case of HTTPS, if you have access to the registry's CA certificate, no need for the flag; simply place the CA certificate at /etc/docker/certs.d/mirror.core.dckrindy.io:5000/ca.crt",
         also_ok=["registry.no_endpoint", "dns.resolve_failed"],
         note="29 May 2015, docker 1.7.0-rc1 with a --registry-mirror that does not resolve away from its site: the daemon no longer falls back to Docker Hub and the pull fails; fixed by moby/moby#13651 ('Fallback to pull from hub if mirrors unavailable'), cherry-picked into 1.7"),
    # --- the build's own: tags never published -----------------------------------------------------------------------------
    bld("Decathlon/slate-builder-action#5", NO_TAG,
        "Pull down action image 'decathlon/slate-builder-action:2.0.0'\n  /usr/bin/docker pull decathlon/slate-builder-action:2.0.0\n  Error response from daemon: manifest for decathlon/slate-builder-action:2.0.0 not found: manifest unknown: manifest unknown\n  ##[warning]Docker pull failed with exit code 1, back off 1.944 seconds before retry.\n  /usr/bin/docker pull decathlon/slate-builder-action:2.0.0\n  Error response from daemon: manifest for decathlon/slate-builder-action:2.0.0 not found: manifest unknown: manifest unknown\n  ##[warning]Docker pull failed with exit code 1, back off 6.667 seconds before retry.\n  /usr/bin/docker pull decathlon/slate-builder-action:2.0.0\n  Error response from daemon: manifest for decathlon/slate-builder-action:2.0.0 not found: manifest unknown: manifest unknown\n  ##[endgroup\n  ##[error]Docker pull failed with exit code 1",
        raw_is_log=True, host_alt=HUB, also_ok=["credentials.pull_access_denied"],
        note="16 August 2020: the action's README says docker://decathlon/slate-builder-action:2.0.0, 'but no 2.0.0 tag exists for your docker image on docker hub. Changing it to latest fixes the issue'; every run until the reference changes"),
    bld("devops-infra/action-commit-push#202", NO_TAG,
        "Error response from daemon: manifest for devopsinfra/action-commit-push:v1.2.1 not found: manifest unknown: manifest unknown",
        head=["Pull down action image 'devopsinfra/action-commit-push:v1.2.1'", "  /usr/bin/docker pull devopsinfra/action-commit-push:v1.2.1"],
        host_alt=HUB, also_ok=["registry.artifact_not_found"],
        note="22 May 2026: the v1.2.1 release tag exists on GitHub but its Docker Hub image was never pushed, so workflows on @master or @v1.2.1 fail at 'Pull down action image'; the maintainer: 'My E2E tests weren't executed yesterday. It's fixed now', and pinning @v1.2.0 was the workaround"),
    bld("cloudflare/sandbox-sdk#792", NO_TAG,
        "01:54:15.012 #2 [internal] load metadata for docker.io/cloudflare/sandbox:0.12.2\n01:54:15.248 #2 ERROR: docker.io/cloudflare/sandbox:0.12.2: not found\n01:54:15.296 ------\n01:54:15.296  > [internal] load metadata for docker.io/cloudflare/sandbox:0.12.2:\n01:54:15.296 ------\n01:54:15.300 Dockerfile:23\n01:54:15.305 --------------------\n01:54:15.305   21 |     #     sandbox-rpc is unaffected, but template deps with native addons compile differently.\n01:54:15.305   22 |\n01:54:15.305   23 | >>> FROM docker.io/cloudflare/sandbox:0.12.2\n01:54:15.305   24 |\n01:54:15.305   25 |     ENV STARLOOP_WORKSPACE=/workspace \\\n01:54:15.306 --------------------\n01:54:15.306 ERROR: failed to build: failed to solve: docker.io/cloudflare/sandbox:0.12.2: failed to resolve source metadata for docker.io/cloudflare/sandbox:0.12.2: docker.io/cloudflare/sandbox:0.12.2: not found",
        raw_is_log=True, host_alt=HUB, also_ok=["build.dependency_not_found"],
        note="28 June 2026, a Cloudflare deploy building FROM the SDK's base image: 'docker.io/cloudflare/sandbox:0.12.2 is not available due to CI deploy failed', the SDK's release published no image for that version; every build until the tag exists or the FROM pins another"),
    bld("docker/hub-feedback#1460", NO_TAG,
        "Using default tag: latest\nError response from daemon: manifest for ansible/ansible:latest not found",
        cmd="docker pull ansible/ansible", host_alt=HUB,
        note="9 April 2018: the repository publishes no latest tag though its Hub page shows a bare docker pull; nickwinn: 'Look at the tags available ... docker pull ansible/ansible:default'"),
    bld("scale-tone/DurableFunctionsMonitor#28", NO_TAG,
        "Error response from daemon: manifest for scaletone/durablefunctionsmonitor:latest not found: manifest unknown: manifest unknown",
        cmd="docker pull scaletone/durablefunctionsmonitor:latest", host_alt=HUB,
        note="24 September 2020: the maintainer, 'the tag \"latest\" doesn't exist among the images and is not going to exist. Please, specify one of the existing tags, e.g. ... :3.3'; 'thanks, that works'"),
    # --- the build's own: repositories that are gone, misnamed or never built ----------------------------------------------
    bld("minio/minio#14097", NO_REPO,
        "Error response from daemon: repository docker.io/minio/minfs not found: does not exist or no pull access",
        cmd="docker pull minio/minfs", host_alt=HUB, also_ok=["credentials.pull_access_denied"],
        note="13 January 2022: harshavardhana, 'minfs is gone, not maintained. Build it yourself if needed'; closed as working as intended"),
    bld("PostHog/millpond#142", NO_REPO,
        "minio-init Error pull access denied for minio/mc, repository does not exist\nor may require 'docker login': denied: requested access to the resource is denied",
        cmd="docker compose up -d", host_alt=HUB, also_ok=["credentials.pull_access_denied"],
        note="18 September 2026, the DuckLake e2e job at stack boot: 'Docker Hub stopped serving the MinIO images anonymously', nothing in the repo changed; the PR pulls quay.io/minio/minio and quay.io/minio/mc instead (the reporter's own line wrap kept)"),
    bld("italia/ckan-it#47", NO_REPO,
        "Pulling solr (teamdigitale/daf-ckan-solr:0.1.0)...\nERROR: pull access denied for teamdigitale/daf-ckan-solr, repository does not exist or may require 'docker login'",
        cmd="docker-compose up -d", host_alt=HUB, also_ok=["credentials.pull_access_denied", "build.invalid_reference"],
        note="10 September 2019, the master branch's compose file: jenkin, 'Yes, it was a problem in image names', fixed by italia/dati-ckan-docker#46"),
    bld("ckan/ckanext-validation#99", NO_REPO,
        "Starting solr service container\n  /usr/bin/docker pull ckan/ckan-solr-dev:2.9\n  Error response from daemon: pull access denied for ckan/ckan-solr-dev, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n  Warning: Docker pull failed with exit code 1, back off 7.312 seconds before retry.\n  /usr/bin/docker pull ckan/ckan-solr-dev:2.9\n  Error response from daemon: pull access denied for ckan/ckan-solr-dev, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n  Warning: Docker pull failed with exit code 1, back off 9.989 seconds before retry.\n  /usr/bin/docker pull ckan/ckan-solr-dev:2.9\n  Error response from daemon: pull access denied for ckan/ckan-solr-dev, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n  Error: Docker pull failed with exit code 1",
        raw_is_log=True, host_alt=HUB, also_ok=["credentials.pull_access_denied"],
        note="11 July 2024, the workflows' solr service container: the ckan/ckan-solr-dev repository is no longer on Docker Hub, and the extension's workflow moved to ckan/ckan-solr:2.9-solr8 (commit c3b975d, which the same maintainer cites in ckan/ckan-solr#12)"),
    bld("wukongdaily/DockerTarBuilder#11", NO_REPO,
        "Error response from daemon: pull access denied for minio, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nError: Process completed with exit code 1.",
        raw_is_log=True, host_alt=HUB, also_ok=["credentials.pull_access_denied", "build.invalid_reference"],
        note="1 August 2024, the image-to-tar workflow run with 'minio:2024.6.26': there is no official library/minio image, MinIO publishing under minio/minio, so the namespace-less name does not exist on Docker Hub (no maintainer reply in the thread)"),
    bld("ContinuumIO/gtc2019-numba#3", NOT_BUILT,
        "Sending build context to Docker daemon  2.048kB\nStep 1/8 : FROM conda_cuda_base_2019:latest\npull access denied for conda_cuda_base_2019, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
        cmd="docker build -t numba_gtc2019:latest ./notebooks", host_alt=HUB, also_ok=[NO_REPO, "credentials.pull_access_denied"],
        note="July 2019, though logged in to Docker Hub: seibert, 'we haven't pushed these images to docker hub. You currently have to build them yourself', and the README's first build command had a typo so the base image was never tagged; fixed in the README (blockquote markers dropped)"),
    bld("NVIDIA/DCGM#9", NOT_BUILT,
        "Unable to find image 'dcgmbuild:latest' locally\ndocker: Error response from daemon: pull access denied for dcgmbuild, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
        cmd="./build.sh --release --debug --arch amd64 --clean --packages", host_alt=HUB, also_ok=[NO_REPO, "credentials.pull_access_denied"],
        note="13 September 2021: the build script runs in the dcgmbuild image, which is built locally, not published; the reporter, 'I should goto dcgmbuild directory first', building the image before running build.sh"),
    bld("swiftlang/swift-org-website#1346", NOT_BUILT,
        "docker-setup Warning pull access denied for swift-website-builder, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
        fatal=False, host_alt=HUB, also_ok=[NO_REPO, "credentials.pull_access_denied"],
        note="6 March 2026, the 'Run OpenAPI Tester' job: compose tries Docker Hub for the locally built swift-website-builder image, warns, and the step goes on; the issue only asks whether the warning should be squashed"),
    # --- the build's own: a push without docker login ----------------------------------------------------------------------
    B.build_in("registry", "prakhar1989/docker-curriculum#109", "credentials.missing",
               "denied: requested access to the resource is denied",
               component="credentials", t="push", image="docker.io/yourusername/catnip:latest", host_alt=HUB,
               also_ok=["credentials.push_denied", "credentials.unauthorized"],
               note="22 March 2018, the tutorial's docker push step: 'docker push doesn't work before running docker login first ... it just gives the error denied: requested access to the resource is denied'; the PR proposes a docker login step before the push (the error is quoted inline in the PR's description)"),
]
