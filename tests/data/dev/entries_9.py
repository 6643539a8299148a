"""Dev-set entries, batch 9 (registry rate limits beyond Docker Hub's, npm registry 502s). `err` is verbatim from
the source (a GitHub thread found with the search tool's `issues` corpus)."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import e, github_source

PULLS = {"planetscale/ghcommit-action#18", "tenstorrent/tt-forge-onnx#944"}
HUB = "You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"


def src(ref: str) -> str:
    return github_source(ref, PULLS)


def limited(ref: str, host: str | None, err: str, **kw: Any) -> dict[str, Any]:
    return e("registry", src(ref), "registry", "registry.rate_limited", True, "service", host, "raw", err, **kw)


def hub(ref: str, err: str, **kw: Any) -> dict[str, Any]:
    return e("registry", src(ref), "registry", "registry.dockerhub_pull_limit", False, "service", "docker.io", "raw", err, **kw)


def npm502(ref: str, err: str, host: str = "registry.npmjs.org", **kw: Any) -> dict[str, Any]:
    return e("net_npm", src(ref), "connectivity", "connectivity.package_mirror", True, "service", host, "raw", err,
             also_ok=["registry.server_error"], **kw)


E = [
    # --- rate limits of other registries: short windows, a retry after a pause passes -------------------------------------
    limited("aws/aws-lambda-web-adapter#429", "public.ecr.aws",
            "Error: invalid from flag value public.ecr.aws/awsguru/aws-lambda-adapter:0.8.2: toomanyrequests: Rate exceeded",
            cmd="docker build -t lambda-app ."),
    limited("DataDog/datadog-lambda-extension#123", "public.ecr.aws",
            "Step 13/14 : COPY --from=public.ecr.aws/datadog/lambda-extension:35 /opt/extensions/ /opt/extensions\ninvalid from flag value public.ecr.aws/datadog/lambda-extension:35: toomanyrequests: Rate exceeded",
            cmd="docker build -t api ."),
    limited("mitogen-hq/mitogen#790", None, "Error response from daemon: toomanyrequests: Rate exceeded"),
    limited("openreplay/openreplay#4076", "public.ecr.aws",
            " ✘ Image public.ecr.aws/p1t3u8a3/chalice:v1.22.0      Error toomanyrequests: Rate exceeded", cmd="docker compose pull"),
    limited("falcosecurity/plugins#1069", "ghcr.io",
            'unable to pull artifact falcosecurity/plugins/plugin/container with tag 0.4.0 from repo falcosecurity/plugins/plugin/container: GET "https://ghcr.io/v2/falcosecurity/plugins/plugin/container/manifests/sha256:2c6f56657df53e55ae32ba81b6a818a9b7fec5f04ea38e174fe717187236567f": response status code 429: toomanyrequests: retry-after: 1.16676ms, allowed: 44000/minute", "timestamp":"2025-11-17 07:38:07"'),
    limited("zebrunner/mcloud-agent#235", None,
            '    "cmd": "docker pull \\"public.ecr.aws/zebrunner/appium:2.0.2\\"",\n    "msg": "non-zero return code",\n    "rc": 1,\n    "stderr": "Error response from daemon: toomanyrequests: Rate exceeded",',
            host_alt=["public.ecr.aws"]),
    limited("alexklibisz/terraform-provider-terrifi#50", None,
            "Run docker compose -f docker-compose.yaml pull --quiet\n unifi Pulling \n mongo Pulling \ntoomanyrequests: retry-after: 985.86µs, allowed: 44000/minute\nError: Process completed with exit code 1.",
            raw_is_log=True, host_alt=["docker.io"]),
    # --- Docker Hub's pull limit (a quota: the retry needs a login, not a pause) ---------------------------------------------
    hub("ScribeMD/docker-cache#829",
        "ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/rust/manifests/sha256:de6e081a4e9c10e70731071cec6f629892da1bbaa24b478a96bdc59060674117: 429 Too Many Requests - Server message: toomanyrequests: " + HUB + "\n------",
        head=["Run docker/build-push-action@v6"]),
    hub("planetscale/ghcommit-action#18", "429 Too Many Requests - Server message: toomanyrequests: " + HUB, cmd="docker build -t ghcommit ."),
    hub("tenstorrent/tt-forge-onnx#944", "429 Too Many Requests - Server message: toomanyrequests: \n\n" + HUB, cmd="docker pull ubuntu:22.04"),
    # --- npm's registry answering 502 mid-install ---------------------------------------------------------------------------
    npm502("npm/npm#13284",
           "npm ERR! fetch failed https://registry.npmjs.org/uniqs/-/uniqs-2.0.0.tgz\nnpm ERR! node v6.2.2\nnpm ERR! npm  v3.10.3\n\nnpm ERR! fetch failed with status code 502",
           cmd="npm install"),
    npm502("npm/npm#13287",
           "npm ERR! fetch failed https://registry.npmjs.org/babel-plugin-transform-object-rest-spread/-/babel-plugin-transform-object-rest-spread-6.8.0.tgz\nnpm WARN retry will retry, error on last attempt: Error: fetch failed with status code 502",
           cmd="npm install --save-dev babel-preset-stage-2"),
    npm502("npm/npm#13293",
           "npm ERR! fetch failed https://registry.npmjs.org/uniqs/-/uniqs-2.0.0.tgz\nnpm WARN retry will retry, error on last attempt: Error: fetch failed with status code 502\nnpm ERR! fetch failed https://registry.npmjs.org/uniqs/-/uniqs-2.0.0.tgz\nnpm ERR! Linux 4.4.0-28-generic\nnpm ERR! argv \"/usr/bin/nodejs\" \"/usr/bin/npm\" \"install\"\nnpm ERR! node v4.2.6\nnpm ERR! npm  v3.5.2\nnpm ERR! fetch failed with status code 502",
           cmd="sudo npm install"),
    npm502("npm/npm#13296",
           "npm ERR! fetch failed http://registry.npmjs.org/exec-buffer/-/exec-buffer-3.0.0.tgz\nnpm WARN retry will retry, error on last attempt: Error: fetch failed with status code 502\nnpm WARN optional dep failed, continuing imagemin-gifsicle@5.1.0\nnpm ERR! fetch failed http://registry.npmjs.org/lodash.templatesettings/-/lodash.templatesettings-2.4.1.tgz\nnpm ERR! Linux 3.13.0-74-generic",
           cmd="npm install"),
    e("net_npm", src("npm/npm#9310"), "github", "github.outage", True, "service", "github.com", "raw",
      " npm ERR! fetch failed https://github.com/component/global/archive/v2.0.1.tar.gz\n npm ERR! Error: 502 Bad Gateway",
      cmd="npm install", also_ok=["registry.server_error", "connectivity.package_mirror"]),
]
