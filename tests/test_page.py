"""The status page and badge as pure renderers: escaping, structure, columns, staleness, badge colours."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from healthd.core.history import History, Mark
from healthd.core.render import Rendered
from healthd.daemon.page import MAX_COLUMNS, StatusPage, columns, render_badge, render_pages
from healthd.model import Decision, Pin, ProbeResult, Reason, Snapshot, Status
from tests.support import parse, round_of

HOSTILE = '</td><script>alert(1)</script>"><img src=x onerror=alert(2)>&amp;'


def hostile_round(n: int) -> Snapshot:
    snap = round_of(n, {"web/api": Status.UP, "web/evil": Status.DOWN}, "resilient", score=50)
    web = snap.components[0]
    evil = replace(web.targets[1], result=ProbeResult(Status.DOWN, Reason.HTML_ERROR_PAGE, 0.08, HOSTILE))
    decision = Decision("resilient", {"cache_from": ("type=gha", HOSTILE)}, (f"web/evil down: {HOSTILE}",))
    return replace(snap, components=(replace(web, targets=(web.targets[0], evil)),), decision=decision)


def page_of(snapshots: list[Snapshot], stale: bool = False) -> bytes:
    history = History(2880)
    for snap in snapshots:
        history.record(snap)
    return render_pages(snapshots[-1], history.targets, history.marks, host="runner-7")[stale]


def test_upstream_text_is_escaped_everywhere() -> None:
    page = page_of([hostile_round(1)])
    elements = parse(page)
    assert not [tag for tag, _ in elements.tags if tag in ("script", "img")]
    assert not [attrs for _, attrs in elements.tags if "onerror" in attrs]
    text = "".join(elements.text)
    assert HOSTILE in text  # shown as the text it is, in the reasons, the table and the parameters
    assert text.count(HOSTILE) == 3


def test_a_person_sees_strategy_score_reasons_targets_and_no_script() -> None:
    page = page_of([hostile_round(n) for n in range(1, 4)])
    elements = parse(page)
    text = " ".join(" ".join(elements.text).split())
    assert "Build strategy: resilient" in text and "Score 50 of 100" in text
    assert "✕ down html_error_page 80 ms" in text and "✓ up ok" in text
    assert "healthd on runner-7" in text and "Last 3 rounds" in text
    assert "down 3 of 3 rounds" in text  # each strip says in words what its bars show
    html = next(attrs for tag, attrs in elements.tags if tag == "html")
    assert html["lang"] == "en"
    assert {"h1", "h2", "table", "th", "svg", "title"} <= {tag for tag, _ in elements.tags}
    assert not [tag for tag, attrs in elements.tags if tag in ("script", "link") or "src" in attrs]


def test_stale_and_fresh_variants_say_so() -> None:
    snaps = [hostile_round(1)]
    fresh, stale = page_of(snaps), page_of(snaps, stale=True)
    assert b"Fresh:" in fresh and b"Stale." not in fresh
    assert b"<strong>Stale.</strong>" in stale and b"(stale)</title>" in stale


def test_one_history_mark_per_round_and_switches_marked() -> None:
    snaps = [round_of(n, {"web/a": Status.UP}) for n in range(1, 6)]
    snaps[3] = round_of(4, {"web/a": Status.DOWN}, "resilient", switched_from="optimal", score=40)
    marks = [tag for tag, attrs in parse(page_of(snaps)).tags if "data-round" in attrs]
    assert len(marks) == 5
    page = page_of(snaps).decode()
    assert page.count('class="switch"') == 1 and "optimal → <strong>resilient</strong>" in page


def test_a_full_ring_is_drawn_in_bounded_columns() -> None:
    snaps = [
        round_of(n, {f"c/t{i}": Status.DOWN if n == 1000 and i == 3 else Status.UP for i in range(20)})
        for n in range(1, 2881)
    ]
    page = page_of(snaps)
    rounds = [attrs for tag, attrs in parse(page).tags if "data-round" in attrs]
    assert len(rounds) <= MAX_COLUMNS + 1
    assert int(rounds[0]["data-round"]) == 1 and int(rounds[-1]["data-last-round"]) == 2880
    assert page.count(b'<path class="down"') == 1  # round 1000's single failure still shows: worst wins
    assert b"c/t3: down 1 of 2880 rounds" in page
    assert len(page) < 200_000


def _mark(n: int, codes: str) -> Mark:
    return Mark(n, float(n), 100.0, "optimal", None, codes)


@given(st.lists(st.text("udx-", min_size=3, max_size=3), min_size=1, max_size=60), st.integers(1, 10))
def test_a_column_shows_the_worst_of_its_rounds(codes: list[str], most: int) -> None:
    marks = [_mark(n, c) for n, c in enumerate(codes, start=1)]
    cols = columns(marks, most)
    assert len(cols) <= most + 1
    assert [m for c in cols for m in marks if c.first.round <= m.round <= c.last.round] == marks
    order = "-udx"
    for col in cols:
        inside = [m.codes for m in marks if col.first.round <= m.round <= col.last.round]
        assert col.codes == "".join(max(chars, key=order.index) for chars in zip(*inside, strict=True))


def badge_of(strategy: str, stale: bool = False) -> ET.Element:
    snap = round_of(1, {"web/a": Status.UP}, strategy)
    return ET.fromstring(render_badge(snap, stale))


def test_badge_names_the_strategy_coloured_by_rank() -> None:
    svg = "{http://www.w3.org/2000/svg}"
    best, worst, stale = badge_of("optimal"), badge_of("emergency"), badge_of("optimal", stale=True)
    assert [t.text for t in best.iter(f"{svg}text")] == ["build strategy", "optimal"]
    assert best.get("aria-label") == "build strategy: optimal" and best.find(f"{svg}title") is not None
    fills = [[r.get("fill") for r in b.iter(f"{svg}rect") if r.get("fill")][-1] for b in (best, worst, stale)]
    assert fills == ["#44cc11", "#e05d44", "#9f9f9f"]
    assert [t.text for t in stale.iter(f"{svg}text")][-1] == "optimal (stale)"
    assert int(stale.get("width")) > int(best.get("width"))


def test_a_pin_is_shown_only_when_the_decision_carries_one() -> None:
    snap = round_of(1, {"web/a": Status.UP})
    assert b'class="pin"' not in page_of([snap])
    pin = Pin("conservative", 1_700_000_000.0, HOSTILE)
    pinned = replace(snap, decision=replace(snap.decision, pin=pin))
    text = "".join(parse(page_of([pinned])).text)
    assert b'class="pin"' in page_of([pinned])
    assert f"pinned to conservative until 2023-11-14T22:13:20Z: {HOSTILE}" in text


def test_status_page_renders_every_body_when_a_round_is_published() -> None:
    page = StatusPage(capacity=2, host="h")
    for n in (1, 2, 3):
        page.observe(Rendered.of(round_of(n, {"web/a": Status.UP})))
    assert set(page.bodies) == {(b, s) for b in ("page", "badge") for s in (False, True)}
    assert page.snapshot is not None and page.snapshot.round == 3
    assert [m.round for m in page.history.marks] == [2, 3]


def test_bodies_rendered_when_first_asked_equal_whole_renders_of_their_round() -> None:
    """The page and the badge are drawn at the first request, from the ring as it stood after their round."""
    page = StatusPage(capacity=5, host="h")
    page.observe(Rendered.of(round_of(1, {"web/a": Status.UP, "web/b": Status.DOWN})))
    snap = round_of(2, {"web/a": Status.DEGRADED, "web/b": Status.UP}, strategy="resilient", switched_from="optimal")
    page.observe(Rendered.of(snap))
    bodies = page.bodies
    assert bodies._done == {}  # a round renders nothing
    whole = render_pages(snap, page.history.targets, page.history.marks, "h")
    page.history.record(round_of(3, {"web/a": Status.DOWN, "web/b": Status.DOWN}))  # the ring moves on
    for stale in (False, True):
        assert bodies[("page", stale)] == whole[stale]
        assert bodies[("badge", stale)] == render_badge(snap, stale)
    assert bodies[("page", True)] is bodies[("page", True)]  # rendered once, then kept
