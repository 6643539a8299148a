"""`fleet.selector`: the label matchers that scope "the fleet", parsed strictly (stdlib only).

It is spliced into PromQL, so it is never used as written: the parsed matchers are re-rendered
canonically (`name op "escaped"`), and anything outside the grammar is refused at load:

    selector := ws "{" ws [ matcher ( ws "," ws matcher )* ( ws "," )? ] ws "}" ws
    matcher  := name ws op ws string
    name     := [a-zA-Z_][a-zA-Z0-9_]*      not __*, not one of healthd's own labels
    op       := "=" | "!=" | "=~" | "!~"
    string   := '"' ( any char but '"', '\\', control chars | '\\"' | '\\\\' )* '"'
    ws       := " "*

At most 16 matchers and 1,024 characters. A regex must compile and use nothing RE2 (Prometheus's
engine) lacks: no backreferences, no lookaround. `{job="a"} or vector(1)` is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# labels healthd itself puts on its series: a selector on them would cut the fleet view's joins
HEALTHD_LABELS = frozenset(
    {"component", "target", "status", "reason", "strategy", "id", "source", "from", "to", "le", "quantile",
     "route", "code", "action", "version", "python"}
)  # fmt: skip
OPS = ("=~", "!~", "!=", "=")  # longest first
MAX_SELECTOR_CHARS = 1024
MAX_MATCHERS = 16
DEFAULT_SELECTOR = '{job="healthd"}'
_NAME = re.compile(r"[a-zA-Z_][a-zA-Z0-9_]*")
_RE2_UNSUPPORTED = re.compile(r"\\[1-9]|\(\?[=!<]|\(\?P=")


class SelectorError(ValueError):
    """The selector is not in the grammar; the message says where."""


@dataclass(frozen=True, slots=True)
class Matcher:
    name: str
    op: str
    value: str

    def render(self) -> str:
        return f"{self.name}{self.op}{quote(self.value)}"


@dataclass(frozen=True, slots=True)
class Selector:
    matchers: tuple[Matcher, ...] = ()

    def render(self, *extra: Matcher) -> str:
        """`{a="b",...}` with `extra` appended: what follows a metric name in a query."""
        return "{" + ",".join(m.render() for m in (*self.matchers, *extra)) + "}"


def quote(value: str) -> str:
    """A PromQL double-quoted string literal holding exactly `value`."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


class _Reader:
    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0

    def spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def fail(self, what: str) -> SelectorError:
        return SelectorError(f"{what} at column {self.pos + 1} of {self.text!r}")

    def string(self) -> str:
        if self.peek() != '"':
            raise self.fail("expected a double-quoted value")
        self.pos += 1
        chars: list[str] = []
        while True:
            c = self.peek()
            if not c:
                raise self.fail("unterminated string")
            if c == '"':
                self.pos += 1
                return "".join(chars)
            if c == "\\":
                following = self.text[self.pos + 1 : self.pos + 2]
                if following not in ('"', "\\") or not following:
                    raise self.fail('only \\" and \\\\ escapes are allowed')
                chars.append(following)
                self.pos += 2
                continue
            if ord(c) < 0x20 or c == "\x7f":
                raise self.fail("control character in value")
            chars.append(c)
            self.pos += 1

    def matcher(self) -> Matcher:
        m = _NAME.match(self.text, self.pos)
        if m is None:
            raise self.fail("expected a label name")
        name = m.group()
        if name.startswith("__"):
            raise self.fail(f"label {name!r} is reserved")
        if name in HEALTHD_LABELS:
            raise self.fail(f"label {name!r} is one of healthd's own labels; select on scrape labels only")
        self.pos = m.end()
        self.spaces()
        op = next((o for o in OPS if self.text.startswith(o, self.pos)), None)
        if op is None:
            raise self.fail("expected one of = != =~ !~")
        self.pos += len(op)
        self.spaces()
        value = self.string()
        if op in ("=~", "!~"):
            if _RE2_UNSUPPORTED.search(value):
                raise self.fail("regex uses backreferences or lookaround (not in RE2)")
            try:
                re.compile(value)
            except re.error as exc:
                raise self.fail(f"bad regex ({exc})") from None
        return Matcher(name, op, value)


def parse_selector(text: str) -> Selector:
    """The selector's matchers, or SelectorError saying where it left the grammar."""
    if len(text) > MAX_SELECTOR_CHARS:
        raise SelectorError(f"selector longer than {MAX_SELECTOR_CHARS} characters")
    reader = _Reader(text)
    reader.spaces()
    if reader.peek() != "{":
        raise reader.fail("expected '{'")
    reader.pos += 1
    matchers: list[Matcher] = []
    while True:
        reader.spaces()
        if reader.peek() == "}":
            break
        if matchers:  # a separator before every matcher but the first
            if reader.peek() != ",":
                raise reader.fail("expected ',' or '}'")
            reader.pos += 1
            reader.spaces()
            if reader.peek() == "}":  # a trailing comma
                break
        matchers.append(reader.matcher())
        if len(matchers) > MAX_MATCHERS:
            raise reader.fail(f"more than {MAX_MATCHERS} matchers")
    reader.pos += 1
    reader.spaces()
    if reader.pos != len(text):
        raise reader.fail("trailing characters")
    return Selector(tuple(matchers))


def check_selector(value: str) -> str:
    """The config field's check: the selector as written, once it parses (ValueError otherwise)."""
    parse_selector(value)
    return value
