"""`healthd strategy` process time (budget 100 ms), against a canned healthd answer and with no daemon.

Prints figures, asserts nothing. Uses hyperfine when installed, else a loop of --runs runs (median).
The canned server is stdlib http.server in a thread: the figure is the client's, not the daemon's.
"""

from __future__ import annotations

import argparse
import http.server
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PY = sys.executable
ENV_ANSWER = (
    b"HEALTHD_STRATEGY=optimal\nHEALTHD_SCORE=92.5\nHEALTHD_STALE=false\nHEALTHD_UPDATED_AT=2026-11-24T02:21:00Z\n"
    b"HEALTHD_CACHE_FROM<<HEALTHD_EOF_3f9a61c2d0b4\ntype=gha\nHEALTHD_EOF_3f9a61c2d0b4\nHEALTHD_TIMEOUT_MINUTES=40\n"
)


class Canned(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("X-Healthd-Stale", "false")
        self.send_header("Content-Length", str(len(ENV_ANSWER)))
        self.end_headers()
        self.wfile.write(ENV_ANSWER)

    def log_message(self, *args: object) -> None:
        pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def median_ms(command: list[str], runs: int) -> str:
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            subprocess.run(
                ["hyperfine", "-N", "-w", "3", "-r", str(runs), "--export-json", out.name, "-i", *[" ".join(command)]],
                capture_output=True,
                check=True,
            )
            result = json.loads(Path(out.name).read_text())["results"][0]
        return f"median {result['median'] * 1000:.0f} ms (hyperfine, {runs} runs)"
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append((time.perf_counter() - began) * 1000)
    return f"median {statistics.median(times):.0f} ms (loop, {runs} runs)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Canned)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    live = f"http://127.0.0.1:{server.server_address[1]}"
    dead = f"http://127.0.0.1:{free_port()}"
    client = [PY, "-m", "healthd", "strategy", "--format", "env"]
    try:
        print(f"bare python -c pass:              {median_ms([PY, '-c', 'pass'], args.runs)}")
        print(f"healthd strategy, answer:         {median_ms([*client, '--url', live], args.runs)}")
        print(f"healthd strategy, no daemon:      {median_ms([*client, '--url', dead, '--timeout', '0'], args.runs)}")
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
