"""The incident pin (pure): an operator holds a strategy for a while ("Docker Hub is down, stay
conservative for 2 h") whatever the score says.

A pin overrides the decision the score and hysteresis made, and nothing else: the hysteresis
keeps tracking the scores underneath, so when the pin expires or is released the answer is
whatever the probes support by then. Pins live in the daemon's memory only: a restart drops
them, a SIGHUP keeps them unless the pinned strategy left the config.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import replace
from datetime import datetime

from healthd.model import Decision, ParamValue, Pin, iso8601

MAX_TTL_SECONDS = 7 * 24 * 3600  # a forgotten pin must still end
MIN_TTL_SECONDS = 1  # a pin shorter than this never applies (5e-324 was accepted once)
MAX_REASON_CHARS = 200


class PinError(ValueError):
    """A pin request healthd refuses; the message says why (a 400 answer)."""


def _strategy(value: object, strategies: Collection[str]) -> str:
    if not isinstance(value, str) or value not in strategies:
        raise PinError(f"strategy must be one of {', '.join(strategies)}")
    return value


def _reason(value: object) -> str:
    """The reason, stripped: one line of printable text, never empty, at most MAX_REASON_CHARS."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_REASON_CHARS:
        raise PinError(f"reason must be a non-empty string of at most {MAX_REASON_CHARS} characters")
    if not value.isprintable():
        raise PinError("reason must be one line of printable text")
    return value.strip()


def parse_pin(body: bytes, strategies: Collection[str], now: float) -> Pin:
    """`{"strategy", "ttl" (seconds), "reason"}` -> a Pin ending at now + ttl, or PinError."""
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise PinError('body must be JSON: {"strategy": NAME, "ttl": SECONDS, "reason": TEXT}') from None
    if not isinstance(doc, dict) or set(doc) - {"strategy", "ttl", "reason"}:
        raise PinError('body must be a JSON object with "strategy", "ttl" and "reason" only')
    strategy, ttl = _strategy(doc.get("strategy"), strategies), doc.get("ttl")
    # the range first: it holds for any int (1 followed by 400 zeros made math.isfinite raise OverflowError)
    # and refuses nan and inf too
    if isinstance(ttl, bool) or not isinstance(ttl, int | float) or not MIN_TTL_SECONDS <= ttl <= MAX_TTL_SECONDS:
        raise PinError(f"ttl must be a number of seconds from {MIN_TTL_SECONDS} to {MAX_TTL_SECONDS}")
    return Pin(strategy, now + float(ttl), _reason(doc.get("reason")))


MAX_PIN_FILE_BYTES = 4096


def parse_pin_file(body: bytes, strategies: Collection[str], now: float) -> Pin | None:
    """The fleet's pin file `{"strategy", "until" (RFC 3339), "reason"}` -> a Pin (source "file"), or PinError.

    None once `until` has passed (released). `until` may be at most 7 days ahead, like the admin pin's ttl.
    """
    if len(body) > MAX_PIN_FILE_BYTES:
        raise PinError(f"the pin file is larger than {MAX_PIN_FILE_BYTES} bytes")
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise PinError('the pin file must be JSON: {"strategy": NAME, "until": TIME, "reason": TEXT}') from None
    if not isinstance(doc, dict) or set(doc) != {"strategy", "until", "reason"}:
        raise PinError('the pin file must be a JSON object with "strategy", "until" and "reason" only')
    strategy, until = _strategy(doc["strategy"], strategies), doc["until"]
    try:
        moment = datetime.fromisoformat(until) if isinstance(until, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise PinError('until must be a time with its zone, e.g. "2027-01-01T00:00:00Z"')
    end = moment.timestamp()
    if end > now + MAX_TTL_SECONDS:
        raise PinError(f"until must be at most {MAX_TTL_SECONDS // 86400} days ahead")
    reason = _reason(doc["reason"])
    return Pin(strategy, end, reason, "file") if end > now else None


def active(pin: Pin | None, now: float) -> Pin | None:
    """The pin while it holds; None once it expired."""
    return pin if pin is not None and now < pin.until else None


def describe(pin: Pin) -> str:
    by = " (fleet pin file)" if pin.source == "file" else ""
    return f"pinned to {pin.strategy}{by} until {iso8601(pin.until)}: {pin.reason}"


def document(pin: Pin | None) -> dict[str, str] | None:
    """The pin as /strategy's `pin` field and /admin/pin's answer carry it; `source` says who set it."""
    if pin is None:
        return None
    return {"strategy": pin.strategy, "until": iso8601(pin.until), "reason": pin.reason, "source": pin.source}


def apply(decision: Decision, pin: Pin | None, params: Mapping[str, Mapping[str, ParamValue]], now: float) -> Decision:
    """The decision to serve: the pinned strategy and its params while the pin holds, else `decision`.

    `params` are the strategies' params of the config the round ran under: a pin on a strategy
    that config lacks does not apply.
    """
    pin = active(pin, now)
    if pin is None or pin.strategy not in params:
        return decision
    reasons = (describe(pin), f"without the pin: {decision.strategy}", *decision.reasons)
    return replace(decision, strategy=pin.strategy, params=params[pin.strategy], reasons=reasons, pin=pin)
