"""Entry constructor for the dev-set batches (same shape as the held-out corpus's research builder)."""

from __future__ import annotations

from collections.abc import Callable, Collection
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


class Batch:
    """One batch's entry makers: its threads' URLs (`pulls` are the pull requests among them) and a maker per
    family, so a batch file holds entries, not helpers."""

    def __init__(self, pulls: Collection[str] = ()) -> None:
        self.pulls = set(pulls)

    def src(self, ref: str) -> str:
        return github_source(ref, self.pulls)

    def entry(self, family: str, ref: str, component: str, cause: str, retry: bool, blame: str, host: str | None,
              err: str, t: str = "raw", **kw: Any) -> dict[str, Any]:  # fmt: skip
        return e(family, self.src(ref), component, cause, retry, blame, host, t, err, **kw)

    def build_in(self, family: str, ref: str, cause: str, err: str, host: str | None = None, t: str = "raw",
                 component: str = "build", **kw: Any) -> dict[str, Any]:  # fmt: skip
        """A build-itself entry (blame build, not retryable) filed under `family`."""
        return e(family, self.src(ref), component, cause, False, "build", host, t, err, **kw)

    def family(self, family: str, template: str = "raw") -> Callable[..., dict[str, Any]]:
        """(ref, component, cause, retryable, blame, host, err, t=template, **ctx) -> an entry of `family`."""

        def make(ref: str, *args: Any, t: str = template, **kw: Any) -> dict[str, Any]:
            return self.entry(family, ref, *args, t=t, **kw)

        return make

    def build(self, family: str = "build") -> Callable[..., dict[str, Any]]:
        """(ref, cause, err, t="raw", host=None, **ctx) -> a build-itself entry (blame build, not retryable)."""

        def make(ref: str, cause: str, err: str, t: str = "raw", host: str | None = None, **kw: Any) -> dict[str, Any]:
            return self.build_in(family, ref, cause, err, host=host, t=t, **kw)

        return make

    def local(self) -> Callable[..., dict[str, Any]]:
        """(ref, cause, retryable, err, host=None, **ctx) -> an entry of the runner machine itself."""

        def make(ref: str, cause: str, retry: bool, err: str, host: str | None = None, **kw: Any) -> dict[str, Any]:
            return e("local", self.src(ref), "local", cause, retry, "local", host, "raw", err, **kw)

        return make

    def cache(self, ref: str, *args: Any, **kw: Any) -> dict[str, Any]:
        return cache_entry(self.src(ref), *args, **kw)
