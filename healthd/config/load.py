"""strategies.yaml: bounded loading with positions; every error reported with file, line and reason.

Validation happens here, once; everything downstream trusts the frozen `Config` it returns.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from typing import Any

import yaml

from healthd.config.checks import fill_target_timeouts, semantic_issues
from healthd.config.schema import Loc, Partial, SchemaError, build, dotted
from healthd.config.types import Config


@dataclass(frozen=True)
class ConfigIssue:
    file: str
    line: int  # 1-based
    column: int  # 1-based
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{self.file}:{self.line}:{self.column}: {where}{self.message}"


class ConfigError(Exception):
    """A config refused at load; `issues` holds every problem found, in file order."""

    def __init__(self, issues: list[ConfigIssue]) -> None:
        self.issues = sorted(issues, key=lambda i: (i.line, i.column))
        super().__init__("\n".join(str(i) for i in self.issues))

    def summary(self, limit: int = 20) -> str:
        """The first `limit` issues, one a line, and how many more: bounded for logs and /readyz."""
        lines = [str(i) for i in self.issues[:limit]]
        if len(self.issues) > limit:
            lines.append(f"... and {len(self.issues) - limit} more (healthd config validate FILE lists them all)")
        return "\n".join(lines)


# --- YAML with positions, bounded ---------------------------------------------------------------

MAX_CONFIG_BYTES = 1024 * 1024  # the shipped file is 5 KB; a bigger one is a mistake or an attack
MAX_DEPTH = 32  # nesting levels; healthd's schema needs 6


class _Refused(Exception):
    def __init__(self, mark: yaml.Mark, message: str) -> None:
        super().__init__(message)
        self.mark = mark


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors and aliases and nesting past MAX_DEPTH, before building anything.

    Aliases are refused rather than capped: a few hundred bytes of nested aliases expand to gigabytes
    (billion laughs), a self-referencing one never ends, and healthd's config has no use for them.
    """

    _depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]  # types-PyYAML leaves Parser.peek_event bare
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            what = "aliases (*name)" if isinstance(event, yaml.AliasEvent) else "anchors (&name)"
            raise _Refused(event.start_mark, f"YAML {what} are not accepted: write each value out in full")
        if self._depth >= MAX_DEPTH:
            raise _Refused(event.start_mark, f"nested deeper than {MAX_DEPTH} levels")
        self._depth += 1
        try:
            # the stub says int; PyYAML passes a mapping value's key node (and None for a key) as well
            return super().compose_node(parent, index)  # type: ignore[arg-type]
        finally:
            self._depth -= 1


def _construct(loader: yaml.SafeLoader, node: yaml.Node, deep: bool = False) -> Any:
    try:
        return loader.construct_object(node, deep=deep)
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise _Refused(node.start_mark, f"cannot read this value: {exc}") from None


def _walk(loader: yaml.SafeLoader, node: yaml.Node, loc: Loc, positions: dict[Loc, yaml.Mark]) -> Any:
    """Builds plain data from a YAML node tree, recording where each value starts."""
    positions[loc] = node.start_mark
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)  # honour '<<' merge keys
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _construct(loader, key_node, deep=True)
            if isinstance(key, list | dict):
                raise _Refused(key_node.start_mark, "a key must be a plain value, not a list or mapping")
            if key in result:
                raise _Refused(key_node.start_mark, f"duplicate key {key!r}")
            result[key] = _walk(loader, value_node, (*loc, key), positions)
            positions[(*loc, key)] = key_node.start_mark  # a key's errors point at the key, not its value
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_walk(loader, item, (*loc, i), positions) for i, item in enumerate(node.value)]
    return _construct(loader, node)


def _yaml_with_positions(text: str, file: str) -> tuple[Any, dict[Loc, yaml.Mark]]:
    positions: dict[Loc, yaml.Mark] = {}
    try:
        loader = _BoundedLoader(text)  # its reader refuses characters YAML forbids here already
    except yaml.reader.ReaderError as exc:
        line, column = text.count("\n", 0, exc.position) + 1, exc.position - text.rfind("\n", 0, exc.position)
        message = f"invalid YAML: character #x{exc.character:04x} is not allowed"
        raise ConfigError([ConfigIssue(file, line, column, "", message)]) from None
    try:
        node = loader.get_single_node()
        data = _walk(loader, node, (), positions) if node is not None else None
    except _Refused as exc:
        raise ConfigError([ConfigIssue(file, exc.mark.line + 1, exc.mark.column + 1, "", str(exc))]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise ConfigError([ConfigIssue(file, line, col, "", f"invalid YAML: {exc.problem or exc}")]) from None
    finally:
        loader.dispose()
    return data, positions


def parse_config(text: str, file: str = "<config>") -> Config:
    """Validates YAML text; raises ConfigError listing every problem with file, line and reason."""
    data, positions = _yaml_with_positions(text, file)
    if not isinstance(data, dict):
        raise ConfigError([ConfigIssue(file, 1, 1, "", "the config must be a mapping with components and strategies")])

    def issue(loc: Loc, message: str) -> ConfigIssue:
        # a missing key is reported at the line of the mapping that lacks it
        mark = positions.get(loc) or positions.get(loc[:-1]) or positions[()]
        return ConfigIssue(file, mark.line + 1, mark.column + 1, dotted(loc) if loc else "", message)

    fill_target_timeouts(data)
    try:
        config: Config | Partial = build(Config, data)
        problems: list[tuple[Loc, str]] = []
    except SchemaError as exc:
        config, problems = exc.partial, exc.errors
    problems += semantic_issues(config)
    if problems:
        raise ConfigError([issue(loc, message) for loc, message in problems])
    assert isinstance(config, Config)  # no problems: the schema built it whole
    return config


def read_config_text(file: str) -> str:
    """The file's text, at most MAX_CONFIG_BYTES; raises ConfigError for anything else.

    A FIFO or a device is refused before any blocking read: stat first, then open with O_NONBLOCK
    (a FIFO without a writer would otherwise hang the open) and check the opened file again.
    """

    def refused(message: str, line: int = 1) -> ConfigError:
        return ConfigError([ConfigIssue(file, line, 1, "", message)])

    try:
        if not stat.S_ISREG(os.stat(file).st_mode):
            raise refused("not a regular file (a FIFO, device or directory cannot be a config)")
        fd = os.open(file, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise refused("not a regular file (it changed while being opened)")
            data = f.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        raise refused(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise refused(f"larger than {MAX_CONFIG_BYTES // 1024} KiB: not read")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise refused(
            f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}", data.count(b"\n", 0, exc.start) + 1
        ) from None


def load_config(path: str | os.PathLike[str]) -> Config:
    """Reads and validates a config file; raises ConfigError for every failure (unreadable files too)."""
    file = os.fspath(path)
    return parse_config(read_config_text(file), file)
