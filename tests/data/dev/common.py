"""Entry constructor for the dev-set batches (same shape as the held-out corpus's research builder)."""

from __future__ import annotations

from typing import Any


def e(
    family: str,
    source: str,
    component: str,
    cause: str,
    retryable: bool,
    blame: str,
    host: str | None,
    template: str,
    err: str,
    **ctx: Any,
) -> dict[str, Any]:
    assert blame in ("build", "service", "local"), blame
    return {
        "family": family, "source": source, "component": component, "cause": cause, "retryable": retryable,
        "blame": blame, "host": host, "template": template, "err": err, "ctx": ctx,
    }  # fmt: skip
