"""Rendering: the JSON contract, GitHub's multi-line env form for lists, shell quoting, text."""

from __future__ import annotations

import json
import subprocess

from hypothesis import given
from hypothesis import strategies as st

from healthd.core.render import FORMATS, Rendered, render
from healthd.formats import FIXED_KEYS
from tests.support import parse_github_env, snapshot


def test_json_document_contract() -> None:
    doc = json.loads(render(snapshot(), "json", stale=False))
    assert doc["strategy"] == "optimal" and doc["score"] == 85 and doc["stale"] is False
    assert doc["updated_at"] == "2023-11-14T22:13:21Z"
    assert doc["params"]["cache_from"] == ["type=gha", "type=registry,ref=ghcr.io/acme/app:cache"]
    assert doc["reasons"] == ["registries/ghcr.io degraded: slow"]
    target = doc["components"]["registries"]["targets"][0]
    assert doc["components"]["registries"]["score"] == 15 and doc["components"]["registries"]["weight"] == 30
    assert target == {
        "name": "ghcr.io",
        "kind": "registry",
        "status": "degraded",
        "latency_seconds": 2.5,
        "reason": "slow",
        "detail": "answered in 2.50s",
    }
    assert json.loads(render(snapshot(), "json", stale=True))["stale"] is True


def test_env_lists_one_entry_per_line_never_split_on_commas() -> None:
    text = render(snapshot(), "env", stale=False).decode()
    env = parse_github_env(text)
    assert env["HEALTHD_STRATEGY"] == "optimal"
    assert env["HEALTHD_SCORE"] == "85"
    assert env["HEALTHD_STALE"] == "false"
    assert env["HEALTHD_DOCKERFILE"] == "Dockerfile"
    assert env["HEALTHD_CACHE_FROM"] == "type=gha\ntype=registry,ref=ghcr.io/acme/app:cache"
    assert env["HEALTHD_CACHE_TO"] == ""
    assert "HEALTHD_CACHE_TO=\n" in text
    assert env["HEALTHD_NO_CACHE"] == "false" and env["HEALTHD_TIMEOUT_MINUTES"] == "40"


def test_env_delimiter_changes_and_never_occurs_in_a_value() -> None:
    tricky = {"cache_from": ("HEALTHD_EOF_", "a\nb"), "note": "line1\nline2"}
    first = render(snapshot(tricky), "env", stale=False).decode()
    second = render(snapshot(tricky), "env", stale=False).decode()
    delimiters = {line.split("<<")[1] for line in first.split("\n") if "<<" in line}
    assert len(delimiters) == 1 and first != second
    env = parse_github_env(first)
    assert env["HEALTHD_CACHE_FROM"] == "HEALTHD_EOF_\na\nb"
    assert env["HEALTHD_NOTE"] == "line1\nline2"  # a scalar with a newline also uses the heredoc form


def test_shell_format_round_trips_through_bash() -> None:
    params = {"cache_from": ("type=gha", "it's $(dangerous) `x`"), "timeout_minutes": 15}
    script = render(snapshot(params), "shell", stale=True).decode()
    out = subprocess.run(
        ["bash", "-c", 'eval "$(cat)"; printf "%s|%s|%s" "$HEALTHD_CACHE_FROM" "$HEALTHD_STALE" "$HEALTHD_SCORE"'],
        input=script,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out == "type=gha\nit's $(dangerous) `x`|true|85"


def test_text_is_the_bare_name() -> None:
    assert render(snapshot(), "text", stale=True) == b"optimal\n"


def test_rendered_holds_every_format_both_ways() -> None:
    rendered = Rendered.of(snapshot(score=72.5))
    for fmt in (*FORMATS, "probes"):
        for stale in (False, True):
            assert rendered.bodies[(fmt, stale)]
    probes = json.loads(rendered.bodies[("probes", False)])
    assert probes["round"] == 7 and probes["duration_seconds"] == 1.5
    assert probes["targets"][0]["component"] == "registries"
    assert json.loads(rendered.bodies[("json", False)])["score"] == 72.5


def test_the_spliced_stale_bodies_equal_whole_stale_renders() -> None:
    """json and probes are encoded once with the flag spliced in: the same bytes as a whole render of each
    variant, also when the params hold a `stale` key of their own."""
    from healthd.core.render import probes_document, strategy_document

    for params in (None, {"stale": False, "x": ["a", "b"]}):
        rendered = Rendered.of(snapshot(params=params))
        for stale in (False, True):
            assert rendered.bodies[("json", stale)] == render(rendered.snapshot, "json", stale)
            whole = json.dumps(probes_document(rendered.snapshot, stale), separators=(",", ":")).encode() + b"\n"
            assert rendered.bodies[("probes", stale)] == whole
            assert json.loads(rendered.bodies[("json", stale)]) == strategy_document(rendered.snapshot, stale)


values = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x00"), max_size=30)


@given(st.lists(values, max_size=4), values)
def test_env_round_trips_any_values(entries: list[str], scalar: str) -> None:
    params = {"cache_from": tuple(entries), "dockerfile": scalar}
    env = parse_github_env(render(snapshot(params), "env", stale=False).decode())
    assert env["HEALTHD_CACHE_FROM"] == "\n".join(entries)
    assert env["HEALTHD_DOCKERFILE"] == scalar


def test_env_sets_the_fixed_keys_then_the_params() -> None:
    """formats.FIXED_KEYS is what the client and config treat as healthd's own keys: render writes exactly those."""
    keys = list(parse_github_env(render(snapshot({"dockerfile": "D"}), "env", stale=False).decode()))
    assert keys == [f"HEALTHD_{k.upper()}" for k in FIXED_KEYS] + ["HEALTHD_DOCKERFILE"]
