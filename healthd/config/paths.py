"""Where the config is: stdlib only, so the CI client finds it without loading yaml."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGED_CONFIG = Path(__file__).resolve().parent.parent / "strategies.yaml"
PACKAGED_FACTS = PACKAGED_CONFIG.with_name("strategies.facts.json")  # its client facts, precomputed


def default_config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--config, else $HEALTHD_CONFIG, else ./strategies.yaml, else the default shipped in the package."""
    if explicit:
        return Path(explicit)
    if os.environ.get("HEALTHD_CONFIG"):
        return Path(os.environ["HEALTHD_CONFIG"])
    local = Path("strategies.yaml")
    return local if local.is_file() else PACKAGED_CONFIG
