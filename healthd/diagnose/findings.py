"""What a diagnosis says, as plain data (stdlib only): the daemon renders reports from these without loading
the matcher, its catalog and its compiled engines, which run in the diagnose worker processes. Signature, a
catalog entry as the matcher compiled it, is here too: the matcher, hosts and settle modules all read it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Finding:
    id: str
    component: str
    host: str | None
    retryable: bool
    summary: str
    remedy: str
    line: int
    evidence: str
    blame: str = "service"
    matched: str = "signature"
    fatal: bool = field(default=True, compare=False)
    weak: bool = field(default=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        keys = ("id", "component", "host", "retryable", "blame", "matched", "summary", "remedy", "line", "evidence")
        return {k: getattr(self, k) for k in keys}


@dataclass(frozen=True)
class Diagnosis:
    cause: Finding | None
    also: tuple[Finding, ...]
    lines: int

    def as_dict(self) -> dict[str, Any]:
        """The JSON contract: {"cause": null | {...}, "also": [...]}."""
        return {"cause": self.cause.as_dict() if self.cause else None, "also": [f.as_dict() for f in self.also]}


@dataclass(frozen=True)
class Signature:
    id: str
    component: str
    retryable: bool
    tier: int
    keywords: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    summary: str
    remedy: str
    source: str
    fatal: bool = True
    weak: bool = False
    host: str | None = None
    find_host: bool = True
    context: Any = None  # an RE2 pattern
    blame: str = "service"
    matched: str = "signature"
