"""The status page (`/`) and the strategy badge (`/badge.svg`), rendered at most once per round.

`render_pages` and `render_badge` are pure: a snapshot and the history in, bytes out. `StatusPage`
is the shell around them, a Board listener that records each round in the history; each body
(page or badge, fresh or stale) is drawn at its first request and kept for the round (`Bodies`).
No script and no external asset (runners are often offline): inline CSS, inline SVG. Every string
from outside is escaped: a target's detail quotes whatever an upstream server sent.
"""

from __future__ import annotations

import socket
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from itertools import groupby

from healthd.core.history import LEGEND, NOT_PROBED, History, Mark
from healthd.core.pin import describe
from healthd.core.render import LazyBodies, Rendered, number
from healthd.model import ProbeResult, Snapshot, Status, TargetReport, iso8601

MAX_COLUMNS = 240  # history columns drawn at most; a column stands for consecutive rounds, the worst of them
_WORST = {NOT_PROBED: 0, "u": 1, "d": 2, "x": 3}
_ICON = {"up": "✓", "degraded": "!", "down": "✕", "not probed": "·"}
_CODE_CLASS = {"u": "up", "d": "degraded", "x": "down"}
_BAR = {"u": (2, 1), "d": (1, 2), "x": (0, 3)}  # (y, height) in a strip 3 high: the worse, the taller
# shields.io's palette, best to worst; strategies take colours spread over it by their rank
_RANK_COLOURS = ("#44cc11", "#97ca00", "#a4a61d", "#dfb317", "#fe7d37", "#e05d44")
_STALE_COLOUR = "#9f9f9f"
_NAMED = 3  # targets a history column's title names before it counts the rest


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def tone(snapshot: Snapshot, strategy: str) -> str:
    """The strategy's colour, "0" (best, green) to "5" (red) spread by rank; "-" for one the config no longer has."""
    if strategy not in snapshot.strategies:
        return "-"
    last = max(1, len(snapshot.strategies) - 1)
    return str(round(snapshot.strategies.index(strategy) / last * (len(_RANK_COLOURS) - 1)))


@dataclass(frozen=True, slots=True)
class Column:
    """Consecutive rounds drawn as one column: the lowest score and each target's worst status."""

    first: Mark
    last: Mark
    low: float
    high: float
    codes: str
    switches: tuple[Mark, ...]


def columns(marks: Sequence[Mark], most: int = MAX_COLUMNS) -> list[Column]:
    """Groups the marks into at most `most` (+1) columns, by round number so a column keeps its rounds."""
    size = max(1, -(-len(marks) // most))
    out = []
    for _, group in groupby(marks, key=lambda m: m.round // size):
        rounds = list(group)
        scores = [m.score for m in rounds]
        codes = rounds[0].codes
        if len(rounds) > 1:
            codes = "".join(
                max(chars, key=_WORST.__getitem__) for chars in zip(*(m.codes for m in rounds), strict=True)
            )
        switches = tuple(m for m in rounds if m.switched_from is not None)
        out.append(Column(rounds[0], rounds[-1], min(scores), max(scores), codes, switches))
    return out


def _runs(values: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, length, value) of each run of equal neighbours."""
    out, start = [], 0
    for value, group in groupby(values):
        length = sum(1 for _ in group)
        out.append((start, length, value))
        start += length
    return out


def _span(first: Mark, last: Mark) -> str:
    if first is last:
        return f"round {first.round}, {iso8601(first.at)}"
    return f"rounds {first.round} to {last.round}, {iso8601(first.at)} to {iso8601(last.at)}"


def _column_title(column: Column, targets: Sequence[str]) -> str:
    score: float | str = number(column.low)
    if column.high != column.low:
        score = f"{number(column.low)} to {number(column.high)}"
    parts = [f"{_span(column.first, column.last)}: score {score}, {column.last.strategy}"]
    for code, word in (("x", "down"), ("d", "degraded")):
        names = [t for t, c in zip(targets, column.codes, strict=True) if c == code]
        if names:  # a few names, then a count: a column's title stays short on a bad day
            more = f" and {len(names) - _NAMED} more" if len(names) > _NAMED else ""
            parts.append(f"{word}: {', '.join(names[:_NAMED])}{more}")
    return "; ".join(parts)


def _score_chart(cols: list[Column], targets: Sequence[str]) -> str:
    width = len(cols)
    steps = " ".join(f"{i},{100 - c.low:g} {i + 1},{100 - c.low:g}" for i, c in enumerate(cols))
    marks = "".join(
        f'<rect class="round" data-round="{c.first.round}" data-last-round="{c.last.round}" '
        f'x="{i}" y="0" width="1" height="100"><title>{esc(_column_title(c, targets))}</title></rect>'
        for i, c in enumerate(cols)
    )
    switches = "".join(
        f'<line class="switch" x1="{i}" x2="{i}" y1="0" y2="100"><title>round {m.round}: '
        f"{esc(m.switched_from)} → {esc(m.strategy)}</title></line>"
        for i, c in enumerate(cols)
        for m in c.switches
    )
    grid = "".join(f'<line class="grid" x1="0" x2="{width}" y1="{y}" y2="{y}"/>' for y in (25, 50, 75))
    return (
        f'<svg class="score" viewBox="0 0 {width} 100" preserveAspectRatio="none" aria-labelledby="score-title">'
        f'<title id="score-title">Score of each round, 0 to 100; dashed lines mark strategy switches</title>'
        f'{grid}<polygon class="area" points="0,100 {steps} {width},100"/>'
        f'<polyline class="line" points="{steps}"/>{switches}{marks}</svg>'
    )


def _strategy_strip(cols: list[Column], snapshot: Snapshot) -> str:
    runs = _runs([c.last.strategy for c in cols])
    rects = "".join(
        f'<rect class="r{tone(snapshot, name)}" x="{x}" y="0" '
        f'width="{n}" height="1"><title>{esc(name)}: {esc(_span(cols[x].first, cols[x + n - 1].last))}</title></rect>'
        for x, n, name in runs
    )
    label = "Strategy in force: " + "; then ".join(
        f"{name} ({_span(cols[x].first, cols[x + n - 1].last)})" for x, n, name in runs
    )
    return (
        f'<li><span class="name">strategy</span><svg viewBox="0 0 {len(cols)} 1" preserveAspectRatio="none" '
        f'role="img" aria-label="{esc(label)}">{rects}</svg><span class="tally"></span></li>'
    )


def _target_strip(i: int, name: str, cols: list[Column], tally: Counter[str], total: int) -> str:
    """One path per status (a rectangle per run of columns): a strip stays small however long the history."""
    paths: dict[str, list[str]] = {}
    for x, n, code in _runs([c.codes[i] for c in cols]):
        if code != NOT_PROBED:
            y, height = _BAR[code]
            paths.setdefault(code, []).append(f"M{x} {y}h{n}v{height}h-{n}z")
    shapes = "".join(f'<path class="{_CODE_CLASS[code]}" d="{"".join(d)}"/>' for code, d in paths.items())
    words = ", ".join(f"{LEGEND[c]} {tally[c]}" for c in ("x", "d") if tally[c])
    tally_text = f"{words} of {total} rounds" if words else "up in every round"
    summary = f"{esc(name)}: {tally_text}"
    return (
        f'<li><span class="name">{esc(name)}</span><svg viewBox="0 0 {len(cols)} 3" preserveAspectRatio="none" '
        f'role="img" aria-label="{summary}"><title>{summary}</title>{shapes}</svg>'
        f'<span class="tally">{tally_text}</span></li>'
    )


def _history_section(snapshot: Snapshot, targets: Sequence[str], marks: Sequence[Mark]) -> str:
    if not marks:
        return ""
    cols = columns(marks)
    first, last = marks[0], marks[-1]
    per_column = "one round" if len(cols) == len(marks) else f"up to {-(-len(marks) // MAX_COLUMNS)} rounds (the worst)"
    tallies = [Counter(m.codes[i] for m in marks) for i in range(len(targets))]
    strips = "".join(_target_strip(i, name, cols, tallies[i], len(marks)) for i, name in enumerate(targets))
    switches = [m for m in marks if m.switched_from is not None]
    switch_list = (
        "<ol>"
        + "".join(
            f'<li><time datetime="{iso8601(m.at)}">{iso8601(m.at)}</time>, round {m.round}: '
            f"{esc(m.switched_from)} → <strong>{esc(m.strategy)}</strong> (score {number(m.score)})</li>"
            for m in reversed(switches[-20:])
        )
        + "</ol>"
        if switches
        else "<p>No strategy switch in these rounds.</p>"
    )
    legend = "".join(
        f'<li><svg viewBox="0 0 1 3" aria-hidden="true"><rect class="{_CODE_CLASS[c]}" x="0" y="{_BAR[c][0]}" '
        f'width="1" height="{_BAR[c][1]}"/></svg>{LEGEND[c]}</li>'
        for c in ("u", "d", "x")
    )
    return f"""<section aria-labelledby="history"><h2 id="history">Last {len(marks)} rounds</h2>
<p class="muted">From <time datetime="{iso8601(first.at)}">{iso8601(first.at)}</time> to
<time datetime="{iso8601(last.at)}">{iso8601(last.at)}</time>; each column is {per_column}.
Hover a column for its rounds.</p>
<ul class="strips"><li class="chart"><span class="name">score</span>{_score_chart(cols, targets)}
<span class="tally">lowest {number(min(m.score for m in marks))}, now {number(last.score)}</span></li>
{_strategy_strip(cols, snapshot)}{strips}</ul>
<ul class="legend" aria-label="Legend">{legend}<li>bar height and colour both tell the status</li></ul>
<h3>Strategy switches</h3>{switch_list}</section>"""


def _status_cell(status: Status) -> str:
    word = str(status)
    return f'<td class="{word}"><span aria-hidden="true">{_ICON[word]}</span> {word}</td>'


def _facts(result: ProbeResult) -> str:
    """What a target's result carries beside its detail: a push verdict, a builder's nodes and platforms."""
    parts = []
    if result.push is not None:
        push = result.push
        age = "this round" if push.age == 0 else f"{push.age} rounds ago"
        parts.append(f'<li class="push">push: {esc(push.status)} ({esc(push.reason)}, checked {age})</li>')
    for node in result.nodes:
        listed = ", ".join(node.platforms)
        parts.append(f'<li class="node">node {esc(node.name)} ({esc(node.arch or "?")}): {esc(listed)}</li>')
    return f'<ul class="facts">{"".join(parts)}</ul>' if parts else ""


def _fleet_cell(report: TargetReport) -> str:
    """What the peers saw: "41 of 42 up", and the failure's side when it is down here ("here only" / "fleet-wide")."""
    count = report.fleet
    if count is None:
        return '<td class="muted">no data</td>'
    side = {"local": " &middot; <strong>here only</strong>", "fleet": " &middot; <strong>fleet-wide</strong>"}
    return f"<td>{count.up} of {count.peers} up{side.get(str(report.scope), '')}</td>"


def _target_row(report: TargetReport, fleet: bool = False) -> str:
    result = report.result
    return (
        f'<tr><th scope="row">{esc(report.name)} <span class="muted">{esc(report.kind)}</span></th>'
        f"{_status_cell(result.status)}<td>{esc(result.reason)}</td>"
        f'<td class="num">{result.latency_seconds * 1000:.0f} ms</td>'
        f'<td class="detail">{esc(result.detail)}{_facts(result)}</td>'
        + (_fleet_cell(report) if fleet else "")
        + "</tr>"
    )


def _components_section(snapshot: Snapshot) -> str:
    parts = ['<section aria-labelledby="components"><h2 id="components">Components</h2>']
    fleet = snapshot.fleet_member is not None
    fleet_head = '<th scope="col">Fleet</th>' if fleet else ""
    for c in snapshot.components:
        parts.append(
            f'<h3>{esc(c.name)} <span class="muted">{number(c.score)} of {number(c.weight)} points</span></h3>'
            '<div class="scroll"><table><thead><tr><th scope="col">Target</th><th scope="col">Status</th>'
            '<th scope="col">Reason</th><th scope="col">Latency</th><th scope="col">Detail</th>'
            + fleet_head
            + "</tr></thead><tbody>"
            + "".join(_target_row(t, fleet) for t in c.targets)
            + "</tbody></table></div>"
        )
    parts.append("</section>")
    return "".join(parts)


def _pin_section(snapshot: Snapshot) -> str:
    """The incident pin an operator set (POST /admin/pin), if one holds: it chose the strategy, not the score."""
    pin = snapshot.decision.pin
    if pin is None:
        return ""
    return f'<section class="pin" aria-labelledby="pin"><h2 id="pin">Pinned</h2><p>{esc(describe(pin))}</p></section>'


def _params(snapshot: Snapshot) -> str:
    rows = "".join(
        f'<tr><th scope="row">{esc(k)}</th><td>{"<br>".join(esc(x) for x in v) if isinstance(v, tuple) else esc(v)}'
        "</td></tr>"
        for k, v in snapshot.decision.params.items()
    )
    return f"<details><summary>Parameters handed to CI</summary><table>{rows}</table></details>" if rows else ""


def render_pages(
    snapshot: Snapshot, targets: Sequence[str], marks: Sequence[Mark], host: str = ""
) -> dict[bool, bytes]:
    """The HTML status page, fresh (False) and stale (True): the strategy and why, the score, every
    target, and the history of `marks` (drawn once: the two differ only in title and banner).
    """
    body = page_body(snapshot, targets, marks)
    return {stale: _page(snapshot, body, stale, host) for stale in (False, True)}


def page_body(snapshot: Snapshot, targets: Sequence[str], marks: Sequence[Mark]) -> str:
    """What the fresh and the stale page share: the components and the history."""
    return _components_section(snapshot) + _history_section(snapshot, targets, marks)


def _page(snapshot: Snapshot, body: str, stale: bool, host: str) -> bytes:
    decision = snapshot.decision
    current = ' aria-current="true"'
    ladder = "".join(
        f"<li{current if name == decision.strategy else ''}>{esc(name)}</li>" for name in snapshot.strategies
    )
    updated = iso8601(snapshot.finished_at)
    if stale:
        freshness = (
            f'<p class="banner stale"><strong>Stale.</strong> The last round ended at {updated}, more than '
            f"{number(snapshot.stale_after)} s before now: clients ignore this answer and use their fallback.</p>"
        )
    else:
        freshness = (
            '<p class="banner fresh">Fresh: clients use this answer '
            f"(it turns stale {number(snapshot.stale_after)} s after its round).</p>"
        )
    reasons = "".join(f"<li>{esc(r)}</li>" for r in decision.reasons)
    where = f" on {esc(host)}" if host else ""
    title = f"healthd{where}: {esc(decision.strategy)}, score {number(snapshot.score)}{' (stale)' if stale else ''}"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>{title}</title><style>{_CSS}</style></head>
<body><main>
<header><p class="muted">healthd{where}, round {snapshot.round}, updated <time datetime="{updated}">{updated}</time></p>
<h1>Build strategy: <span class="strategy r{tone(snapshot, decision.strategy)}">{esc(decision.strategy)}</span></h1>
<p class="score">Score <strong>{number(snapshot.score)}</strong> of 100</p>
{freshness}<ol class="ladder" aria-label="Strategies, best first">{ladder}</ol></header>
{_pin_section(snapshot)}
<section aria-labelledby="why"><h2 id="why">Why</h2><ul>{reasons}</ul>{_params(snapshot)}</section>
{body}
<footer class="muted"><p>Also: <a href="/strategy">/strategy</a> · <a href="/probes">/probes</a>
· <a href="/history?format=json">/history</a> · <a href="/badge.svg">/badge.svg</a>
· <a href="/metrics">/metrics</a></p></footer>
</main></body></html>
""".encode()


def _text_width(text: str) -> float:
    """Rough width of Verdana 11px text, as shields.io-style badges need it without a font at hand."""
    return sum(3.5 if ch in "ijlt.,:;|!' ()" else 9.5 if ch in "mwMW" else 8 if ch.isupper() else 6.6 for ch in text)


def _text_colour(background: str) -> str:
    """Black or white, whichever contrasts more with the background (WCAG relative luminance)."""

    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(background[i : i + 2], 16)) for i in (1, 3, 5))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000" if (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) else "#fff"


def render_badge(snapshot: Snapshot, stale: bool) -> bytes:
    """A shields.io-style badge: "build strategy | <name>", coloured by the strategy's rank, grey when stale."""
    label, value = "build strategy", snapshot.decision.strategy + (" (stale)" if stale else "")
    shade = tone(snapshot, snapshot.decision.strategy)
    colour = _STALE_COLOUR if stale or shade == "-" else _RANK_COLOURS[int(shade)]
    left, right = round(_text_width(label) + 12), round(_text_width(value) + 12)
    width = left + right
    text = esc(f"{label}: {value}")
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="20" role="img" aria-label="{text}">
<title>{text}</title><clipPath id="r"><rect width="{width}" height="20" rx="3"/></clipPath>
<g clip-path="url(#r)"><rect width="{left}" height="20" fill="#555"/>
<rect x="{left}" width="{right}" height="20" fill="{colour}"/></g>
<g text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
<text x="{left / 2:g}" y="14" fill="#fff">{esc(label)}</text>
<text x="{left + right / 2:g}" y="14" fill="{_text_colour(colour)}">{esc(value)}</text></g></svg>
""".encode()


class Bodies(LazyBodies):
    """The page and the badge of one round, ("page" | "badge", stale): a round costs its record in the history,
    not a page nobody opened.

    The page's components and history are drawn once for both variants (they differ only in title and
    banner), from the targets and marks as they stood after this round (copied: the ring moves on).
    """

    KEYS = (("page", False), ("page", True), ("badge", False), ("badge", True))

    def __init__(self, snapshot: Snapshot, targets: Sequence[str], marks: Sequence[Mark], host: str) -> None:
        super().__init__()
        self._snapshot, self._targets, self._marks, self._host = snapshot, tuple(targets), tuple(marks), host
        self._body: str | None = None

    def _render(self, kind: str, stale: bool) -> bytes:
        if kind == "badge":
            return render_badge(self._snapshot, stale)
        if self._body is None:
            self._body = page_body(self._snapshot, self._targets, self._marks)
        return _page(self._snapshot, self._body, stale, self._host)


class StatusPage:
    """The history ring and the people-facing bodies of the latest round: the page and the badge."""

    def __init__(self, capacity: int, host: str | None = None) -> None:
        self.history = History(capacity)
        self.host = socket.gethostname() if host is None else host
        self.snapshot: Snapshot | None = None
        self.bodies: Mapping[tuple[str, bool], bytes] = {}  # ("page" | "badge", stale) -> bytes

    def observe(self, rendered: Rendered) -> None:
        """Board listener: records the round; its page and badge, fresh and stale, are rendered when first asked for."""
        snapshot = rendered.snapshot
        history = self.history
        history.record(snapshot)
        self.bodies = Bodies(snapshot, history.targets, history.marks, self.host)
        self.snapshot = snapshot


_CSS = """
:root{--bg:#fff;--fg:#1a1a1a;--muted:#555;--line:#d0d0d0;--card:#f5f5f5;--up:#1e7a2e;--degraded:#8a5300;
--down:#b3261e;--accent:#0b57d0;--r0:#1e7a2e;--r1:#4d7000;--r2:#6b6800;--r3:#8a5f00;--r4:#a8430f;--r5:#b3261e}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#e8e8e8;--muted:#b0b0b0;--line:#3a3a3a;--card:#1e1e1e;
--up:#7bd88f;--degraded:#ffc35c;--down:#ff8a80;--accent:#8ab4f8;--r0:#7bd88f;--r1:#b5d86a;--r2:#d8d46a;
--r3:#ffc35c;--r4:#ffa270;--r5:#ff8a80}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin:1.6rem 0 .5rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1rem 0 .3rem}
a{color:var(--accent)}.muted{color:var(--muted);font-weight:normal;font-size:.9em}
.score{font-size:1.2rem;margin:.2rem 0}
.strategy{text-decoration:underline;text-underline-offset:.2em}
.r0{color:var(--r0);fill:var(--r0)}.r1{color:var(--r1);fill:var(--r1)}.r2{color:var(--r2);fill:var(--r2)}
.r3{color:var(--r3);fill:var(--r3)}.r4{color:var(--r4);fill:var(--r4)}.r5{color:var(--r5);fill:var(--r5)}
.r-{color:var(--muted);fill:var(--muted)}
.banner{padding:.5rem .75rem;border-radius:.3rem;border-left:.3rem solid var(--up);background:var(--card)}
.banner.stale{border-left-color:var(--down)}
.ladder{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:.5rem 0}
.ladder li{padding:.1rem .5rem;border:1px solid var(--line);border-radius:1rem;color:var(--muted)}
.ladder li[aria-current]{color:var(--fg);border-color:var(--fg);font-weight:bold}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;table-layout:fixed}
thead th:nth-child(1){width:28%}thead th:nth-child(2){width:12%}thead th:nth-child(3){width:17%}
thead th:nth-child(4){width:10%}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
td.num{text-align:right;white-space:nowrap}td.detail{overflow-wrap:anywhere;font-size:.9em}
.facts{margin:.2rem 0 0;padding-left:1rem}
td.up{color:var(--up)}td.degraded{color:var(--degraded)}td.down{color:var(--down)}
td.up,td.degraded,td.down{font-weight:bold;white-space:nowrap}
details{margin:.5rem 0}summary{cursor:pointer}
svg .up{fill:var(--up)}svg .degraded{fill:var(--degraded)}svg .down{fill:var(--down)}

.score .line{fill:none;stroke:var(--accent);stroke-width:2;vector-effect:non-scaling-stroke}
.score .area{fill:var(--accent);opacity:.12}
.score .grid{stroke:var(--line);vector-effect:non-scaling-stroke}
.score .switch{stroke:var(--fg);stroke-width:2;stroke-dasharray:4 3;vector-effect:non-scaling-stroke}
.score .round{fill:transparent}.score .round:hover{fill:var(--fg);opacity:.15}
.strips{list-style:none;padding:0;margin:.5rem 0}
.strips li{display:grid;grid-template-columns:14rem 1fr 12rem;gap:.5rem;align-items:center;margin:.15rem 0}
.strips .name{overflow-wrap:anywhere;font-size:.9em}.strips .tally{font-size:.85em;color:var(--muted)}
.strips svg{display:block;width:100%;height:1.1rem;background:var(--card)}
.strips svg.score{height:8rem;border:1px solid var(--line)}
.legend{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0;font-size:.9em;color:var(--muted)}
.legend svg{width:.5rem;height:1rem;margin-right:.3rem;vertical-align:middle}
.pin{border:2px solid var(--degraded);padding:0 .75rem;border-radius:.3rem}
@media (max-width:40rem){
main{padding:.6rem}h1{font-size:1.3rem}
.strips li{grid-template-columns:1fr;gap:.1rem;margin:.5rem 0}
thead{position:absolute;left:-9999px}
table,tbody,tr,th,td{display:block}tr{border-bottom:1px solid var(--line);padding:.3rem 0}
th,td{border:0;padding:.1rem .6rem .1rem 0}td{display:inline-block}td.detail{display:block}
}
"""
