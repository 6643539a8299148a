"""`healthd diagnose` on a 100 MB build log: seconds and peak RSS. Prints figures; asserts and gates nothing.

The log is GitHub-shaped (timestamp prefixes, BuildKit step lines, Go downloads, compiler and test output,
cache import/export lines that hit the keyword prefilter) with the failure near the end. Two runs:
`typical` and `dense` (every line carries a prefilter keyword, so every line is decoded and regex-checked:
the matcher's worst honest case). Then many small logs in one process (what the daemon's diagnose workers
see): the scanner's compiled index reused, against compiling it for every log. Run: python bench/diagnose.py
[--mb 100]
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TAIL = [
    "#14 [build 3/6] RUN go mod download",
    '#14 3.204 go: golang.org/x/text@v0.14.0: Get "https://proxy.golang.org/golang.org/x/text/@v/v0.14.0.mod": '
    "dial tcp: lookup proxy.golang.org on 127.0.0.11:53: server misbehaving",
    '#14 ERROR: process "/bin/sh -c go mod download" did not complete successfully: exit code: 1',
    'ERROR: failed to solve: process "/bin/sh -c go mod download" did not complete successfully: exit code: 1',
    '##[error]buildx failed with: ERROR: failed to solve: process "/bin/sh -c go mod download" did not complete',
]
TYPICAL = [
    "#{s} {t:.3f} go: downloading github.com/acme/module{n} v1.{n}.0",
    "#{s} {t:.3f} internal/store/store_{n}.go:{n}:2: note: inlining call to (*Store).Get",
    "#{s} {t:.3f} ok  \texample.com/app/internal/pkg{n}\t0.{n}s",
    "#{s} {t:.3f}    Compiling serde_derive v1.0.{n}",
    "#{s} {t:.3f} Using cached requests-2.31.0-py3-none-any.whl ({n} kB)",
    "#{s} [build {n}/9] RUN make -C src/module{n} all",
    "#{s} importing cache manifest from gha:{n}",
    "#{s} CACHED",
]
DENSE = ["#{s} {t:.3f} Using cached wheel{n}.whl: not found in the local cache, 0 failures, timeout 10m"]


def write_log(path: Path, megabytes: int, shapes: list[str]) -> int:
    rnd = random.Random(17)
    size, lines, target = 0, 0, megabytes * 1_000_000
    with path.open("w") as out:
        while size < target:
            block = []
            for _ in range(1000):
                shape = rnd.choice(shapes)
                line = shape.format(s=rnd.randint(5, 40), t=rnd.random() * 900, n=rnd.randint(1, 999))
                block.append(f"2024-05-01T10:{rnd.randint(0, 59):02d}:03.1234567Z {line}\n")
            text = "".join(block)
            out.write(text)
            size += len(text)
            lines += len(block)
        out.write("".join(f"2024-05-01T11:00:00.0000000Z {t}\n" for t in TAIL))
    return lines + len(TAIL)


def run(path: Path) -> tuple[float, float, str]:
    """(seconds, peak RSS MiB, answer) of one `python -m healthd diagnose --json` process."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "healthd", "diagnose", str(path), "--json"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest child so far
    return seconds, peak, proc.stdout.strip()


def baseline() -> float:
    """Seconds for `python -m healthd diagnose --json` on an empty log: interpreter + typer start."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "healthd", "diagnose", "--json"], cwd=ROOT, input="", check=True,
                   capture_output=True, text=True)  # fmt: skip
    return time.perf_counter() - started


def small_logs(rounds: int = 5) -> None:
    """ms per log over tests/logs/*.log in one process: the compiled index reused, and compiled per log."""
    sys.path.insert(0, str(ROOT))
    from healthd.diagnose import matcher

    logs = [p.read_bytes() for p in sorted((ROOT / "tests" / "logs").glob("*.log"))]
    matcher.diagnose(logs[:1])  # compile once
    timings = {}
    for name, before in (("index reused", lambda: None), ("index compiled per log", matcher._index.cache_clear)):
        started = time.perf_counter()
        for _ in range(rounds):
            for log in logs:
                before()
                matcher.diagnose([log])
        timings[name] = (time.perf_counter() - started) / (rounds * len(logs)) * 1000
    reused, compiled = timings.values()
    print(
        f"small logs ({len(logs)} real logs x {rounds}): {reused:.2f} ms/log with the index reused, "
        f"{compiled:.1f} ms/log compiling it per log ({compiled / reused:.0f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=100)
    args = parser.parse_args()
    print(f"process start, empty log: {baseline():.2f} s")
    small_logs()
    with tempfile.TemporaryDirectory() as tmp:
        for name, shapes in (("typical", TYPICAL), ("dense", DENSE)):
            path = Path(tmp) / f"{name}.log"
            lines = write_log(path, args.mb, shapes)
            size = path.stat().st_size / 1e6
            subprocess.run(["cat", str(path)], stdout=subprocess.DEVNULL, check=True)  # warm the page cache
            seconds, peak, answer = run(path)
            print(f"{name}: {size:.0f} MB, {lines} lines: {seconds:.2f} s, peak RSS {peak:.0f} MiB")
            print(f"  {answer[:160]}")
            path.unlink()
        # issue 29: one 8 KB line of repeated `failed to compute cache key"` cost 2.4-3.1 s with `re`
        path = Path(tmp) / "pathological.log"
        line = 'failed to compute cache key"' * 290 + "not found\n"
        with path.open("w") as out:
            for _ in range(max(1, args.mb // 10) * 1280):  # 8 KiB lines: about 1 MiB per MB asked
                out.write(line)
        mib = path.stat().st_size / 2**20
        seconds, peak, answer = run(path)
        print(f"pathological (ReDoS): {mib:.0f} MiB: {seconds:.2f} s ({seconds / mib:.3f} s/MiB), peak {peak:.0f} MiB")


if __name__ == "__main__":
    main()
