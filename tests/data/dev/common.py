"""Entry constructor for the dev-set batches (same shape as the held-out corpus's research builder)."""

from __future__ import annotations

from collections.abc import Collection
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


def github_source(ref: str, pulls: Collection[str] = ()) -> str:
    """`owner/repo#N` -> its thread's URL (an issue's, or a pull request's when listed in `pulls`) and the ref."""
    owner_repo, num = ref.split("#")
    return f"https://github.com/{owner_repo}/{'pull' if ref in pulls else 'issues'}/{num} ({ref})"


def cache_entry(
    source: str,
    cause: str,
    retry: bool,
    blame: str,
    err: str,
    host: str | None = None,
    component: str = "gha_cache",
    t: str = "raw",
    **kw: Any,
) -> dict[str, Any]:
    return e("gha_cache", source, component, cause, retry, blame, host, t, err, **kw)
