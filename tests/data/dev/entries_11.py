"""Dev-set entries, batch 11 (Docker Hub pulls timing out on its CDN, registries refusing pushes). `err` is verbatim
from the source (a GitHub thread found with the search tool's `issues` corpus)."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import e, github_source

CDN = "dseasb33srnrn.cloudfront.net"


def src(ref: str) -> str:
    return github_source(ref)


def pull(ref: str, err: str, host: str | None = "docker.io", cause: str = "connectivity.timeout", **kw: Any) -> dict[str, Any]:
    return e("registry", src(ref), "connectivity", cause, True, "service", host, "raw", err, **kw)


def denied(ref: str, host: str | None, err: str, **kw: Any) -> dict[str, Any]:
    return e("registry", src(ref), "credentials", "credentials.push_denied", False, "service", host, "raw", err, **kw)


E = [
    pull("xorbitsai/inference#1601", "error pulling image configuration: download failed after attempts=6: dial tcp 108.160.169.181:443: i/o timeout",
         cmd="docker pull xprobe/xinference:latest", host_alt=["108.160.169.181", None]),
    pull("docker-archive-public/docker.kitematic#3321",
         "error pulling image configuration: Get https://dseasb33srnrn.cloudfront.net/registry-v2/docker/registry/v2/blobs/sha256/81/819b6bfdaa2852cea581bb73cbb4676731957a457d64543b1c9bf997fc55d983/data?Expires=1511043383&Signature=WAd~q1lBHRmDsIrtPZbaMWLsxYGq-3TYFBV0PnNHFOxf63SbPKM8wAkgpHmyymnpuh08pkj6y56F9WH~91rR4NLVrQKQX8231vs9ePYmhlIKMWLBPebiTsBJCnKPbkLa0Ifh4LA1GLt77vrYPXVLHEBAO-LQ7kbE1XS2mxJRfp4_&Key-Pair-Id=APKAJECH5M7VWIS5YZ6Q: dial tcp 218.248.255.164:443: i/o timeout",
         cmd="docker pull scrapinghub/splash", host_alt=[CDN]),
    e("registry", src("docker/for-linux#3"), "dns", "dns.timeout", True, "service", CDN, "raw",
      "Unable to find image 'hello-world:latest' locally\nlatest: Pulling from library/hello-world\n78445dd45222: Pulling fs layer \ndocker: error pulling image configuration: Get https://dseasb33srnrn.cloudfront.net/registry-v2/docker/registry/v2/blobs/sha256/48/48b5124b2768d2b917edcb640435044a97967015485e812545546cbed5cf0233/data?Expires=1496063122&Signature=cOT6tTlp1KTte5Xy4hKRW3UQVXwAPA-yiBdJ5HLp8~jaBGPnd4rlRpOgJt4-Gqpf3vHjmcbOdl3FxUjPDDhNLmt1a~z6sUaC-xwUZuuCIFiZKlHNA9Jl-K-sJyqKli3xDFm8O0iDXZwnv1dJTxpd61Kksaxavb~dhXarDW31xnE_&Key-Pair-Id=APKAJECH5M7VWIS5YZ6Q: dial tcp: lookup dseasb33srnrn.cloudfront.net on 127.0.1.1:53: read udp 127.0.0.1:40048->127.0.1.1:53: i/o timeout.\nSee 'docker run --help'.",
      cmd="sudo docker run hello-world", note="a loopback resolver is the runner's DNS, never the build's own service"),
    pull("pengzhile/pandora#938", "error pulling image configuration: download failed after attempts=6: dial tcp 104.18.124.25:443: i/o timeout",
         cmd="docker pull pengzhile/pandora", host_alt=["104.18.124.25", None]),
    pull("eclipse-ditto/ditto#1980",
         "error pulling image configuration: download failed after attempts=6: dialing production.cloudflare.docker.com:443 container via direct connection because static system has no HTTPS proxy: connecting to 31.13.106.4:443: dial tcp 31.13.106.4:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.",
         cmd="docker pull eclipse/ditto-policies", host_alt=["31.13.106.4", "production.cloudflare.docker.com:443"]),
    pull("docker/for-mac#1877",
         "Using default tag: latest\nlatest: Pulling from library/mongo\nf5cc0ee7a6f6: Pulling fs layer\nd99b18c5f0ce: Pulling fs layer\n010336760fd5: Waiting\nerror pulling image configuration: Get https://dseasb33srnrn.cloudfront.net/registry-v2/docker/registry/v2/blobs/sha256/57/57c67caab3d8f9ed1fbffe159b10be52e0a0610122c16b3efea50a90ff435584/data?Expires=1500350001&Signature=CsX6pmYCKt7HbXYOiK0y9zzrlnMJ77hUZlDjpFLTshQ6V4aXvPNVH3tJcEWQJC8riG-DS85VC8WCCZqxnR70yuo2oxix6F7BQ0Rj8CFBgYMHYVBVKP6wYkdX4rLZItZQ9RM5vK1irGP0qSsgw65lQ3fvXekvrwiMLmvxat2NDbc_&Key-Pair-Id=APKAJECH5M7VWIS5YZ6Q: EOF",
         cause="connectivity.eof", cmd="docker pull mongo", host_alt=[CDN]),
    pull("langgenius/dify#390", "error pulling image configuration: download failed after attempts=6: dial tcp 104.18.123.25:443: i/o timeout",
         host=None, cmd="docker compose up -d", host_alt=["docker.io", "104.18.123.25"]),
    denied("SUSE/Portus#1736", "localhost:5000",
           "$ docker push localhost:5000/hello                            \nThe push refers to repository [localhost:5000/hello]\nf999ae22f308: Preparing \ndenied: requested access to the resource is denied",
           note="a registry on loopback refusing credentials is still the registry's answer"),
    denied("SUSE/Portus#2331", None, "denied: requested access to the resource is denied", cmd="docker push registry.example.org/team/app:1.0",
           host_alt=["registry.example.org"]),
    e("registry", src("GoogleContainerTools/kaniko#181"), "credentials", "credentials.unauthorized", False, "service", None, "raw",
      'ERRO[0001] UNAUTHORIZED: "authentication required" ', head=["$ /kaniko/executor --context $CI_PROJECT_DIR --destination $CI_REGISTRY_IMAGE:$CI_COMMIT_TAG"]),
]
