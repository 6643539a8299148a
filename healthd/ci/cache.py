"""What the CI client reads from the config, kept between runs: stdlib only, so a fallback starts fast.

`healthd strategy` needs from the config only each strategy's name and params (the fallback's
answer) and the param names an answer may carry (its check of the daemon's answer). Loading the
config for them (yaml, the schema, every target) took 60-70 ms of a 111 ms fallback. So the
client keeps them in one small JSON file per user ($XDG_CACHE_HOME/healthd/client.json, else
~/.cache/...), one entry per config path, each keyed by the file's identity (device, inode, size,
mtime and ctime in ns) and healthd's version: an edited, replaced or moved file, or another
healthd, misses and is loaded (and validated) again. Writing is best effort and atomic; an
unreadable or malformed cache is a miss.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import Any, NamedTuple

from healthd import __version__
from healthd.config.paths import PACKAGED_CONFIG, PACKAGED_FACTS
from healthd.formats import PARAM_NAME, STRATEGY_NAME

ENTRIES = 8  # config paths remembered
MAX_BYTES = 256 * 1024  # a cache file larger than this is not read


class ClientFacts(NamedTuple):  # not a dataclass: importing dataclasses costs the client 5 ms
    """Each strategy's (name, params) in config order, and every param name an answer may carry."""

    strategies: tuple[tuple[str, dict[str, Any]], ...]
    param_names: frozenset[str]


def cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base, "healthd", "client.json")


def identity(path: str) -> list[str | int] | None:
    """What changes when the file does (None: no such file); with healthd's version."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [__version__, st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def facts(path: Path) -> ClientFacts:
    """The facts of the config at `path`: from the cache when its file is unchanged, else loaded (and cached).

    Raises ConfigError as load_config does.
    """
    key, ident = os.path.abspath(path), identity(str(path))
    if ident is not None:
        found = _read().get(key)
        if isinstance(found, dict) and found.get("identity") == ident:
            kept = _facts_of(found)
            if kept is not None:
                return kept
    loaded = _packaged(key) or load(path)
    if ident is not None and identity(str(path)) == ident:  # not edited while it was being read
        _write(key, ident, loaded)
    return loaded


def load(path: Path) -> ClientFacts:
    """The facts of the config at `path`, loaded and validated (yaml, the schema): the slow way."""
    from healthd.config.load import load_config
    from healthd.core.adapt import param_names

    config = load_config(path)
    return ClientFacts(
        tuple((s.name, dict(s.params)) for s in config.strategies),
        frozenset(k for s in config.strategies for k in s.params) | param_names(config),
    )


def packaged_document() -> dict[str, Any]:
    """What PACKAGED_FACTS holds: the packaged config's facts and the checksum of the file they were read from."""
    loaded = load(PACKAGED_CONFIG)
    return {
        "crc32": zlib.crc32(PACKAGED_CONFIG.read_bytes()),  # not hashlib: 5 ms of imports
        "strategies": [[name, params] for name, params in loaded.strategies],
        "param_names": sorted(loaded.param_names),
    }


def _packaged(key: str) -> ClientFacts | None:
    """The packaged default's facts without yaml (every ARC pod starts with a cold cache): shipped precomputed
    beside it, used while the file still has the same checksum."""
    if key != str(PACKAGED_CONFIG):
        return None
    try:
        shipped = json.loads(PACKAGED_FACTS.read_bytes())
        current = zlib.crc32(PACKAGED_CONFIG.read_bytes())
    except (OSError, ValueError):
        return None
    return _facts_of(shipped) if isinstance(shipped, dict) and shipped.get("crc32") == current else None


MAX_VALUE_CHARS = 4096


def _scalar(value: object) -> bool:
    """A param value the config could have given: a number, a bool, or one line of printable text."""
    if isinstance(value, str):
        return len(value) <= MAX_VALUE_CHARS and value.isprintable()  # no CR, LF, tab, escape, NUL
    return isinstance(value, bool | int | float)


def _facts_of(entry: dict[str, Any]) -> ClientFacts | None:
    """The facts in a cache entry, or None when it is not what `_write` writes (a miss: loaded and rewritten).

    Every name and value is checked as the config's own load would have: on a persistent runner an earlier
    job can write this file, and a param named "x\nBASH_ENV=/tmp/evil.sh\n" once reached $GITHUB_ENV."""
    strategies, names = entry.get("strategies"), entry.get("param_names")
    if not isinstance(strategies, list) or not isinstance(names, list):
        return None
    if not all(isinstance(n, str) and PARAM_NAME.fullmatch(n) for n in names):
        return None
    for s in strategies:
        if not (isinstance(s, list) and len(s) == 2 and isinstance(s[0], str) and STRATEGY_NAME.fullmatch(s[0])):
            return None
        if not isinstance(s[1], dict):
            return None
        for key, value in s[1].items():
            if not PARAM_NAME.fullmatch(key) or key not in names:
                return None
            if not (_scalar(value) or (isinstance(value, list) and all(_scalar(v) for v in value))):
                return None
    # JSON has no tuples: a list is a param's tuple in the config
    kept = tuple(
        (name, {k: tuple(v) if isinstance(v, list) else v for k, v in params.items()}) for name, params in strategies
    )
    return ClientFacts(kept, frozenset(map(str, names)))


def _read() -> dict[str, Any]:
    try:
        with open(cache_file(), "rb") as f:
            data = json.loads(f.read(MAX_BYTES + 1)[:MAX_BYTES])
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(key: str, ident: list[str | int], loaded: ClientFacts) -> None:
    entries = {k: v for k, v in _read().items() if k != key}
    entries[key] = {
        "identity": ident,
        "strategies": [[name, params] for name, params in loaded.strategies],
        "param_names": sorted(loaded.param_names),
    }
    entries = dict(list(entries.items())[-ENTRIES:])
    target = cache_file()
    try:
        text = json.dumps(entries, separators=(",", ":"))
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{os.getpid()}")
        temporary.write_text(text)
        os.replace(temporary, target)
    except (OSError, TypeError, ValueError):  # read-only home, a param JSON cannot hold: no cache, no harm
        pass


if __name__ == "__main__":  # after editing the packaged strategies.yaml: python -m healthd.ci.cache
    PACKAGED_FACTS.write_text(json.dumps(packaged_document(), indent=1, sort_keys=True) + "\n")
