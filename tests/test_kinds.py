"""The one table of kinds: the config union, the probe dispatch and the misbehaviour matrix all follow it."""

from __future__ import annotations

import inspect
import typing

from healthd.config.targets import KINDS, HttpTargetBase, Target, TargetBase
from healthd.probes.kinds import PROBES
from tests.support import HTTP_KIND_SETTINGS


def test_every_kind_has_settings_a_probe_and_a_place_in_the_union() -> None:
    union = typing.get_args(typing.get_args(Target)[0])
    assert set(union) == set(KINDS.values())
    assert set(PROBES) == set(KINDS)
    for kind, settings in KINDS.items():
        assert issubclass(settings, TargetBase)
        assert typing.get_type_hints(settings)["kind"] == typing.Literal[kind]
        probe = PROBES[kind]
        assert inspect.iscoroutinefunction(probe), kind
        hints = typing.get_type_hints(probe)
        assert list(inspect.signature(probe).parameters) == ["target", "ctx"], kind
        assert hints["target"] is settings, kind


def test_every_http_speaking_kind_is_in_the_misbehaviour_matrix() -> None:
    http_kinds = {kind for kind, settings in KINDS.items() if issubclass(settings, HttpTargetBase)}
    assert {name.split("-")[0] for name in HTTP_KIND_SETTINGS} == http_kinds
