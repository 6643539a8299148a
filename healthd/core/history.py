"""The last rounds, kept for people: a bounded ring of compact marks (the status page draws it).

Each mark's JSON is encoded once, when it is recorded; `/history` joins the last ones, so a
request never serializes. Its bytes per round are measured by bench/page.py (figure in docs/performance.md).
"""

from __future__ import annotations

import json
import sys
from collections import deque
from dataclasses import dataclass
from itertools import islice

from healthd.core.render import number
from healthd.model import Snapshot, Status, iso8601

CODES = {Status.UP: "u", Status.DEGRADED: "d", Status.DOWN: "x"}
NOT_PROBED = "-"  # the target was not in the config this round ran under
LEGEND = {"u": "up", "d": "degraded", "x": "down", NOT_PROBED: "not probed"}


@dataclass(frozen=True, slots=True)
class Mark:
    """One round, compactly: `codes` holds one character per `History.targets` entry (see LEGEND)."""

    round: int
    at: float  # unix time the round finished
    score: float
    strategy: str
    switched_from: str | None
    codes: str


def target_names(snapshot: Snapshot) -> tuple[str, ...]:
    return tuple(f"{c.name}/{t.name}" for c in snapshot.components for t in c.targets)


def mark_of(snapshot: Snapshot) -> Mark:
    decision = snapshot.decision
    switched = sys.intern(decision.changed_from) if decision.changed_from is not None else None
    codes = "".join(CODES[t.result.status] for c in snapshot.components for t in c.targets)
    return Mark(snapshot.round, snapshot.finished_at, snapshot.score, sys.intern(decision.strategy), switched, codes)


def _encode(mark: Mark) -> bytes:
    fields = {
        "round": mark.round,
        "at": iso8601(mark.at),
        "score": number(mark.score),
        "strategy": mark.strategy,
        "switched_from": mark.switched_from,
        "statuses": mark.codes,
    }
    return json.dumps(fields, separators=(",", ":")).encode()


class History:
    """The last `capacity` rounds, oldest first, with their codes aligned to the latest round's targets."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.targets: tuple[str, ...] = ()  # "component/target" names of the latest round
        self.marks: deque[Mark] = deque(maxlen=capacity)
        self._encoded: deque[bytes] = deque(maxlen=capacity)
        self._head = b""
        self._realign(())

    def record(self, snapshot: Snapshot) -> None:
        names = target_names(snapshot)
        if names != self.targets:
            self._realign(names)
        mark = mark_of(snapshot)
        if self.marks and self.marks[-1].round == mark.round:  # the same round republished (a pin set or released)
            self.marks.pop()
            self._encoded.pop()
        self.marks.append(mark)
        self._encoded.append(_encode(mark))

    def restore(self, entries: list[tuple[tuple[str, ...], Mark]]) -> None:
        """Marks read back from disk, oldest first, each with the targets its codes follow (healthd.daemon.state)."""
        for names, mark in entries[-self.capacity :]:
            if names != self.targets:
                self._realign(names)
            self.marks.append(mark)
            self._encoded.append(_encode(mark))

    def _realign(self, names: tuple[str, ...]) -> None:
        """A reload changed the targets: older codes follow their names (a removed target's history is dropped)."""
        where = {name: i for i, name in enumerate(self.targets)}
        positions = [where.get(name) for name in names]
        marks = [
            Mark(m.round, m.at, m.score, m.strategy, m.switched_from, _pick(m.codes, positions)) for m in self.marks
        ]
        self.marks = deque(marks, maxlen=self.capacity)
        self._encoded = deque(map(_encode, marks), maxlen=self.capacity)
        self.targets = names
        head = {"capacity": self.capacity, "targets": list(names), "statuses": LEGEND}
        self._head = json.dumps(head, separators=(",", ":")).encode()[:-1] + b',"rounds":['

    def document(self, limit: int) -> bytes:
        """The /history JSON of the last `limit` rounds, oldest first (`statuses[i]` is `targets[i]`)."""
        start = max(0, len(self._encoded) - limit)
        return self._head + b",".join(islice(self._encoded, start, None)) + b"]}\n"


def _pick(codes: str, positions: list[int | None]) -> str:
    return "".join(NOT_PROBED if i is None else codes[i] for i in positions)
