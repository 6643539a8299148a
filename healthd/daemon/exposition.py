"""The Prometheus text format (0.0.4) of a registry, the same bytes as prometheus_client's generate_latest, faster.

generate_latest validates and escapes every label *name* of every sample; with per-target histograms
that was most of a round's end at 500 targets (0.27 s of 0.55 s, blocking the loop). Here only
label values are escaped: metric and label names are healthd's own, and prometheus_client checked
them once, when each metric was declared. Only what healthd's registries hold is supported: no timestamps, no `_created`
(disabled in metrics.py), no gauge histograms; anything else raises.
"""

from __future__ import annotations

from prometheus_client.registry import Collector
from prometheus_client.utils import floatToGoString

_TYPES = {"counter": "counter", "gauge": "gauge", "histogram": "histogram", "summary": "summary"}
_TYPES |= {"info": "gauge", "stateset": "gauge", "unknown": "untyped"}
_SUFFIX = {"counter": "_total", "info": "_info"}


def escape_label(value: str) -> str:
    """A label value as the text format writes it (backslash, newline and quote escaped)."""
    if "\\" in value or "\n" in value or '"' in value:
        return value.replace("\\", r"\\").replace("\n", r"\n").replace('"', r"\"")
    return value


def text_format(registry: Collector) -> bytes:
    out: list[str] = []
    for metric in registry.collect():
        if metric.type not in _TYPES:
            raise ValueError(f"{metric.name}: metric type {metric.type} is not supported here")
        name = metric.name + _SUFFIX.get(metric.type, "")
        help_text = metric.documentation.replace("\\", r"\\").replace("\n", r"\n")
        out.append(f"# HELP {name} {help_text}\n# TYPE {name} {_TYPES[metric.type]}\n")
        for sample in metric.samples:
            if sample.timestamp is not None or sample.name.endswith(("_created", "_gsum", "_gcount")):
                raise ValueError(f"{sample.name}: timestamps and OpenMetrics-only samples are not supported here")
            if sample.labels:
                labels = ",".join(f'{k}="{escape_label(v)}"' for k, v in sorted(sample.labels.items()))
                out.append(f"{sample.name}{{{labels}}} {floatToGoString(sample.value)}\n")
            else:
                out.append(f"{sample.name} {floatToGoString(sample.value)}\n")
    return "".join(out).encode()
