"""The history ring: bounded, oldest first, aligned to the latest targets, its JSON joined from per-round parts."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from healthd.core.history import History, mark_of
from healthd.model import Status
from tests.support import round_of


def test_a_mark_is_compact_and_exact() -> None:
    snap = round_of(3, {"web/api": Status.UP, "web/b": Status.DEGRADED, "net/c": Status.DOWN}, "resilient", "optimal")
    mark = mark_of(snap)
    assert (mark.round, mark.score, mark.strategy, mark.switched_from, mark.codes) == (
        3,
        90.0,
        "resilient",
        "optimal",
        "udx",
    )


def test_document_contract_and_limit() -> None:
    history = History(capacity=3)
    for n in range(1, 6):
        history.record(round_of(n, {"web/api": Status.UP, "net/tcp": Status.DOWN if n % 2 else Status.UP}))
    doc = json.loads(history.document(3))
    assert doc["capacity"] == 3 and doc["targets"] == ["web/api", "net/tcp"]
    assert doc["statuses"] == {"u": "up", "d": "degraded", "x": "down", "-": "not probed"}
    assert [r["round"] for r in doc["rounds"]] == [3, 4, 5]  # the ring dropped rounds 1 and 2
    assert doc["rounds"][-1] == {
        "round": 5,
        "at": "2023-11-14T22:15:50Z",
        "score": 90,
        "strategy": "optimal",
        "switched_from": None,
        "statuses": "ux",
    }
    assert [r["round"] for r in json.loads(history.document(1))["rounds"]] == [5]


def test_empty_history_is_a_valid_document() -> None:
    assert json.loads(History(5).document(5))["rounds"] == []


def test_a_reload_realigns_older_rounds_by_target_name() -> None:
    history = History(capacity=10)
    history.record(round_of(1, {"web/a": Status.UP, "web/b": Status.DOWN}))
    history.record(round_of(2, {"web/b": Status.DEGRADED, "web/new": Status.UP}))  # a dropped, new added
    doc = json.loads(history.document(10))
    assert doc["targets"] == ["web/b", "web/new"]
    assert [r["statuses"] for r in doc["rounds"]] == ["x-", "du"]
    assert [m.codes for m in history.marks] == ["x-", "du"]


@given(
    st.integers(1, 20),
    st.lists(st.lists(st.sampled_from(list(Status)), min_size=1, max_size=4), min_size=1, max_size=40),
)
def test_the_ring_keeps_the_newest_rounds_in_order(capacity: int, rounds: list[list[Status]]) -> None:
    history = History(capacity)
    for n, statuses in enumerate(rounds, start=1):
        history.record(round_of(n, {f"c/t{i}": s for i, s in enumerate(statuses)}))
    kept = json.loads(history.document(capacity))
    assert [r["round"] for r in kept["rounds"]] == list(range(1, len(rounds) + 1))[-capacity:]
    assert all(len(r["statuses"]) == len(kept["targets"]) == len(rounds[-1]) for r in kept["rounds"])
    last = {"up": "u", "degraded": "d", "down": "x"}
    assert kept["rounds"][-1]["statuses"] == "".join(last[s] for s in rounds[-1])


def test_a_round_republished_replaces_its_mark() -> None:
    """A pin set or released republishes the last round: it stays one round, with what is now served."""
    ring = History(capacity=10)
    ring.record(round_of(1, {"web/a": Status.UP}))
    ring.record(round_of(1, {"web/a": Status.UP}, strategy="conservative"))
    assert [(m.round, m.strategy) for m in ring.marks] == [(1, "conservative")]
    assert [r["round"] for r in json.loads(ring.document(10))["rounds"]] == [1]
