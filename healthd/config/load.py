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
MAX_DEPTH = 32  # nesting levels, as written and as expanded through aliases; healthd's schema needs 6
# Anchors, aliases and merge keys are accepted; what is refused is excessive expansion (go-yaml v3,
# which Kubernetes uses, refuses by the share of nodes decoded through aliases; here: the expanded node
# count against the written one). A document may expand to EXPANSION_RATIO times its written nodes plus
# EXPANSION_FLOOR; a billion laughs (a few hundred bytes, 10^9 nodes expanded) is refused after a few
# thousand steps, in milliseconds.
EXPANSION_RATIO = 10
EXPANSION_FLOOR = 10_000

# where a value is: its mark, and a note when it was reached through an alias
_Where = tuple[yaml.Mark, str]


class _Refused(Exception):
    def __init__(self, mark: yaml.Mark, message: str, note: str = "") -> None:
        super().__init__(message + note)
        self.mark = mark


class _AliasNode(yaml.Node):
    """`*name` where it is used: the anchored node it stands for, and the alias's own position."""

    def __init__(self, target: yaml.Node, anchor: str, start_mark: yaml.Mark, end_mark: yaml.Mark) -> None:
        super().__init__(target.tag, target.value, start_mark, end_mark)
        self.target = target
        self.anchor = anchor


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader bounded in nesting as written, that keeps each alias's position (`_AliasNode`).

    The composer shares an anchored node between its uses, so composing stays linear in the text;
    the expansion is bounded by `_Walker`, which builds the data.
    """

    _depth = 0
    written_nodes = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]  # types-PyYAML leaves Parser.peek_event bare
        if isinstance(event, yaml.AliasEvent):
            self.get_event()  # type: ignore[no-untyped-call]
            anchor, start, end = str(event.anchor), event.start_mark, event.end_mark
            # the pure-Python parser marks every event with a yaml.error.Mark
            assert isinstance(start, yaml.error.Mark) and isinstance(end, yaml.error.Mark)
            if anchor not in self.anchors:
                raise _Refused(start, f"invalid YAML: alias *{anchor} names no anchor defined before it")
            return _AliasNode(self.anchors[anchor], anchor, start, end)
        if self._depth >= MAX_DEPTH:
            raise _Refused(event.start_mark, f"nested deeper than {MAX_DEPTH} levels")
        self.written_nodes += 1
        self._depth += 1
        try:
            # the stub says int; PyYAML passes a mapping value's key node (and None for a key) as well
            return super().compose_node(parent, index)  # type: ignore[arg-type]
        finally:
            self._depth -= 1


_MERGE_TAG = "tag:yaml.org,2002:merge"


class _Walker:
    """Builds plain data from a node tree, recording where each value starts; bounds the expansion."""

    def __init__(self, loader: _BoundedLoader, positions: dict[Loc, _Where]) -> None:
        self.loader = loader
        self.positions = positions
        self.budget = EXPANSION_RATIO * loader.written_nodes + EXPANSION_FLOOR
        self.expanded = 0
        self.depth = 0
        self.open: set[int] = set()  # anchored nodes being expanded: one met again refers to itself

    def construct(self, node: yaml.Node, note: str, deep: bool = False) -> Any:
        try:
            return self.loader.construct_object(node, deep=deep)
        except ValueError as exc:  # e.g. an integer of more than 4300 digits
            raise _Refused(node.start_mark, f"cannot read this value: {exc}", note) from None

    def walk(self, node: yaml.Node, loc: Loc, use: yaml.Mark | None = None, note: str = "") -> Any:
        """`use`: where the alias this node was reached through is written (errors point there)."""
        if isinstance(node, _AliasNode):
            target = node.target
            if id(target) in self.open:
                raise _Refused(node.start_mark, f"alias *{node.anchor} refers to a value that contains it")
            if use is None:  # the outermost alias is where the value is used
                use = node.start_mark
                anchor_line = target.start_mark.line + 1
                note = f" (the value at line {{line}}, under &{node.anchor} at line {anchor_line}, used here)"
            self.open.add(id(target))
            try:
                return self.walk(target, loc, use, note)
            finally:
                self.open.discard(id(target))
        self.expanded += 1
        if self.expanded > self.budget:
            mark = use or node.start_mark
            raise _Refused(
                mark,
                f"YAML aliases expand past {self.budget} nodes ({self.loader.written_nodes} written):"
                " excessive aliasing is refused",
            )
        if self.depth >= MAX_DEPTH:
            raise _Refused(*self.where(node, use, f"nested deeper than {MAX_DEPTH} levels", note))
        mark, _, node_note = self.where(node, use, "", note)
        where = (mark, node_note)
        self.positions[loc] = where
        self.depth += 1
        try:
            if isinstance(node, yaml.MappingNode):
                return self.mapping(node, loc, use, note)
            if isinstance(node, yaml.SequenceNode):
                return [self.walk(item, (*loc, i), use, note) for i, item in enumerate(node.value)]
            return self.construct(node, where[1])
        finally:
            self.depth -= 1

    @staticmethod
    def where(node: yaml.Node, use: yaml.Mark | None, message: str, note: str) -> tuple[yaml.Mark, str, str]:
        """(mark, message, note): at the node, or at the alias it was reached through with a note of both lines."""
        if use is None:
            return node.start_mark, message, ""
        return use, message, note.replace("{line}", str(node.start_mark.line + 1), 1)

    def mapping(self, node: yaml.MappingNode, loc: Loc, use: yaml.Mark | None, note: str) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        merged: list[yaml.Node] = []
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:  # '<<': merge keys, the mapping's own keys win
                items = value_node.target if isinstance(value_node, _AliasNode) else value_node
                merged.extend(items.value if isinstance(items, yaml.SequenceNode) else [value_node])
                continue
            key_mark, _, key_note = self.where(key_node, use, "", note)
            key_where = (key_mark, key_note)
            plain = key_node.target if isinstance(key_node, _AliasNode) else key_node
            if not isinstance(plain, yaml.ScalarNode):
                raise _Refused(key_where[0], "a key must be a plain value, not a list or mapping", key_where[1])
            key = self.construct(plain, key_where[1], deep=True)
            if key in result:
                raise _Refused(key_where[0], f"duplicate key {key!r}", key_where[1])
            result[key] = self.walk(value_node, (*loc, key), use, note)
            self.positions[(*loc, key)] = key_where  # a key's errors point at the key, not its value
        for source in merged:  # the first merged mapping wins over later ones (YAML's merge key)
            theirs: dict[Loc, _Where] = {}
            outer, self.positions = self.positions, theirs
            try:
                value = self.walk(source, loc, use, note)
            finally:
                self.positions = outer
            if not isinstance(value, dict):
                message = "a merge key ('<<') takes a mapping or a list of mappings"
                raise _Refused(*self.where(source, use, message, note))
            for key, item in value.items():
                if key not in result:
                    result[key] = item
                    for sub, sub_where in theirs.items():
                        if sub[: len(loc) + 1] == (*loc, key):
                            self.positions[sub] = sub_where
        return result


def _yaml_with_positions(text: str, file: str) -> tuple[Any, dict[Loc, _Where]]:
    positions: dict[Loc, _Where] = {}
    try:
        loader = _BoundedLoader(text)  # its reader refuses characters YAML forbids here already
    except yaml.reader.ReaderError as exc:
        line, column = text.count("\n", 0, exc.position) + 1, exc.position - text.rfind("\n", 0, exc.position)
        message = f"invalid YAML: character #x{exc.character:04x} is not allowed"
        raise ConfigError([ConfigIssue(file, line, column, "", message)]) from None
    try:
        node = loader.get_single_node()
        data = _Walker(loader, positions).walk(node, ()) if node is not None else None
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
        mark, note = positions.get(loc) or positions.get(loc[:-1]) or positions[()]
        return ConfigIssue(file, mark.line + 1, mark.column + 1, dotted(loc) if loc else "", message + note)

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
