"""Dev-set entries, batch 5 (registry push/pull: reused bodies, EOF, GHCR denials). `err` is verbatim."""
# ruff: noqa: E501

from tests.data.dev.common import e


def ghcr(src: str, err: str, cmd: str | None = None, **kw: object) -> dict[str, object]:
    return e("registry", src, "credentials", "credentials.pull_access_denied", False, "service", "ghcr.io", "raw", err,
             also_ok=["credentials.denied", "credentials.unauthorized", "credentials.registry_refused"], **({"cmd": cmd} if cmd else {}), **kw)


E = [
    e("registry", "https://github.com/containerd/containerd/issues/5978 (containerd/containerd#5978)",
      "registry", "registry.cannot_reuse_body", True, "service", None, "raw",
      'Error: failed commit on ref "manifest-sha256:c657835bdf40f5d2xxxxxxxxxxxxxxxxxxx": cannot reuse body, request must be retried\nhelm.go:88: [debug] cannot reuse body, request must be retried',
      cmd="helm push chart-0.1.0.tgz oci://$REGISTRY/charts"),
    e("registry", "https://github.com/genuinetools/img/issues/363 (genuinetools/img#363)",
      "registry", "registry.cannot_reuse_body", True, "service", "privateregistry.com", "raw",
      'Pushing privateregistry.com/mlu-showroom-base-images/base-python3-torch:1.9.10...\nError: failed to copy: failed to do request: Put "https://privateregistry..com/v2/mlu-showroom-base-images/base-python3-torch/blobs/uploads/de44409b-1aa3-4fc8-873a-a0f4ed44e910?_state=LA-\nA28emekfDnbJiBp5cC0dLbtMSKBrrjs7EgtGbv0l7Ik5hbWUiOiJtbHUtc2hvd3Jvb20tYmFzZS1pbWFnZXMvYmFzZS1weXRob24zLXR\ncannot reuse body, request must be retried',
      cmd="img push privateregistry.com/mlu-showroom-base-images/base-python3-torch:1.9.10", host_alt=["privateregistry..com"],
      note="the excerpt's query string is cut to two of its lines; 'After several tries, it pushed successfully'"),
    e("registry", "https://github.com/dagger/dagger/issues/2610 (dagger/dagger#2610)",
      "registry", "registry.cannot_reuse_body", True, "service", None, "raw",
      'FTL failed to execute plan: task failed: actions.push."redhat-marketplace-operator".dataservice._opt._push: failed commit on ref "manifest-sha256:b61cb26feed1460415762fe863fa15ac79a64739420dcef0dc9a0bb63b9ce152": cannot reuse body, request must be retried',
      cmd="dagger do push", host_alt=["quay.io"]),
    e("registry", "https://github.com/moby/moby/issues/48214 (moby/moby#48214)",
      "connectivity", "connectivity.eof", True, "service", "123456789.dkr.ecr.us-west-2.amazonaws.com", "raw",
      "The push refers to repository [123456789.dkr.ecr.us-west-2.amazonaws.com/myorg/myapp]\n\na53c8ed5f326: Retrying in 1 second \n78e16537476e: Retrying in 1 second \nc3a550784113: Waiting \n4e38024e7e09: Waiting\nEOF",
      cmd="docker push 123456789.dkr.ecr.us-west-2.amazonaws.com/myorg/myapp:latest"),
    e("registry", "https://github.com/moby/moby/issues/17506 (moby/moby#17506)",
      "registry", "registry.server_error", True, "service", "docker.io", "raw",
      "Received unexpected HTTP status: 500 Internal Server Error", cmd="docker push openzipkin/zipkin-web:1.20.0"),
    e("registry", "https://github.com/docker/buildx/issues/196 (docker/buildx#196)",
      "registry", "registry.request_rejected", False, "service", "myregistry.jfrog.io", "raw",
      '#6 exporting to image\n#6 exporting layers done\n#6 pushing layers\n#6 pushing layers 0.9s done\n#6 ERROR: failed commit on ref "config-sha256:bed2be5d8b85a79ec121dc603170315afc6582b877e66d8c0053bea8ba6ccce0": unexpected status: 404 Not Found\n------\n > exporting to image:\n------\nfailed to solve: rpc error: code = Unknown desc = failed commit on ref "config-sha256:bed2be5d8b85a79ec121dc603170315afc6582b877e66d8c0053bea8ba6ccce0": unexpected status: 404 Not Found',
      cmd="docker build -t myregistry.jfrog.io/backend/test --push --progress=plain .", note="Artifactory rejected buildx's single-PUT upload (BLOB_UNKNOWN): a registry incompatibility, not transient"),
    ghcr("https://github.com/nilsnolde/docker-valhalla/issues/122 (nilsnolde/docker-valhalla#122)",
         'Error response from daemon: Head "https://ghcr.io/v2/gis-ops/docker-valhalla/valhalla/manifests/3.4.0": denied: denied', cmd="docker pull ghcr.io/gis-ops/docker-valhalla/valhalla:3.4.0"),
    ghcr("https://github.com/riverqueue/riverui/issues/182 (riverqueue/riverui#182)",
         'Error response from daemon: Head "https://ghcr.io/v2/riverqueue/riverui/manifests/latest": denied: denied', cmd="docker pull ghcr.io/riverqueue/riverui:latest"),
    ghcr("https://github.com/esnet/gdg/issues/122 (esnet/gdg#122)",
         "failed to solve: ghcr.io/esnet/gdg:0.3.1: failed to authorize: failed to fetch oauth token: unexpected status: 403 Forbidden", cmd="docker build -t tools ."),
    ghcr("https://github.com/juliusknorr/nextcloud-docker-dev/issues/158 (juliusknorr/nextcloud-docker-dev#158)",
         'Pulling proxy (ghcr.io/juliushaertl/nextcloud-dev-nginx:latest)...\nERROR: Head "https://ghcr.io/v2/juliushaertl/nextcloud-dev-nginx/manifests/latest": denied: denied', cmd="docker-compose up -d nextcloud proxy"),
    ghcr("https://github.com/beeper/registration-relay/issues/3 (beeper/registration-relay#3)",
         'Using default tag: latest\nError response from daemon: Head "https://ghcr.io/v2/beeper/registration-relay/manifests/latest": unauthorized', cmd="docker pull ghcr.io/beeper/registration-relay"),
    ghcr("https://github.com/rubenbe/opensoho/issues/10 (rubenbe/opensoho#10)",
         'Pulling opensoho (ghcr.io/opensoho/opensoho-da212a3daf23f854555a4afaf75d4a02:v0.6.0)...\nERROR: Head "https://ghcr.io/v2/opensoho/opensoho-da212a3daf23f854555a4afaf75d4a02/manifests/v0.6.0": unauthorized', cmd="docker-compose pull"),
    ghcr("https://github.com/wolffcatskyy/crowdsec-blocklist-import/issues/60 (wolffcatskyy/crowdsec-blocklist-import#60)",
         "Error response from daemon: error from registry: denied\ndenied", cmd="docker pull ghcr.io/wolffcatskyy/crowdsec-blocklist-import-python:latest"),
    ghcr("https://github.com/ipnet-mesh/meshcore-hub/issues/123 (ipnet-mesh/meshcore-hub#123)",
         'Using default tag: latest\nError response from daemon: Head "https://ghcr.io/v2/ipnet-mesh/meshcore-hub/manifests/latest": unauthorized', cmd="docker pull ghcr.io/ipnet-mesh/meshcore-hub"),
    e("registry", "https://github.com/EnricoMi/publish-unit-test-result-action/issues/308 (EnricoMi/publish-unit-test-result-action#308)",
      "registry", "registry.permission_incident", True, "service", "ghcr.io", "raw",
      "docker: error pulling image configuration: download failed after attempts=1: unauthorized: unauthenticated: User cannot be authenticated with the token provided.",
      head=["Pull down action image 'ghcr.io/enricomi/publish-unit-test-result-action:v1'", "/usr/bin/docker pull ghcr.io/enricomi/publish-unit-test-result-action:v1"],
      tail=["Error: Docker pull failed with exit code 1"], raw_is_log=True, note="a GHCR incident (githubstatus): it cleared without any change"),
]
