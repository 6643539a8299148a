"""Dev-set entries, batch 95 (pushes, pulls and logins against private and cloud container registries as CI and
developer logs show them: Gitea's built-in container registry, Harbor, a self-hosted GitLab registry, Azure ACR and
mcr.microsoft.com, Google's gcr.io and Artifact Registry, ECR, Quay, GHCR and a vendor's own registry, through docker,
buildx and docker/build-push-action, podman, rkt, nerdctl, the Azure CLI, bazel's rules_oci (crane) and the old
actions/docker login action. The registries' side, about three fifths: mcr.microsoft.com answering 503 during two Azure
incidents and 500 for a blob for a few days, a vendor registry (cr.fluentbit.io) answering 502 to podman for a day,
another (docker-registry.kixdesk.com) in 503 windows longer than a deploy's retry loop, Artifact Registry's token
endpoint answering 502 to a push, Quay's May 2020 outage under rkt, Docker Hub's February 2025 500s, a GitLab registry
whose /v2/ answers 500 to every login, a Harbor whose core went unhealthy (504 until restarted), gcr.io and eu.gcr.io
answering EOF and Service Unavailable, and image projects on gcr.io whose permissions broke or that were deleted and
restored by their owners; and registry faults a re-run cannot fix: Gitea releases whose chunked-upload Range handling
broke buildx (`bad range format: 0--1`, then `EOF`), a Gitea build answering `error from registry: unknown` until a
nightly fixed it, Gitea's 500 for multi-arch manifests, GHCR tags whose manifests the publisher deleted or a cleanup
removed, GHCR images a project found corrupted (`manifest unknown` from `docker manifest inspect`), a vanity registry
redirected to a ghcr.io path that needs a login, and a GHCR package left private. The runner's side: nerdctl releases
whose login to ghcr.io fails (a 404 from the token flow, an empty auth hostname) and runners whose AWS CLI had no
`ecr-public` yet. The rest, the build's own mistakes that read like registry failures: a CD job that never ran
`az login` before `az acr login`, an `az acr login` token that had expired overnight, a goreleaser push with no docker
login at all (only the job container's pull credentials), a Harbor account without push rights on the project, a login
action given DOCKER_TOKEN where it reads DOCKER_PASSWORD, a Helm value still naming a tag from before the image's
rename, a compose file pulling a `latest` the project does not publish, `ghrc.io` typed for `ghcr.io`, an account on a
legacy per-repository plan that may not use GitHub's registry, an IAM user without `ecr:BatchGetImage` for crane's
probe, and an ECR login step run with no region configured. `err` is verbatim from the source (a GitHub thread found
with the search tool's `issues` corpus); where a thread quoted a log inside Markdown (code fences, escaped fences,
backticks, blockquote markers, GitHub's log-line links) only that markup was dropped and trailing blanks trimmed, never a
word of the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log
line, and a leading line holding a reporter's password was left out. Elisions and masks ('...', '***', 'XXX',
'<serverurl>') are the reporters' own. Hosts follow the README's strict rule: a host is given only where a line of the
log (or the quoted command the entry's `cmd` reproduces) names it for the failing call; an inferred, masked or
placeholder one goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS: set[str] = set()

B = Batch(PULLS)
reg = B.family("registry")
cred = B.family("credentials")
bld = B.build("registry")
loc = B.local()

MCR = "mcr.microsoft.com"
GITEA_BUG = "registry.server_bug"
GONE = "registry.manifest_incomplete"
CLIENT = "local.client_regression"

E = [
    # --- the registries' side: outages and 5xx that pass -------------------------------------------------------------
    reg("microsoft/containerregistry#157", "registry", "registry.server_error", True, "service", MCR,
        "Error response from daemon: received unexpected HTTP status: 503 Service Unavailable",
        cmd="docker pull mcr.microsoft.com/dotnet/aspnet:8.0", also_ok=["registry.outage"],
        note="21 January 2024: dotnet, playwright and powershell images all answer 503 from several countries, 'Looks like it resolved' the same day, and a Microsoft engineer later ties that date's outage to a specific Azure incident"),
    reg("dotnet/dotnet-docker#4402", "registry", "registry.server_error", True, "service", MCR,
        "Error response from daemon: received unexpected HTTP status: 503 Service Unavailable",
        cmd="docker pull mcr.microsoft.com/dotnet/aspnet:7.0", also_ok=["registry.outage"],
        note="8 February 2023: every pull from mcr.microsoft.com answers 503; the same day's sibling thread dotnet/dotnet-docker#4403 has the maintainer: 'There was an outage in the South East Asia ... Are your still seeing a 503?' and the reporter pulls again"),
    reg("microsoft/containerregistry#56", "registry", "registry.server_error", True, "service", MCR,
        "#3 ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://mcr.microsoft.com/v2/dotnet/core/aspnet/blobs/sha256:fe3a4716eba4304fdb3b6a63fd0e54aa9c6c8519f9d1ba2f67a043679dd2f64a: 500 Internal Server Error",
        also_ok=["registry.outage", "registry.blob_unknown"],
        note="'CI got this over the weekend': MCR answers 500 for one aspnet blob, seen 'once or twice' and later 'consistently' for a couple of days by another team, after which 'looks like the issue is resolved'; nothing in the builds changed"),
    reg("fluent/fluent-bit#8671", "registry", "registry.server_error", True, "service", "cr.fluentbit.io",
        "podman pull cr.fluentbit.io/fluent/fluent-bit:2.1.10\nTrying to pull cr.fluentbit.io/fluent/fluent-bit:2.1.10...\nError: initializing source docker://cr.fluentbit.io/fluent/fluent-bit:2.1.10: pinging container registry cr.fluentbit.io: received unexpected HTTP status: 502 Bad Gateway",
        also_ok=["registry.outage", "registry.bad_response"],
        note="4 April 2024: Fluent's own registry answers 502 to podman's /v2/ ping; the reporter, the next day: 'Looks better today. So closing.'"),
    reg("infinito-nexus/core#292", "registry", "registry.server_error", True, "service", "docker-registry.kixdesk.com",
        "[compose_ca] compose pull kix-backend failed (rc=1):\n  Image docker-registry.kixdesk.com/public/backend:stable Pulling\n  Error received unexpected HTTP status: 503 Service Unavailable\nError response from daemon: received unexpected HTTP status: 503 Service Unavailable",
        also_ok=["registry.outage"],
        note="KIX publishes its images only from its own registry, which 'has been flaking 503 since at least 2026-05-31'; the deploy's 8-attempt loop buys about 20 seconds, 'far below typical kixdesk.com 503 windows', so a later run passes once the window closes"),
    reg("kubernetes-sigs/kueue#14925", "registry", "registry.server_error", True, "service", "us-central1-docker.pkg.dev",
        "#30 exporting to image\n#30 pushing layers 0.6s done\n#30 ERROR: failed to push us-central1-docker.pkg.dev/k8s-staging-images/kueue/kueueviz-frontend:v0.20.0-devel-317-g4b47ee6b4: failed to authorize: failed to fetch oauth token: unexpected status from POST request to https://us-central1-docker.pkg.dev/v2/token: 502 Bad Gateway: <!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <meta name=viewport content=\"initial-scale=1, minimum-scale=1, width=device-width\">\n  <title>Error 502 (Server Error)!!1</title>\n  <style>\n    *{margin:0;padding:0}html,code{font:15px/22px arial,sans-... (1357 bytes truncated)",
        also_ok=["registry.auth_outage", "credentials.token_service_error", "registry.outage"],
        note="filed as kind/flake from the post-kueue-push-images prow job: Artifact Registry's token endpoint answered Google's HTML 502 page while buildx authorized the push; the same job passes on other runs"),
    reg("poseidon/typhoon#733", "registry", "registry.server_error", True, "service", "quay.io",
        "rkt[1281]: run: Unexpected HTTP code: 500, URL: https://quay.io/v2/poseidon/kub>",
        also_ok=["registry.outage"],
        note="19 May 2020, bare-metal Container Linux nodes fetching the kubelet image with rkt: Quay was down (a commenter links status.quay.io incident kw2627bsdwd9; another 'spend 3 hours debugging until i found that the image pull return 500'); the '>' is journalctl's truncation"),
    reg("docker/hub-feedback#2439", "registry", "registry.server_error", True, "service", "docker.io",
        "docker pull hello-world\nUsing default tag: latest\nlatest: Pulling from library/hello-world\ne6590344b1a5: Retrying in 1 second\nerror pulling image configuration: download failed after attempts=6: received unexpected HTTP status: 500 Internal Server Error",
        host_alt=["registry-1.docker.io"], also_ok=["registry.outage"],
        note="6 February 2025, from hosts in Germany and Austria: every pull answers 500 and 'https://www.dockerstatus.com/ has picked up the issue'; Docker Hub's incident, so a later pull passes"),
    reg("FiraHackathon/hackathon2025_ws#15", "registry", "registry.server_error", True, "service", "gitlab-registry.irstea.fr",
        "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n\nError response from daemon: login attempt to https://gitlab-registry.irstea.fr/v2/ failed with status: 500 Internal Server Error",
        also_ok=["registry.outage", "credentials.unauthorized"],
        note="the hackathon's GitLab registry answers 500 to docker login, and 'curl -I https://gitlab-registry.irstea.fr/v2/' gets 'HTTP/2 500' from its Apache with no credentials at all, so it is the server, not the login (the quote's first line, which holds the reporter's password, is left out)"),
    reg("goharbor/harbor#9743", "registry", "registry.server_error", True, "service", None,
        "received unexpected HTTP status: 504 Gateway Time-out",
        also_ok=["registry.gateway_timeout", "registry.outage"],
        note="a self-hosted Harbor: pushes answer 504 while `docker-compose ps` shows harbor-core 'Up (unhealthy)' and everything else healthy; 'After service restart everything is working fine' (the registry's side; the log names no host)"),
    reg("GoogleCloudPlatform/community#1977", "registry", "registry.server_error", True, "service", "gcr.io",
        "\u276f docker pull gcr.io/paketo-buildpacks/dotnet-core:0.8.1\nError response from daemon: Get \"https://gcr.io/v2/\": EOF\n\u276f docker pull gcr.io/paketo-buildpacks/dotnet-core:0.8.1\nError response from daemon: Get \"https://gcr.io/v2/\": Service Unavailable\n\u276f docker pull gcr.io/paketo-buildpacks/dotnet-core:0.8.1\nError response from daemon: Head \"https://gcr.io/v2/paketo-buildpacks/dotnet-core/manifests/0.8.1\": Get \"https://gcr.io/v2/token?scope=repository%3Apaketo-buildpacks%2Fdotnet-core%3Apull&service=gcr.io\": Service Unavailable\n\u276f docker pull eu.gcr.io/paketo-buildpacks/dotnet-core:0.8.1\nError response from daemon: Get \"https://eu.gcr.io/v2/\": Service Unavailable",
        host_alt=["eu.gcr.io"], also_ok=["registry.outage", "connectivity.eof"],
        note="'Docker registry at gcr.io down', 12 November 2021 09:52 UTC: the /v2/ ping, the token endpoint and eu.gcr.io all answer Service Unavailable or EOF to repeated pulls of a public Paketo image; the registry's side, passing once it recovers"),
    reg("etcd-io/etcd#10241", "registry", "registry.permission_incident", True, "service", "gcr.io",
        "Pulling repository gcr.io/etcd-development/etcd\nunauthorized: authentication required",
        cmd="docker pull gcr.io/etcd-development/etcd:v3.2.25", also_ok=["credentials.unauthorized", "credentials.pull_access_denied"],
        note="the public etcd image on gcr.io answers 'unauthorized'; jpbetz: 'Fixed. Sorry, we had some permission problems as part of the org changes related to the move to etcd-io', and gyuho confirms it pulls again the same day"),
    reg("GoogleCloudPlatform/cloud-sql-proxy#619", "registry", "registry.permission_incident", True, "service", "gcr.io",
        "Error response from daemon: Get https://gcr.io/v2/cloudsql-docker/gce-proxy/manifests/latest: denied: Project cloudsql-docker has been deleted.",
        cmd="docker pull gcr.io/cloudsql-docker/gce-proxy:latest", also_ok=["registry.repository_removed", "credentials.denied"],
        note="priority p0, 17 February 2021 from about 3pm EST: kurtisvg, 'There was an issue with the project the images are hosted in. It should be restored now and access should be back'; nothing on the pulling side changed"),
    # --- the registries' side: server bugs and images a re-run cannot bring back ----------------------------------------
    reg("go-gitea/gitea#34724", "registry", GITEA_BUG, False, "service", None,
        "::error::buildx failed with: ERROR: bad range format: 0--1",
        also_ok=["registry.bad_response", "registry.request_rejected"],
        note="Gitea 1.24.0's container registry: the same workflow pushes fine to docker.io; in the fix (go-gitea/gitea#34795) wxiaoguang explains that an empty upload gets the Range '0--1', 'That's why there is bug \"Bad range\" error'; every push fails until the server is upgraded"),
    reg("go-gitea/gitea#34792", "registry", GITEA_BUG, False, "service", None,
        "ERROR: EOF",
        also_ok=["connectivity.eof", "registry.bad_response"],
        note="'EOF error when pushing Docker images to Gitea 1.24.1 registry (works fine in 1.24.0)', local network with no MTU issues; fixed by go-gitea/gitea#34795 'Fix container range bug', so re-runs fail until Gitea is upgraded or rolled back (the reporter quoted the line inline)"),
    reg("go-gitea/gitea#34610", "registry", GITEA_BUG, False, "service", "devops.haarhoff.eu",
        "docker push devops.haarhoff.eu/haarhoff/freddiecard:0.4.17\nThe push refers to repository [devops.haarhoff.eu/haarhoff/freddiecard]\n3720fbd9f073: Layer already exists\n722fd60a3029: Layer already exists\n1b2ead6cb8df: Layer already exists\n63b8e2b4e5f9: Layer already exists\nfd4a6745bcb4: Layer already exists\n4f4fb700ef54: Layer already exists\nca7817a71dee: Pushed\n232b4483dd99: Layer already exists\nerror from registry: unknown\nunknown",
        also_ok=["registry.server_error", "registry.error_response"],
        note="most pushes to a Gitea registry fail with 'error from registry: unknown' although the token has every permission; wxiaoguang: 'the problem should have been fix on main branch, feel free to try the nightly build', and a user on 1.24.3 confirms the nightly pushes"),
    reg("go-gitea/gitea#31964", "registry", GITEA_BUG, False, "service", "demo.gitea.com",
        "------\n > pushing demo.gitea.com/janbong/test with docker:\n------\nERROR: failed commit on ref \"manifest-sha256:3e7adbc54660863d7a35856cdb05c7ee4dbfac9f0745a01ff2fa272917811ac5\": unexpected status from PUT request to https://demo.gitea.com/v2/janbong/test/manifests/latest: 500 Internal Server Error",
        also_ok=["registry.server_error", "registry.oci_index_unsupported"],
        note="a two-line Dockerfile built for linux/arm64,linux/amd64 and pushed to demo.gitea.com fails every time; the server logs 'Error inserting package: package version already exists' (labelled type/bug), a Gitea defect in storing multi-arch manifests"),
    reg("borchero/switchboard#22", "registry", GONE, False, "service", "ghcr.io",
        "\u276f docker pull ghcr.io/borchero/switchboard:0.5.0\n0.5.0: Pulling from borchero/switchboard\nmanifest unknown",
        also_ok=["build.tag_not_found", "registry.artifact_not_found"],
        note="the maintainer: 'Yeah I messed something up, sorry... apparently GHCR keeps tags around even if the underlying manifest is deleted' and re-uploaded 0.5.0, then 0.3 and 0.4 the next day; pulls fail until the publisher pushes again"),
    reg("authelia/authelia#2400", "registry", "registry.package_unpublished", False, "service", "ghcr.io",
        "docker pull ghcr.io/authelia/authelia:4.30.5\n4.30.5: Pulling from authelia/authelia\nmanifest unknown",
        also_ok=[GONE, "build.tag_not_found", "build.cleanup_deleted_image"],
        note="nightah: 'it looks like the older manifests on GHCR <4.31.0 got removed in a cleanup', so the 4.30.x tags point at nothing until 'I've manually pushed' them back; 4 and 4.31 pull fine"),
    reg("bcgov/quickstart-openshift#1886", "registry", GONE, False, "service", "ghcr.io",
        "Run DIGEST=$(docker manifest inspect ghcr.io/bcgov/nr-omrr-transparency/frontend:44 | jq '.manifests[0].digest')\n  DIGEST=$(docker manifest inspect ghcr.io/bcgov/nr-omrr-transparency/frontend:44 | jq '.manifests[0].digest')\n  echo \"digest=${DIGEST}\" >> $GITHUB_OUTPUT\n  shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}\nmanifest unknown\nError: Process completed with exit code 1.",
        raw_is_log=True, also_ok=["build.tag_not_found", "registry.blob_unknown"],
        note="the template's maintainer: 'GHCR kicks up manifest unknown errors when images become corrupted or otherwise fail', proposing to handle it 'with a new build' of the image; re-running the inspect alone keeps failing"),
    reg("nix-community/docker-nixpkgs#55", "registry", "registry.misconfigured", False, "service", "ghcr.io",
        "\u276f docker pull docker.nix-community.org/nixpkgs/nix-flakes\nUsing default tag: latest\nError response from daemon: Head \"https://ghcr.io/v2/nixpkgs/nix-flakes/manifests/latest\": unauthorized",
        host_alt=["docker.nix-community.org"], also_ok=["credentials.unauthorized", "credentials.pull_access_denied"],
        note="zimbatm: 'I redirected scarf onto ghcr.io. Unfortunately it seems like ghcr.io requires the user to be logged in to work properly. I will revert that change'; pulling ghcr.io/nix-community/docker-nixpkgs/nix-flakes directly works, the vanity host's redirect is broken until reverted"),
    reg("TencentCloud/CubeSandbox#86", "registry", "registry.package_private", False, "service", "ghcr.io",
        "ERROR: failed to solve: ghcr.io/tencentcloud/cubesandbox-base:2026.16: unexpected status from HEAD request to https://ghcr.io/v2/tencentcloud/cubesandbox-base/manifests/2026.16: 403 Forbidden",
        cmd="docker build -t cubesandbox-demo-nginx:latest .", also_ok=["credentials.pull_access_denied", "credentials.denied"],
        note="the README's example build FROMs the project's base image: 401 anonymously, 403 after docker login; a maintainer: 'This image is currently marked as private', and the project fixed it by publishing it"),
    # --- the runner's side: the client tools ---------------------------------------------------------------------------
    loc("rancher-sandbox/rancher-desktop#1673", CLIENT, False,
        "$ nerdctl login ghcr.io -u mbjones\nEnter Password:\nERRO[0003] failed to call tryLoginWithRegHost            error=\"unexpected status code 404\" i=0\nFATA[0003] unexpected status code 404",
        host="ghcr.io", also_ok=["credentials.unauthorized", "credentials.token_failed"],
        note="'This is not a password issue, but an identified bug in nerdctl 0.16.0' which Rancher Desktop 1.0.1 ships; fixed in nerdctl 0.16.1 (containerd/nerdctl#735), so the machine needs the newer client"),
    loc("containerd/nerdctl#121", CLIENT, False,
        "$ nerdctl pull ghcr.io/stargz-containers/python:3.9-org\nFATA[0000] expected the hostname part of ac.ServerAddress (\"ghcr.io\") to be authConfigHostname=\"ghcr.io\", got \"\"",
        host="ghcr.io", also_ok=["credentials.helper_failed", "local.runtime_bug"],
        note="filed by nerdctl's maintainer as a priority/high bug in v0.7.1: with a plain ghcr.io auth entry in ~/.docker/config.json the client's own hostname check rejects it, so every authenticated pull fails until nerdctl is fixed"),
    loc("docker/login-action#38", "local.runner_image_missing_tool", False,
        "Error response from daemon: Get https://public.ecr.aws/v2/: denied: Not Authorized",
        host="public.ecr.aws", also_ok=["credentials.unauthorized", "credentials.denied"],
        note="December 2020: login-action's ECR Public support was merged but unreleased 'because GitHub Runners does not currently support ecr-public command' (their AWS CLI versions); crazy-max two days later: the AWS CLI 'has been updated on GitHub Runners'"),
    # --- the build's own: logins that never happened, or expired ---------------------------------------------------------
    bld("microsoft/AzureTRE#324", "credentials.missing",
        "WARNING: Unable to get AAD authorization tokens with message: Please run 'az login' to setup account.\nWARNING: Unable to get admin user credentials with message: Please run 'az login' to setup account.\nERROR: Unable to authenticate using AAD or admin login credentials. Please specify both username and password in non-interactive mode.\nmake: *** [Makefile:38: push-api-image] Error 1\nError: Process completed with exit code 2.",
        raw_is_log=True, component="credentials", also_ok=["credentials.tool_token_missing", "credentials.unauthorized"],
        note="labelled bug, 'CD pipeline fails on auth to ACR': the Makefile's `az acr login` runs in a job with no Azure CLI session, as the CLI itself says ('Please run az login'); every run fails the same until the workflow signs in first"),
    bld("MicrosoftDocs/azure-docs#89972", "credentials.unauthorized",
        "unauthorized: authentication required\nThe terminal process \"/usr/bin/bash '-c', 'docker push my-container-registry.azurecr.io/qstart-custom-ctnr/tag1:latest'\" terminated with exit code: 1.",
        component="credentials", host_alt=["my-container-registry.azurecr.io"], also_ok=["credentials.session_expired", "credentials.push_denied"],
        note="the registry was created the day before and VS Code still lists it, but the push is refused; the reporter: the tutorial should remind readers to run 'az acr login -n my-container-registry' again (the registry name is the reporter's example)"),
    bld("bsubio/cli#153", "credentials.missing",
        "unauthorized: unauthenticated: User cannot be authenticated with the token provided.\nThe push refers to repository [ghcr.io/bsubio/cli]",
        host="ghcr.io", component="credentials", also_ok=["credentials.push_denied", "credentials.unauthorized"],
        note="the project's own root cause: 'The credentials: in the workflow's container: section only authenticates pulling the CI container image. It doesn't log Docker in for pushing images'; the fix adds a docker/login-action step before GoReleaser"),
    bld("goharbor/harbor#21373", "credentials.push_denied",
        "unauthorized: unauthorized to access repository: myapp/mysql, action: push: unauthorized to access repository: myapp/mysql, action: push",
        component="credentials", also_ok=["credentials.insufficient_scope", "credentials.unauthorized"],
        note="Harbor 2.12.1 refuses a push to project myapp; the maintainer: 'Make sure you're signed in to Harbor with an account that has the appropriate permissions for the target project', closed (the log names no host)"),
    bld("actions/docker#30", "credentials.missing",
        "Error: Cannot perform an interactive login from a non TTY device",
        component="credentials", host_alt=["docker.pkg.github.com"], also_ok=["credentials.helper_failed"],
        note="the workflow passes its token as DOCKER_TOKEN, but the login action reads DOCKER_PASSWORD (diegoferigo points at its Dockerfile), so docker login gets no password and asks for one; 'Ooops ... forgot switch to the env variable DOCKER_PASSWORD'"),
    # --- the build's own: names, tags and hosts that are not there --------------------------------------------------------
    bld("ietf-tools/www#392", "build.tag_not_found",
        "Error response from daemon: manifest unknown",
        host="ghcr.io", cmd="docker pull ghcr.io/ietf-tools/www:v2.0.0", also_ok=["registry.artifact_not_found", "build.repository_removed"],
        note="the project's helm values still pin tag v2.0.0, but the image was renamed from wagtail_website to www and 'www:v2.0.0 doesn't exist as the tag had been published before the image was renamed'; 'Using a newer tag should work'"),
    bld("basecamp/once-campfire#14", "build.tag_not_found",
        "Error manifest unknown",
        cmd="docker-compose up", host_alt=["ghcr.io"], also_ok=["registry.artifact_not_found", "registry.tag_not_built"],
        note="the compose file names ghcr.io/basecamp/once-campfire with no tag; a commenter: it 'will try to pull :latest which this project doesn't publish ... just use a valid tag', and a maintainer confirms no release is tagged latest yet (quoted inline by the reporter)"),
    bld("docker/build-push-action#340", "build.wrong_host",
        "pushing ghrc.io/ownerin/customer-service-backend:0679931b537b724ca21e6ef53178d4bf0725b4b5 with docker:\nerror: Get https://ghrc.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
        host="ghrc.io", also_ok=["build.registry_host_typo", "build.invalid_reference"],
        note="the login step targets ghcr.io, but the workflow's tags say 'ghrc.io/ownerin/...' (the reporter's own YAML in the thread), so the push goes to a host that is no registry and times out; every run fails until the typo is fixed"),
    bld("docker/build-push-action#205", "credentials.denied",
        "Error: buildx call failed with: failed to solve: rpc error: code = Unknown desc = unexpected status: 403 Forbidden",
        component="credentials", host_alt=["docker.pkg.github.com"], also_ok=["credentials.push_denied", "credentials.ghcr_write_denied"],
        note="crazy-max: the repository belongs to an organization on a legacy per-repository plan, and 'accounts using legacy per-repository plans cannot access GitHub Container Registry' nor GitHub Packages for private repositories; an account setting, not a flake"),
    bld("bazel-contrib/rules_oci#648", "credentials.iam_permission_missing",
        "User: arn:aws:iam::XXX:user/XXX-ecr-push is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:XXX:XXX:repository/XXX because no identity-based policy allows the ecr:BatchGetImage action",
        component="credentials", cmd="bazel run //redacted:push  -- --repository XXX.dkr.ecr.XXX.amazonaws.com/XXX --tag mytag", host_alt=["XXX.dkr.ecr.XXX.amazonaws.com"],
        also_ok=["credentials.denied", "credentials.push_denied"],
        note="rules_oci 2's oci_push uses crane, which probes the repository first and so needs ecr:BatchGetImage that rules_docker never did; the maintainer: 'this permission is justified ... nothing for us to fix', so the push user's IAM policy must grant it"),
    bld("aws-actions/amazon-ecr-login#620", "credentials.missing",
        "Run aws-actions/amazon-ecr-login@v2\n  with:\n    mask-password: true\n    registry-type: private\n    skip-logout: false\nError: Region is missing",
        raw_is_log=True, component="credentials", also_ok=["credentials.cloud_role_refused", "build.docker_env_misconfigured"],
        note="the workflow runs the ECR login action on its own; it has no region input and takes the region from the AWS configuration that aws-actions/configure-aws-credentials sets up, which this job never ran ('Is it a requirement to run aws-actions/configure-aws-credentials as the immediate prior step')"),
]
