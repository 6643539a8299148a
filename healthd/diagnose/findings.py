"""What a diagnosis says, as plain data (stdlib only): the daemon renders reports from these without loading
the matcher, its catalog and its compiled engines, which run in the diagnose worker processes."""

from __future__ import annotations

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
