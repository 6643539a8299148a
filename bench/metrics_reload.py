"""A reload that drops many targets: seconds `Metrics.observe_round` takes from N targets down to 11.

Prints figures; asserts and gates nothing (tests/test_hardening.py holds the algorithmic property: each gone
target's children removed once, never by a scan). Run: python bench/metrics_reload.py [N ...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from healthd.core.render import Rendered
from healthd.daemon.metrics import Metrics
from healthd.model import Status
from tests.support import round_of


def main(sizes: list[int]) -> None:
    for n in sizes:
        metrics = Metrics()
        metrics.observe_round(Rendered.of(round_of(1, {f"c{i % 7}/t{i}": Status.DOWN for i in range(n)})))
        few = Rendered.of(round_of(2, {f"c0/t{i}": Status.DOWN for i in range(0, 77, 7)}))
        started = time.perf_counter()
        metrics.observe_round(few)
        print(f"{n} targets -> 11: {time.perf_counter() - started:.3f} s")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2_000, 10_000])
