"""Dev-set entries, batch 85 (pushing images and logging in to container registries from CI: docker push from shell
steps, Drone's docker plugin, Docker Hub's automated-build hooks, docker/build-push-action and buildx, docker compose
push, docker manifest push, kaniko --destination, ko, pack --publish, jib, skopeo login and crane, and the logins in
front of them: docker/login-action, aws-actions/amazon-ecr-login, aws ecr get-login, gcloud auth configure-docker in
a CircleCI orb, Harbor robot accounts and Docker Hub access tokens. The registries' and runners' side: Docker Hub's
own incidents answered as 400 'is a private image', 429s on automated-build pushes, a partial outage of 404 pages and
unknown blobs, an auth incident that denied autobuild hooks, a day of 'unknown error' on kaniko's manifest PUT;
GHCR's June 2022 'cannot reuse body' week and the old docker.pkg.github.com losing blobs; Harbor in read-only
maintenance mode, Harbor tokens that expire while 2 GB layers upload, a self-built registry image answering 500; ECR's
GetAuthorizationToken throttling under parallel builds; a slow registry commit that makes jib re-send its upload;
Windows runner images whose credential store refuses the ECR token; skopeo's default auth file under /run/containers
on an unprivileged runner. About half are the build's own mistakes that read like registry or network failures: a
Docker Hub builder account never made a collaborator, Drone secrets not handed to the plugin, a Harbor robot name whose
`$` the shell ate, GCR token exchanges refused for missing bucket permissions and GCR's retirement, ECR roles and
repository policies that do not allow InitiateLayerUpload, fork and pull_request runs whose token may not create or
write organization packages (one a warning the job survived), an image reference with https:// in it, a login keyed
to index.docker.io/v2 instead of v1, a CI action's broken ECR login, an orb that logged in as root, setup-crane
overwriting the job's GHCR login, a password where Docker Hub wants an access token, a hard-coded username, pack and
docker manifest push with no login at all, and a GHCR organisation name spelt as on Docker Hub.) `err` is verbatim
from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside
Markdown (code fences, blockquote markers, backticks around a one-line message) only that markup was dropped and
trailing blanks trimmed, never a word of the log; backticks inside a fenced log are the tool's own output and kept;
where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line. Elisions
and masks ('...', '***', 'XXXX', 'x.x.x.x', '<name>', 'redacted') are the reporters' own. Hosts follow the README's
strict rule: a host is given only where a line of the log names it for the failing call (a URL's host, the image
reference's registry); an inferred, masked or placeholder one goes in host_alt, and never a documentation link's host.
Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"gardener/ops-toolbelt#175", "blue-nebula/base#279", "atlanhq/application-sdk#2033",
         "llvm/llvm-project#116366", "dante-ev/docker-texlive#18"}  # fmt: skip

B = Batch(PULLS)
reg = B.family("registry")
bld = B.build("registry")
loc = B.local()

HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
S500 = "registry.server_error"
GHCR_DENIED = "credentials.ghcr_write_denied"
TOKEN_PERMS = "credentials.token_permissions"
IAM = "credentials.iam_permission_missing"

E = [
    # --- the registries' side: Docker Hub incidents --------------------------------------------------------------------
    reg("GoogleContainerTools/kaniko#606", "registry", S500, True, "service", "index.docker.io",
        '2019/03/08 11:08:22 existing blob: sha256:6cf436f81810f067c6d4ffca6793eae7cb6d38456715b0707d8a5a2d1acccf12\n2019/03/08 11:08:22 existing blob: sha256:b4624b3efe0617e59ed3998407eafdbe1cb6451346a6cabd066b6e253f50efb1\n2019/03/08 11:08:22 existing blob: sha256:d42beb8ded595df5627ad4ef31bf528a6fdbfbd11d82f9023152738d6b05a7fa\n2019/03/08 11:08:22 existing blob: sha256:987088a85b9606eb474a365eb210db765ff0d011ee099a6e3de5087435c6f966\nerror pushing image: failed to push to destination index.docker.io/XXXX/YYYY:0.1: UNKNOWN: "unknown error"',
        host_alt=["docker.io"], also_ok=["registry.outage", "registry.error_response"],
        note="2019-03-08, the morning Docker Hub answered pushes with 500s: the blobs are already there and only the final manifest step fails; the same reporter wrote 'Can confirm, 12 out of 100 pushes failed to Hub' on that day's hub-feedback incident, which Docker fixed the same day (the repository name is the reporter's mask)"),
    reg("Shippable/support#1343", "registry", "registry.request_rejected", True, "service", None,
        '"Access denied: 983724ceadc14df24831259b1527ed3330f1567c313ae8800ed5811bfea8ab4b is a private image": Traceback (most recent call last):\n  File "/home/shippable/dpd/step_listener.py", line 99, in handle_message_callback\n    self.execute_step(build_plan, current_step, False)\n  File "/home/shippable/dpd/step_listener.py", line 165, in execute_step\n    raise e',
        host_alt=HUB, also_ok=["credentials.push_denied", "registry.outage"],
        note="April 2015: every Shippable build's push to Docker Hub gets a 400 'Access denied ... is a private image', even re-runs of builds that had passed; Shippable: 'we are getting this error from docker hub'; six days later 'Our builds magically no longer give a 400 \"Access denied\" error (credentials are the same nothing has changed)'"),
    reg("docker/hub-feedback#413", "registry", "registry.outage", True, "service", None,
        "request failed with status: 429 Too Many Requests",
        host_alt=HUB, also_ok=["registry.rate_limited", S500],
        note="2015-10-21: completed automated builds 'won't push' for many users while the status page says all is well; Docker: 'We are aware of the problem', next day 'we rolled out some changes, and the problem should be resolved'; nothing in the projects changed"),
    reg("docker/hub-feedback#1693", "registry", "registry.outage", True, "service", None,
        'error parsing HTTP 404 response body: invalid character \'p\' after top-level value: "404 page not found\\n\nunknown blob\nError response from daemon: unauthorized: authentication required.',
        host_alt=HUB, also_ok=["registry.blob_unknown", S500, "registry.auth_outage"],
        note="2018-11-24, LinuxServer's build day: 'Dockerhub is experiencing a partial outage' with auth, 404 and unknown-blob errors on pushes from many repositories and locally; other reports that weekend were closed as duplicates of this one (the literal \\n is Docker's own quoting)"),
    reg("docker/hub-feedback#815", "registry", "registry.outage", True, "service", None,
        "received unexpected HTTP status: 500 Server Error",
        host_alt=HUB, also_ok=[S500],
        note="2016-10-03 22:12 UTC, a push to Docker Hub; Docker staff: 'Docker Hub is currently experiencing a service disruption (operations such as docker login, push, pull are not functioning correctly)'"),
    reg("docker/hub-feedback#1611", "registry", "registry.auth_outage", True, "service", "docker.io",
        "The push refers to repository [docker.io/vladgh/testautobuildhooks]\n73046094a9b8: Preparing\n73046094a9b8: Layer already exists\nerrors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required",
        cmd='docker push "${DOCKER_REPO}:${version}"', also_ok=["credentials.push_denied", "registry.outage"],
        note="August 2018: every automated build's post_push hook is denied; Docker: 'this issue should have been fixed ~8hrs ago. Are you continuing to see problems if you retry?' and the reporter 'can confirm it works now'; an auth problem on Docker Hub's side that reads like a missing login"),
    # --- the registries' side: GitHub's registries -------------------------------------------------------------------------
    reg("felddy/foundryvtt-docker#362", "registry", "registry.cannot_reuse_body", True, "service", "ghcr.io",
        '2022-06-01T00:00:43.6973956Z #103 [auth] ***/foundryvtt:pull,push token for ghcr.io\n2022-06-01T00:00:43.6974234Z #103 DONE 0.0s\n2022-06-01T00:00:43.8480253Z\n2022-06-01T00:00:43.8480656Z #101 exporting to image\n2022-06-01T00:00:50.0749426Z #101 pushing layers 6.6s done\n2022-06-01T00:00:50.0750696Z #101 ERROR: failed commit on ref "layer-sha256:b9444a845acca65e2fe3b2b0d0485eaaf7197022560b405c0f744471a0824d0d": cannot reuse body, request must be retried\n2022-06-01T00:00:50.0751224Z ------\n2022-06-01T00:00:50.0751483Z  > exporting to image:\n2022-06-01T00:00:50.0751782Z ------',
        also_ok=["registry.upload_lost", S500],
        note="June 2022: 'All builds are failing' on the push to ghcr.io with this error (the workaround offered: disable pushes to ghcr.io); the same week's build-push-action report got 'Hi from ghcr team, We have identified a potential cause and have fixed it. Can you please retry.' and runs passed again"),
    reg("docker/build-push-action#271", "registry", "registry.blob_unknown", True, "service", None,
        "1a4f5de7f684: Layer already exists\n13545bbbc98b: Layer already exists\nc67dd3decb62: Layer already exists\nunknown blob\nError: exit status 1",
        head=["Run docker/build-push-action@v2"], host_alt=["docker.pkg.github.com"], also_ok=[S500, "registry.upload_lost"],
        note="January 2021: 'intermittent failures during docker push with an unknown blob error' to the old docker.pkg.github.com registry (labelled upstream, registry-github); many projects hit the same 'random unknown blob' on that registry that month and moved to ghcr.io"),
    # --- the registries' side: self-hosted registries ----------------------------------------------------------------------
    reg("goharbor/harbor#4650", "registry", "registry.read_only", True, "service", None,
        "root@jt-dev:~# docker push  x.x.x.x/library/photon:1.0\nThe push refers to a repository [x.x.x.x/library/photon]\ndd60b611baaa: Preparing\ndenied: The system is in read only mode. Any modification is not prohibited.",
        raw_is_log=True, host_alt=["x.x.x.x"], also_ok=["registry.outage", "credentials.push_denied"],
        note="a report about the message itself (the stray 'not'): while Harbor is in read-only mode it refuses every push with this 'denied', whoever pushes; pushes pass again once an administrator turns read-only off, nothing the pushing job did"),
    reg("goharbor/harbor#1520", "registry", S500, False, "service", "10.0.10.18",
        "The push refers to a repository [10.0.10.18/library/dotnet]\n783bbbaa9398: Retrying in 1 seconds\n6adbfe14ec23: Retrying in 1 seconds\n0ae6772b6bc5: Retrying in 1 seconds\n100396c46221: Retrying in 1 seconds\n7b4b54c74241: Retrying in 1 seconds\nd17d48b2382a: Retrying in 5 seconds\nReceived unexpected HTTP status: 500 Internal Server Error",
        also_ok=["registry.misconfigured", "registry.storage_backend_error"],
        note="a Harbor rebuilt on a Red Hat base image: every push ends in 500 and the dashboard goes down after it; 'Found the culprit, issue is with registry I built. I rebuilt it using the latest source code and its working now' (trailing blanks trimmed)"),
    reg("opencadc/science-platform#161", "credentials", "credentials.token_expired", False, "service", "images.canfar.net",
        "docker push images.canfar.net/highz-alma/notebook-astropy:0.1\nThe push refers to repository [images.canfar.net/highz-alma/notebook-astropy]\n5f70bf18a086: Layer already exists\n3894b0dd6f75: Layer already exists\nd1fc9db2ad7d: Layer already exists\n7075e234fc27: Layer already exists\n6b8da7a78329: Layer already exists\n0145efb9be56: Layer already exists\nc5cdd12b81c2: Pushing [==================================================>]  2.187GB\n75fcb440fc64: Pushing [==================================================>]   1.83GB\n267f1c6178c1: Layer already exists\n0b08e7ad246e: Layer already exists\nc463adcf6b8d: Layer already exists\n0d71113d1f3d: Layer already exists\nc49d7f9c3574: Layer already exists\nb6c2979cb130: Layer already exists\n5f004fe58b8d: Layer already exists\n07adad8f2cae: Layer already exists\n0dd1581dbc3c: Layer already exists\n837d6facb613: Layer already exists\nunauthorized: unauthorized to access repository: highz-alma/notebook-astropy, action: push: unauthorized to access repository: highz-alma/notebook-astropy, action: push",
        raw_is_log=True, also_ok=["credentials.session_expired", "registry.misconfigured", "credentials.unauthorized"],
        note="'expiring docker credentials': the Harbor log shows 'parse token error, token is expired by 25m6s' after two ~2 GB layers uploaded, so the final requests are refused; the same push outlasts the token again, and the fix is the registry's token lifetime, not a re-run (trailing blanks trimmed)"),
    reg("GoogleContainerTools/jib#4291", "registry", "registry.upload_lost", True, "service", None,
        'Mon, 01 Jul 2024 09:05:44 GMT Caused by: com.google.cloud.tools.jib.http.ResponseException: 404 Not Found\nMon, 01 Jul 2024 09:05:44 GMT PATCH https://.................../blobs/uploads/f7b334b6-be1f-4bfc-bd12-ca739c994a9b?_state=Z4RE2P18shUE5tW_Pk_XmXKYTOAtUlOoUA_G5isOd3l7Ik5hbWUiOiJwcm92b2x5L2RhdGEtdmlydCIsIlVVSUQiOiJmN2IzMzRiNi1iZTFmLTRiZmMtYmQxMi1jYTczOWM5OTRhOWIiLCJPZmZzZXQiOjAsIlN0YXJ0ZWRBdCI6IjIwMjQtMDctMDFUMDk6MDQ6MTUuMTQ1NTc4NzcxWiJ9\nMon, 01 Jul 2024 09:05:44 GMT {"errors":[{"code":"BLOB_UPLOAD_INVALID","message":"blob upload invalid"}]}\nMon, 01 Jul 2024 09:05:44 GMT\nMon, 01 Jul 2024 09:05:44 GMT at com.google.cloud.tools.jib.http.FailoverHttpClient.call(FailoverHttpClient.java:355)',
        also_ok=["connectivity.client_timeout", "registry.request_rejected", "build.tool_bug"],
        note="'an error occuring randomly' in the CI pipeline: the registry takes 1m12s to answer the first PATCH of a layer, Jib's client gives up and re-sends it to the same upload session, and the registry refuses the duplicate; other runs pass (the host is the reporter's mask)"),
    # --- the registries' side: ECR throttling ------------------------------------------------------------------------------
    reg("Shippable/support#2950", "registry", "registry.rate_limited", True, "service", None,
        "An error occurred (ThrottlingException) when calling the GetAuthorizationToken operation: Rate exceeded\nECR get-login failed",
        also_ok=["credentials.login_throttled"],
        note="'relatively frequent' failures of the ecr_login step although the builds are 'fairly infrequent'; 'Manually re-triggering the builds runs without issue'"),
    reg("buildkite-plugins/ecr-buildkite-plugin#7", "registry", "registry.rate_limited", True, "service", None,
        "Authenticating with AWS ECR | 6s\n  | An error occurred (ThrottlingException) when calling the GetAuthorizationToken operation (reached max retries: 4): Rate exceeded\n  | 🚨 Buildkite Error: The global pre-command hook exited with a status of 255",
        raw_is_log=True, also_ok=["credentials.login_throttled"],
        note="150 parallel Buildkite agents each calling aws ecr get-login at once exceed ECR's GetAuthorizationToken rate; the plugin later added retries with backoff for exactly this, so a later attempt passes (the '|' columns are Buildkite's log view)"),
    # --- the runners' side: credential stores and auth files ----------------------------------------------------------------
    reg("aws-actions/amazon-ecr-login#106", "credentials", "credentials.helper_failed", False, "local", None,
        " Error: Could not login: WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError saving credentials: error storing credentials - err: exit status 1, out: The stub received bad data.",
        head=["Run aws-actions/amazon-ecr-login@v1"], also_ok=["local.runner_image_broken", "credentials.token_failed"],
        note="on the windows-2019 runner image 20201021.0 the docker client's Windows credential store cannot save the ECR token ('The build was perfect as of 3 days ago'); the workaround writes a ~/.docker/config.json without the credential store before logging in, a re-run alone fails the same"),
    loc("actions/runner-images#11172", "local.runner_image_broken", False,
        "Error: Could not login to registry redacted.dkr.ecr.eu-west-1.amazonaws.com: WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError saving credentials: error storing credentials - err: exit status 1, out: `A specified logon session does not exist. It may already have been terminated.`",
        head=["Run aws-actions/amazon-ecr-login@v1"], host_alt=["redacted.dkr.ecr.eu-west-1.amazonaws.com"], also_ok=["credentials.helper_failed"],
        note="December 2024: ECR logins fail on the larger Windows runners that received windows-2022 20241211.1.0 and work on 20241201.2.0; a regression of the runner image (labelled awaiting-deployment for the fix), not of the workflow"),
    loc("datastax/cass-operator#370", "local.auth_dir_denied", False,
        'Run echo "***" | skopeo login -u "***" --password-stdin docker.io\n  echo "***" | skopeo login -u "***" --password-stdin docker.io\n  shell: /bin/bash -e {0}\ntime="2021-01-21T07:42:37Z" level=fatal msg="mkdir /run/containers: permission denied"\nError: Process completed with exit code 1.',
        raw_is_log=True, host_alt=["docker.io"], also_ok=["local.cache_dir_denied", "credentials.helper_failed", "build.tool_incompatible"],
        note="the release workflow's skopeo login on a GitHub-hosted runner: as an unprivileged user without XDG_RUNTIME_DIR, skopeo defaults its auth file to /run/containers and cannot create it, so the login fails before any request; skopeo's maintainers: such users 'need to use --authfile'"),
    # --- the build's own: Docker Hub logins and namespaces ----------------------------------------------------------------
    reg("gentoo/gentoo-docker-images#95", "credentials", "credentials.push_denied", False, "build", "docker.io",
        "Login Succeeded\nThe push refers to repository [docker.io/gentoo/stage3]\n9fa033b3feca: Preparing\ndenied: requested access to the resource is denied",
        also_ok=["credentials.denied", "build.repository_missing"],
        note="the cron job's first push to the new gentoo/stage3 Docker Hub repository: the Travis login user was 'not a collaborator in the new stage3 Docker Hub repo'; after 'just added the builder role to RW to the repo' all targets pushed"),
    reg("drone-plugins/drone-docker#120", "credentials", "credentials.missing", False, "build", "docker.io",
        'time="2017-04-03T14:38:06.593516078Z" level=info msg="API listen on /var/run/docker.sock"\nRegistry credentials not provided. Guest mode enabled.\n\n...\n\nSuccessfully built b356134105a4\n+ /usr/local/bin/docker tag 728dd1752bbf9157f56bdd6367f0146dd79a79ed yangxuan8282/pugo:1-arm\n+ /usr/local/bin/docker push yangxuan8282/pugo:1-arm\nThe push refers to a repository [docker.io/yangxuan8282/pugo]\ndc174c621de7: Preparing\ndc6bf54d9910: Preparing\nc1141797abf6: Preparing\ntime="2017-04-03T14:38:13.718831377Z" level=error msg="Upload failed: denied: requested access to the resource is denied"\ntime="2017-04-03T14:38:13.719173706Z" level=error msg="Attempting next endpoint for push after error: denied: requested access to the resource is denied"\ndenied: requested access to the resource is denied\nexit status 1',
        raw_is_log=True, also_ok=["credentials.push_denied", "credentials.denied"],
        note="the Drone docker plugin pushes without a login ('Guest mode enabled') although DOCKER_USERNAME and DOCKER_PASSWORD were added: the secrets were not passed to the plugin step, which the maintainer asks to check with drone secret ls (the '...' is the reporter's cut; trailing blanks trimmed)"),
    reg("frncsdrk/avatar#8", "credentials", "credentials.pat_required", False, "build", "registry-1.docker.io",
        'Docker image name created: docker.io/***/avatar\nLogging into Docker registry docker.io...\nError response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: please use personal access token to login\nError: Command failed: docker login -u *** --password-stdin docker.io\nError response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: please use personal access token to login',
        host_alt=HUB, also_ok=["credentials.unauthorized", "credentials.bad_password"],
        note="the push action logs in to Docker Hub with the account password while the account requires a personal access token; 'Fix the docker push action config' and the issue is closed 'Done', so the secret, not Docker Hub"),
    reg("product-os/flowzone#75", "credentials", "credentials.unauthorized", False, "build", "registry-1.docker.io",
        'Error: Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
        host_alt=HUB, also_ok=["credentials.bad_password"],
        note="the reusable workflow hard-codes the registry user to balena-ci; GHCR ignores the username but 'Docker Hub actually checks the username', so every other organisation's Docker Hub login fails until the user becomes a secret"),
    reg("GoogleContainerTools/kaniko#1574", "credentials", "credentials.login_host_mismatch", False, "build", "index.docker.io",
        'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "dkelim1/kaniko-demo": POST https://index.docker.io/v2/dkelim1/kaniko-demo/blobs/uploads/: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:dkelim1/kaniko-demo Type:repository] map[Action:push Class: Name:dkelim1/kaniko-demo Type:repository]]',
        also_ok=["credentials.unauthorized", "credentials.missing"],
        note="kaniko's config.json keyed the Docker Hub login to https://index.docker.io/v2/, where kaniko looks for https://index.docker.io/v1/, so no credentials are sent; 'I used v2 and that's the reason it failed' (the v1 URL worked)"),
    bld("dante-ev/docker-texlive#18", "build.wrong_namespace",
        "#19 pushing manifest for docker.io/danteev/texlive:latest\n#19 pushing manifest for docker.io/danteev/texlive:latest 0.6s done\n#19 pushing layers 0.3s done\n#19 ERROR: unexpected status: 403 Forbidden",
        host_alt=["ghcr.io"], also_ok=[GHCR_DENIED, "credentials.push_denied"],
        note="the PR adds a ghcr.io tag next to the Docker Hub one: the Docker Hub manifest goes up, the GHCR push is refused; 'Found the issue for the authoentication. It is dante-ev, not danteev (as in DockerHub)', the image was tagged under a GHCR namespace the token cannot write (docker.io in the log is the push that worked)"),
    # --- the build's own: GHCR tokens, forks and organization packages -----------------------------------------------------
    reg("blue-nebula/base#279", "credentials", TOKEN_PERMS, False, "build", "ghcr.io",
        "buildx failed with: ERROR: failed to build: failed to solve: failed to push ghcr.io/blue-nebula/server:warnings: denied: permission_denied: The requested installation does not exist.",
        t="bpa_err", image="ghcr.io/blue-nebula/server:warnings", also_ok=[GHCR_DENIED, "credentials.push_denied"],
        note="the image workflow run inside forks pushes to the hard-coded ghcr.io/blue-nebula path, which the fork's token cannot write; the PR pushes only from the blue-nebula repository and not for pull requests"),
    reg("llvm/llvm-project#116366", "credentials", TOKEN_PERMS, False, "build", "ghcr.io",
        " Pushing ghcr.io/llvm/libcxx-linux-builder:e016be98755e751af0b0b0af84dbfc2ba0b1ff68: 3e5e74ba8df3 Layer already exists\n Pushing ghcr.io/llvm/libcxx-linux-builder:e016be98755e751af0b0b0af84dbfc2ba0b1ff68: e3ea085120e9 Layer already exists\ndenied: installation not allowed to Create organization package\nError: Process completed with exit code 1.",
        raw_is_log=True, also_ok=[GHCR_DENIED, "credentials.push_denied"],
        note="the PR's compose push of the libc++ builder image, although the workflow has packages: write: 'that run is on the pull_request trigger ... they definitely would not be able to push to the monorepo package repository'; the image is pushed only from main (trailing blanks trimmed)"),
    reg("CowDogMoo/warpgate#147", "credentials", GHCR_DENIED, False, "build", "ghcr.io",
        "docker push ghcr.io/cowdogmoo/runzero-explorer:latest\nThe push refers to repository [ghcr.io/cowdogmoo/runzero-explorer]\n281e8ee9f518: Preparing\nbd9a1244f622: Preparing\n0eec4f80422e: Preparing\n3c1bff3a4929: Preparing\n3305af2d7936: Preparing\n81962367a89d: Waiting\n6a86d1ca90e5: Waiting\n430fbc590dcb: Waiting\n112cda775606: Waiting\ndd692a709189: Waiting\na1360aae5271: Waiting\ndenied: permission_denied: installation not allowed to Write organization package",
        also_ok=[TOKEN_PERMS, "credentials.push_denied"],
        note="the action's push to the organisation's package is refused for the workflow token; it failed from January until the maintainer's 'Fixed!' in March, a permissions change, not a retry"),
    reg("GlueOps/github-actions-build-push-containers#34", "credentials", GHCR_DENIED, False, "build", None,
        "denied: installation not allowed to Create organization package",
        fatal=False, host_alt=["ghcr.io"], also_ok=[TOKEN_PERMS, "credentials.push_denied"],
        note="the push to ghcr.io inside the action is denied but 'The job succeeds however, despite no image being actually pushed'; the reporter then sorted out the organisation's package permissions, and the maintainer agreed the action should fail (a warning the job survived)"),
    reg("atlanhq/application-sdk#2033", "credentials", "credentials.login_overwritten", False, "build", "ghcr.io",
        'Error: fetching "ghcr.io/atlanhq/<app>:<tag>": GET https://ghcr.io/v2/atlanhq/<app>/manifests/<tag>: DENIED: requested access to the resource is denied',
        also_ok=[TOKEN_PERMS, "credentials.denied"],
        note="the re-tag step to Docker Hub fails 3 of 3 times since a change: imjasonh/setup-crane runs crane auth login ghcr.io with the job's GITHUB_TOKEN as its last step, overwriting the organisation PAT that docker/login-action had stored, and that token cannot read the package (placeholders are the author's)"),
    reg("apache/arrow-nanoarrow#225", "credentials", "credentials.missing", False, "build", "ghcr.io",
        "failed to put manifest ghcr.io/apache/arrow-nanoarrow:ubuntu: unauthorized: unauthenticated: User cannot be authenticated with the token provided.",
        also_ok=["credentials.unauthorized"],
        note="the job that assembles and pushes the multi-arch manifest list has no login step of its own ('I think I just need to add a \"login to repository\" step to that job'), so every run fails the same"),
    # --- the build's own: Harbor, GitLab-style and private registries -------------------------------------------------------
    reg("goharbor/harbor#8054", "credentials", "credentials.username_mangled", False, "build", None,
        "% echo <token> | docker login --password-stdin -u robot$<name> harbor.at.my.domain\nError response from daemon: Get https://harbor.at.my.domain/v2/: unauthorized: authentication required",
        raw_is_log=True, host_alt=["harbor.at.my.domain"], also_ok=["credentials.unauthorized", "credentials.auth_failed"],
        note="the robot account's name robot$<name> passed unquoted, so the shell expands $<name> and Harbor sees another user; pointed to the quoting fix in #7944, the reporter: 'Yes, that was it!' (the OIDC log line in the report was a red herring; names are the reporter's masks)"),
    bld("tektoncd/pipeline#992", "build.invalid_reference",
        "error pushing image: getting tag for destination: repository can only contain the runes `abcdefghijklmnopqrstuvwxyz0123456789_-./`: /<IP of Private Registry>:8500/tekton-pipelines/leeroy-web",
        also_ok=["build.wrong_host"],
        note="the tutorial's image PipelineResource url is given as https://<IP Address>:8500/..., so kaniko parses 'https:' as the registry and the rest, starting with '/', as the repository; the reporter suspected the port, but the leading '/' in the message is the scheme's; the same on every run"),
    bld("whoan/docker-build-with-cache-action#30", "build.tool_bug",
        "Error response from daemon: login attempt to https://***/v2/ failed with status: 401 Unauthorized",
        also_ok=["credentials.unauthorized", "credentials.token_failed"],
        note="the action detects the ECR registry but its own docker login to ECR fails with credentials that work by hand ('There seems to be an issue with the docker login'); fixed in the action by #32, so a re-run on the old version fails the same"),
    # --- the build's own: ECR permissions ---------------------------------------------------------------------------------
    reg("ministryofjustice/cloud-platform#7245", "credentials", IAM, False, "build", None,
        "denied: User: arn:aws:sts::754256621582:assumed-role/cloud-platform-ecr-e344de1fe05708ec-github/GitHubActions is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-west-2:754256621582:repository/laa-pcuam/csv-converter because no identity-based policy allows the ecr:InitiateLayerUpload action",
        host_alt=["754256621582.dkr.ecr.eu-west-2.amazonaws.com"], also_ok=["credentials.push_denied", "credentials.cloud_role_refused"],
        note="a support request: a second image pushed from the same repository's workflow is refused because the namespace's GitHub Actions role is not allowed to upload to that ECR repository; a permissions change on the platform, not a retry"),
    reg("aws-actions/amazon-ecr-login#232", "credentials", IAM, False, "build", None,
        "denied: User: arn:aws:sts::A:assumed-role/cp-sw-actions-runner/GitHubActions is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-west-2:B:repository/runner-test because no resource-based policy allows the ecr:InitiateLayerUpload action\nError: Process completed with exit code 1.",
        raw_is_log=True, also_ok=["credentials.push_denied", "credentials.cloud_role_refused"],
        note="self-hosted runners in account A push to an ECR repository in account B: the login works, but the repository's resource policy does not grant account A's role the upload, as the message says; every push fails until the policy changes (A and B are the reporter's masks)"),
    # --- the build's own: GCR and Artifact Registry -----------------------------------------------------------------------
    reg("triggermesh/triggermesh#1152", "credentials", IAM, False, "build", "gcr.io",
        'Error: error processing import paths in "config/500-webhook.yaml": error resolving image references: writing sbom: GET https://gcr.io/v2/token?scope=repository%3A***********%2F***********-webhook%3Apush%2Cpull&service=gcr.io: DENIED: Token exchange failed for project \'***********\'. Caller does not have permission \'storage.buckets.get\'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control\n2022/09/27 04:35:52 error during command execution:error processing import paths in "config/500-webhook.yaml": error resolving image references: writing sbom: GET https://gcr.io/v2/token?scope=repository%3A***********%2F***********-webhook%3Apush%2Cpull&service=gcr.io: DENIED: Token exchange failed for project \'***********\'. Caller does not have permission \'storage.buckets.get\'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control\nmake: *** [Makefile:137: release] Error 1',
        cmd="make release", also_ok=["credentials.denied", "registry.gcr_shutdown"],
        note="the CircleCI release's ko publish: 'another auth issue, with CircleCI's credentials to push images to GCR this time', the service account lacking storage.buckets.get on the registry's bucket; a maintainer fixed the credentials ('resolved!'), a re-run alone would not"),
    reg("CircleCI-Public/gcp-gcr-orb#54", "credentials", IAM, False, "build", None,
        "denied: Token exchange failed for project '**************************'. Caller does not have permission 'storage.buckets.create'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control",
        host_alt=["gcr.io"], also_ok=["credentials.denied"],
        note="the orb's push to GCR asks to create the registry bucket that already exists; the orb's maintainer: 'this is not tied to the orb logic but to the permissions tied to the role' the job authenticates with"),
    reg("CircleCI-Public/gcp-gcr-orb#19", "credentials", "credentials.missing", False, "build", None,
        "unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
        host_alt=["gcr.io"], also_ok=["credentials.unauthorized", "credentials.helper_failed"],
        note="after a successful gcr-auth step the push as user circleci is refused: the orb ran gcloud auth configure-docker with sudo, so the credential helper landed in /root/.docker and /home/circleci/.docker stayed empty; every push fails until the orb stops using sudo"),
    reg("gardener/ops-toolbelt#175", "registry", "registry.gcr_shutdown", False, "service", "eu.gcr.io",
        "denied: Token exchange failed for project 'gardener-project'. Caller does not have permission or the resource may not exist 'storage.buckets.get'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control\n\nTraceback (most recent call last):\n\n  File \"<string>\", line 173, in <module>\n\n  File \"/usr/lib/python3.12/subprocess.py\", line 571, in run\n\n    raise CalledProcessError(retcode, process.args,\n\nsubprocess.CalledProcessError: Command '('docker', '--config', '/tmp/tmp17l41do7', 'push', 'eu.gcr.io/gardener-project/gardener/ops-toolbelt:0.38.0-linux-amd64')' returned non-zero exit status 1.",
        also_ok=[IAM, "credentials.denied"],
        note="March 2025, as Container Registry was being shut down: the release job's push to eu.gcr.io is refused and the fix stops pushing there ('Images are no longer pushed to eu.gcr.io/gardener-project/gardener/ops-toolbelt'); no re-run brings the old registry back"),
    # --- the build's own: clients that never logged in ---------------------------------------------------------------------
    reg("buildpacks/pack#111", "credentials", "credentials.missing", False, "build", None,
        "Error: failed to : unsupported status code 401; body:",
        host_alt=HUB, also_ok=["credentials.unauthorized"],
        note="pack --publish exporting to Docker Hub 'when not authenticated to docker': the registry's 401 surfaces as this cryptic message, and the issue asks for clearer errors; logging in fixes it, a re-run does not"),
]
