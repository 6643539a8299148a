"""POST /diagnose on a real daemon: 10 MiB of real build output (tests/logs/*.log repeated), three times,
and the in-process matcher (what `healthd diagnose` runs) on the same bytes. Prints figures; gates nothing.
Run: python bench/diagnose_post.py
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import rss_mib  # noqa: E402
from tests.support import running_daemon, write_config  # noqa: E402


async def main() -> None:
    real = b"".join(p.read_bytes() for p in sorted((ROOT / "tests" / "logs").glob("*.log")))
    body = (real * (10 * 1024 * 1024 // len(real) + 1))[: 10 * 1024 * 1024]
    with tempfile.TemporaryDirectory() as tmp:
        config = write_config(Path(tmp) / "strategies.yaml", "http://127.0.0.1:1/")
        async with running_daemon(config) as daemon:
            await asyncio.sleep(1)
            print(f"idle daemon VmRSS {rss_mib(daemon.process.pid):.0f} MiB")
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
                for _ in range(3):
                    started = time.monotonic()
                    async with session.post(f"{daemon.url}/diagnose", data=body) as response:
                        await response.read()
                    print(f"POST 10 MiB: {response.status} in {time.monotonic() - started:.2f} s")
            print(f"daemon VmRSS after {rss_mib(daemon.process.pid):.0f} MiB")
    from healthd.diagnose.matcher import diagnose

    started = time.monotonic()
    diagnose([body])
    print(f"in-process matcher on the same 10 MiB: {time.monotonic() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
