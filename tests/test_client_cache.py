"""The CI client's cache of what it reads from the config: a hit never loads the config, and any
change to the file (even one that keeps its size and mtime) is a miss that loads it again."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import healthd.config.load
from healthd.ci import cache as client_cache
from healthd.ci.cache import cache_file, facts
from healthd.ci.client import main
from tests.support import ROOT

CONFIG = (ROOT / "strategies.yaml").read_text()


def no_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: object) -> None:
        raise AssertionError(f"loaded {path} although it was cached")

    monkeypatch.setattr(healthd.config.load, "load_config", refuse)


def test_a_hit_gives_what_loading_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "strategies.yaml"
    path.write_text(CONFIG)
    loaded = facts(path)
    assert loaded.strategies[-1][0] == "emergency" and "goproxy" in loaded.param_names
    assert any(isinstance(v, tuple) for _, params in loaded.strategies for v in params.values())
    no_loading(monkeypatch)
    assert facts(path) == loaded  # tuples come back as tuples


def test_any_edit_is_a_miss(tmp_path: Path) -> None:
    path = tmp_path / "strategies.yaml"
    path.write_text(CONFIG)
    before = os.stat(path)
    assert dict(facts(path).strategies)["emergency"]["timeout_minutes"] == 15
    path.write_text(CONFIG.replace("timeout_minutes: 15", "timeout_minutes: 16"))  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same mtime: ctime still moves
    assert os.stat(path).st_size == before.st_size
    assert dict(facts(path).strategies)["emergency"]["timeout_minutes"] == 16


def test_a_broken_config_is_never_served_from_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "strategies.yaml"
    path.write_text(CONFIG)
    facts(path)
    path.write_text(CONFIG + "\nnonsense: [\n")
    with pytest.raises(healthd.config.load.ConfigError):
        facts(path)


@pytest.mark.parametrize("content", [b"{not json", b"[]", b'{"x": 1}', b"\xff" * 10, b"{}" + b" " * 300_000])
def test_a_bad_cache_file_is_a_miss(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "strategies.yaml"
    path.write_text(CONFIG)
    cache_file().parent.mkdir(parents=True, exist_ok=True)
    cache_file().write_bytes(content)
    assert facts(path).strategies[-1][0] == "emergency"


def test_a_tampered_entry_is_a_miss(tmp_path: Path) -> None:
    path = tmp_path / "strategies.yaml"
    path.write_text(CONFIG)
    facts(path)
    entries = json.loads(cache_file().read_text())
    entries[str(path)]["strategies"] = [["emergency"]]
    cache_file().write_text(json.dumps(entries))
    assert len(facts(path).strategies) == 4


def test_an_unwritable_cache_costs_nothing_but_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))  # a file where the directory should be
    path = tmp_path / "strategies.yaml"
    path.write_text(CONFIG)
    assert facts(path) == facts(path)


def test_entries_are_bounded(tmp_path: Path) -> None:
    for i in range(client_cache.ENTRIES + 3):
        path = tmp_path / f"c{i}.yaml"
        path.write_text(CONFIG)
        facts(path)
    assert len(json.loads(cache_file().read_text())) == client_cache.ENTRIES


def test_the_fallback_from_the_cache_is_the_fallback_from_the_config(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "strategies.yaml"
    path.write_text(CONFIG)
    url = "http://127.0.0.1:1"
    answers = []
    for fmt in ("env", "json", "shell", "text", "env"):
        assert main(["--url", url, "--timeout", "0", "--format", fmt, "--config", str(path)]) == 0
        answers.append(capsysbinary.readouterr().out)
        if len(answers) == 1:
            no_loading(monkeypatch)  # every later run is served from the cache

    def without_time(answer: bytes) -> bytes:
        return b"\n".join(line for line in answer.splitlines() if b"UPDATED_AT" not in line)

    assert without_time(answers[0]) == without_time(answers[-1])
    assert b"HEALTHD_STRATEGY=emergency" in answers[0] and b"HEALTHD_CACHE_FROM" in answers[0]
    assert json.loads(answers[1])["params"]["no_cache"] is True
