"""exposition.text_format: byte for byte what prometheus_client's generate_latest writes, for any label values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from prometheus_client import CollectorRegistry, Counter, Enum, Gauge, Histogram, Info, Summary, generate_latest
from prometheus_client.core import GaugeHistogramMetricFamily

from healthd.daemon.exposition import text_format

values = st.text(st.characters(codec="utf-8"), max_size=20)


def _registry(labels: list[tuple[str, str]], number: float) -> CollectorRegistry:
    registry = CollectorRegistry()
    Info("x_build", "Build.\nTwo lines, a \\ too.", registry=registry).info({"version": "1"})
    Gauge("x_plain", "No labels.", registry=registry).set(number)
    gauge = Gauge("x_gauge", "Labelled.", ["b", "a"], registry=registry)
    counter = Counter("x_events", "Counted.", ["a"], registry=registry)
    histogram = Histogram("x_seconds", "Timed.", ["a"], buckets=(0.1, 1.0), registry=registry)
    Summary("x_size", "Sized.", registry=registry).observe(number)
    Enum("x_state", "State.", states=["on", "off"], registry=registry).state("off")
    for a, b in labels:
        gauge.labels(b=b, a=a).set(number)
        counter.labels(a).inc(abs(number))
        histogram.labels(a).observe(number)
    return registry


@given(st.lists(st.tuples(values, values), max_size=5), st.floats(allow_nan=True, allow_infinity=True))
def test_same_bytes_as_generate_latest(labels: list[tuple[str, str]], number: float) -> None:
    registry = _registry(labels, number)
    assert text_format(registry) == generate_latest(registry)


def test_escapes_label_values() -> None:
    text = text_format(_registry([('q"\\\n', "é")], 1.5)).decode()
    assert 'x_gauge{a="q\\"\\\\\\n",b="é"} 1.5\n' in text


def test_refuses_what_it_does_not_render() -> None:
    class Odd:
        def collect(self):
            yield GaugeHistogramMetricFamily("x_odd", "Gauge histogram.", buckets=[("+Inf", 1)], gsum_value=1)

    registry = CollectorRegistry()
    registry.register(Odd())
    with pytest.raises(ValueError, match="not supported"):
        text_format(registry)
