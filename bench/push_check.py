"""What a push check costs: a registry probe's latency with and without `push: true` against the real
Debian docker-registry with htpasswd auth, and what 30 cancelled uploads leave in its storage.

    PYTHONPATH=. python bench/push_check.py
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
from pathlib import Path

from tests.fakes.distribution import serve_registry
from tests.fakes.misbehave import probe_once, target
from tests.support import REGISTRY_LOGIN, docker_config, free_port

ROUNDS = 30


async def measure(url: str, config: Path) -> None:
    for push in (False, True):
        latencies = []
        extra = {"push": True, "docker_config": str(config)} if push else {}
        for _ in range(ROUNDS):
            settings = {"url": url, "repository": "healthd/test", "reference": "v1", "timeout": 5.0, **extra}
            result = await probe_once(target("registry", **settings))
            latencies.append(result.latency_seconds * 1000)
        p90 = sorted(latencies)[int(ROUNDS * 0.9) - 1]
        median = statistics.median(latencies)
        print(f"push={push}: {result.status}/{result.reason} median {median:.1f} ms p90 {p90:.1f} ms")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with serve_registry("/usr/bin/docker-registry", root, free_port(), REGISTRY_LOGIN) as registry:
            config = docker_config(root / "c.json", registry.url.removeprefix("http://"), *REGISTRY_LOGIN)
            asyncio.run(measure(registry.url, config))
            left = [p for p in (root / "data").rglob("*") if p.is_file() and "/_uploads/" in str(p)]
            sizes = sorted({p.stat().st_size for p in left})
            data = sum(p.name in ("data", "startedat") for p in left)
            print(f"after {ROUNDS} push checks: {len(left)} files under _uploads, sizes {sizes}, data/startedat {data}")


if __name__ == "__main__":
    main()
