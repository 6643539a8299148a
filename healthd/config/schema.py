"""Declarative validation of plain data (parsed YAML) into frozen dataclasses; stdlib only.

Types say what is allowed: `int`, `float`, `str`, `bool`, `Literal[...]`, `X | None`, unions of
scalars, `tuple[X, ...]`, `dict[K, V]`, keyword-only dataclasses (unknown keys refused), and
`Annotated[T, Check(...) or a function]` for bounds, lengths, patterns and custom checks. A union of
dataclasses is told apart by a `Tagged` field. A dataclass's `__post_init__` may raise `Invalid`
for checks across fields. Every problem is collected with its location, not just the first.
Whatever the type, a number must be finite and within +-2**53 (it ends up in JSON).

A document with errors still yields what did convert (`SchemaError.partial`): a dataclass with bad
fields becomes a `Partial` holding the good ones, a collection keeps its good items and None for
the bad. Checks across sections run on it, so one mistake does not hide another.

Why not pydantic: it did this well but held 7.7 MiB resident for healthd's models (3.4 MiB import,
4.3 MiB compiled validators), nearly all of the daemon's 8 MiB budget above its import floor
(design.md: idle RSS at most 1.2x the floor). This module costs 0.8 MiB.
"""

from __future__ import annotations

import dataclasses
import math
import re
import types
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from healthd.formats import UNPRINTABLE

Loc = tuple[str | int, ...]
T = TypeVar("T")
_BAD = object()  # a value that failed; its errors are already recorded


class Invalid(ValueError):
    """Raised by a check or a `__post_init__`; `key` names the field it is about, if any."""

    def __init__(self, message: str, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key


class SchemaError(ValueError):
    """Every problem found, as (location, message) pairs in document order, and what did convert."""

    def __init__(self, errors: list[tuple[Loc, str]], partial: Any = None) -> None:
        super().__init__("; ".join(f"{dotted(loc)}: {msg}" for loc, msg in errors))
        self.errors = errors
        self.partial = partial


class Partial:
    """A dataclass that did not convert: attribute access gives the fields that did, else AttributeError."""

    __slots__ = ("fields",)

    def __init__(self, fields: dict[str, Any]) -> None:
        self.fields = fields

    def __getattr__(self, name: str) -> Any:
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError(name) from None


class _PartialTuple(tuple[Any, ...]):
    """A tuple some of whose items did not convert (they are None)."""


class _PartialDict(dict[Any, Any]):
    """A mapping some of whose keys or values did not convert (bad values are None)."""


def _is_partial(value: Any) -> bool:
    return value is _BAD or isinstance(value, Partial | _PartialTuple | _PartialDict)


@dataclass(frozen=True, slots=True)
class Check:
    """Bounds for numbers, lengths for strings and collections, a regular expression for strings."""

    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    min_len: int | None = None
    max_len: int | None = None
    pattern: str | None = None

    def problem(self, value: Any) -> str | None:
        if self.ge is not None and value < self.ge:
            return f"must be greater than or equal to {self.ge:g}"
        if self.gt is not None and value <= self.gt:
            return f"must be greater than {self.gt:g}"
        if self.le is not None and value > self.le:
            return f"must be less than or equal to {self.le:g}"
        noun = "character" if isinstance(value, str) else "item"
        if self.min_len is not None and len(value) < self.min_len:
            return f"must have at least {self.min_len} {noun}{'s' if self.min_len != 1 else ''}"
        if self.max_len is not None and len(value) > self.max_len:
            return f"must have at most {self.max_len} {noun}s"
        if self.pattern is not None and not re.fullmatch(self.pattern, value):
            return f"{value!r} does not match {self.pattern}"
        return None


@dataclass(frozen=True, slots=True)
class Tagged:
    """Marks a union of dataclasses told apart by `field` (each member has `field: Literal[tag]`)."""

    field: str
    what: str  # how an error names the field, e.g. "probe kind"


def build(tp: type[T] | Any, data: Any) -> T:
    """`data` validated and converted to `tp`; raises SchemaError listing every problem."""
    errors: list[tuple[Loc, str]] = []
    value: T = _convert(tp, data, (), errors)
    if errors:
        raise SchemaError(errors, None if value is _BAD else value)
    return value


def dotted(loc: Loc) -> str:
    """('components', 'web', 'targets', 0) -> 'components.web.targets[0]'."""
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".") or "(top)"


_SCALARS: dict[type, str] = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}


def _is_param(loc: Loc) -> bool:
    """A strategy's param value: a newline there is a multi-line value (checks.py refuses the other controls)."""
    return loc[:1] == ("strategies",) and loc[2:3] == ("params",)


def _scalar(tp: type, value: Any) -> Any:
    if tp is float and type(value) in (int, float):
        return float(value)
    if type(value) is tp:
        return value
    return _BAD


# Every number ends up in JSON, read by JavaScript (GitHub's fromJSON): beyond 2**53 integers lose precision.
MAX_INT = 2**53


def _number_problem(value: Any) -> str | None:
    """Why a number is refused whatever its type says: NaN, infinities and integers past JSON's safe range."""
    if type(value) is float and not math.isfinite(value):
        return f"must be a finite number, got {value!r} (NaN and infinities are not accepted)"
    if type(value) is int and abs(value) > MAX_INT:
        return f"must be within +-2**53 (JSON readers lose precision beyond), got a {value.bit_length()}-bit integer"
    return None


def _convert(tp: Any, value: Any, loc: Loc, errors: list[tuple[Loc, str]]) -> Any:
    problem = _number_problem(value)
    if problem:
        errors.append((loc, problem))
        return _BAD
    origin = get_origin(tp)
    if origin is Annotated:
        base, *meta = get_args(tp)
        tagged = next((m for m in meta if isinstance(m, Tagged)), None)
        value = _tagged(base, tagged, value, loc, errors) if tagged else _convert(base, value, loc, errors)
        if _is_partial(value):  # its own errors are recorded; checks on a part would only mislead
            return value
        for check in meta:
            try:
                problem = check.problem(value) if isinstance(check, Check) else None
                if callable(check):  # a plain function: checks, may normalize (Check and Tagged are data)
                    value = check(value)
            except ValueError as exc:
                problem = str(exc)
            if problem:
                errors.append((loc, problem))
                return _BAD
        return value
    if tp in _SCALARS:
        result = _scalar(tp, value)
        if result is _BAD:
            errors.append((loc, f"expected {_SCALARS[tp]}, got {_describe(value)}"))
        elif tp is str and not _is_param(loc) and (bad := UNPRINTABLE.search(result)):
            # before any other check: urlsplit strips CR, LF and tab, so "http://h/\r\nHEALTHD_X=1" passed as a
            # URL and every env answer then carried a CR that every client refuses
            errors.append((loc, f"must not hold control characters (found {bad[0]!r} at character {bad.start()})"))
            return _BAD
        return result
    if origin is Literal:
        allowed = get_args(tp)
        if any(value == a and type(value) is type(a) for a in allowed):
            return value
        errors.append((loc, f"must be one of {', '.join(map(repr, allowed))}, got {value!r}"))
        return _BAD
    if origin in (Union, types.UnionType):
        return _union(get_args(tp), value, loc, errors)
    if origin is tuple:
        item = get_args(tp)[0]
        if not isinstance(value, list | tuple):
            errors.append((loc, f"expected a list, got {_describe(value)}"))
            return _BAD
        items = [_convert(item, v, (*loc, i), errors) for i, v in enumerate(value)]
        if any(_is_partial(i) for i in items):
            return _PartialTuple(None if i is _BAD else i for i in items)
        return tuple(items)
    if origin is dict:
        key_type, value_type = get_args(tp)
        if not isinstance(value, dict):
            errors.append((loc, f"expected a mapping, got {_describe(value)}"))
            return _BAD
        pairs = [(k, _convert(key_type, k, (*loc, k), errors), _convert(value_type, v, (*loc, k), errors))
                 for k, v in value.items()]  # fmt: skip
        if any(_is_partial(k) or _is_partial(v) for _, k, v in pairs):
            return _PartialDict((raw if k is _BAD else k, None if v is _BAD else v) for raw, k, v in pairs)
        return {k: v for _, k, v in pairs}
    if dataclasses.is_dataclass(tp):
        return _dataclass(tp, value, loc, errors)
    if tp is Any:
        return value
    raise TypeError(f"schema cannot validate {tp!r}")


def _union(members: tuple[Any, ...], value: Any, loc: Loc, errors: list[tuple[Loc, str]]) -> Any:
    if value is None and type(None) in members:
        return None
    members = tuple(m for m in members if m is not type(None))
    shaped = [m for m in members if _takes_shape(m, value)]
    if len(members) == 1 or len(shaped) == 1:
        # one member can take this shape of value: its own errors say best what is wrong inside
        return _convert(members[0] if len(members) == 1 else shaped[0], value, loc, errors)
    for member in members:  # scalars: the first member that takes the value wins
        scratch: list[tuple[Loc, str]] = []
        result = _convert(member, value, loc, scratch)
        if not scratch:
            return result
    kinds = " or ".join(map(_kind_name, members))
    errors.append((loc, f"expected {kinds}, got {_describe(value)}"))
    return _BAD


def _kind_name(member: Any) -> str:
    base = get_args(member)[0] if get_origin(member) is Annotated else member
    if dataclasses.is_dataclass(base) or get_origin(base) is dict:
        return "a mapping"
    return _SCALARS.get(base, "a list" if get_origin(base) is tuple else repr(base))


def _takes_shape(member: Any, value: Any) -> bool:
    if isinstance(value, list | tuple):
        return get_origin(member) is tuple
    if isinstance(value, dict):
        return get_origin(member) is dict or dataclasses.is_dataclass(member)
    return False


def _tagged(union: Any, tagged: Tagged, value: Any, loc: Loc, errors: list[tuple[Loc, str]]) -> Any:
    by_tag = {get_args(_hints(m)[tagged.field])[0]: m for m in get_args(union)}
    if not isinstance(value, dict):
        errors.append((loc, f"expected a mapping, got {_describe(value)}"))
        return _BAD
    if tagged.field not in value:
        errors.append(((*loc, tagged.field), f"missing required key {tagged.field!r}"))
        return _BAD
    tag = value[tagged.field]
    member = by_tag.get(tag) if isinstance(tag, str) else None
    if member is None:
        known = ", ".join(map(repr, by_tag))
        errors.append(((*loc, tagged.field), f"unknown {tagged.what} {tag!r}; known: {known}"))
        return _BAD
    return _convert(member, value, loc, errors)


def _dataclass(cls: Any, value: Any, loc: Loc, errors: list[tuple[Loc, str]]) -> Any:
    if not isinstance(value, dict):
        errors.append((loc, f"expected a mapping, got {_describe(value)}"))
        return _BAD
    hints = _hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    count = len(errors)
    for key in value:
        if key not in fields:
            errors.append(((*loc, key), f"unknown key {key!r}"))
    kwargs = {}
    for name, spec in fields.items():
        if name in value:
            kwargs[name] = _convert(hints[name], value[name], (*loc, name), errors)
        elif spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
            errors.append(((*loc, name), f"missing required key {name!r}"))
    if len(errors) > count or any(_is_partial(v) for v in kwargs.values()):
        return Partial({k: v for k, v in kwargs.items() if v is not _BAD})
    try:
        return cls(**kwargs)
    except Invalid as exc:
        errors.append(((*loc, exc.key) if exc.key else loc, str(exc)))
        return Partial(kwargs)


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls, include_extras=True)
    return _HINTS[cls]


def _describe(value: Any) -> str:
    kind = {bool: "true/false", int: "an integer", float: "a number", str: "a string", list: "a list",
            dict: "a mapping", type(None): "nothing"}.get(type(value), type(value).__name__)  # fmt: skip
    return kind if isinstance(value, list | dict) or value is None else f"{kind} {value!r}"


def strict_dataclass(cls: type[T]) -> type[T]:
    """The dataclass form every schema type uses: frozen, slotted, keyword-only."""
    return dataclass(frozen=True, slots=True, kw_only=True)(cls)
