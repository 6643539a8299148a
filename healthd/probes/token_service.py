"""A registry token service's answer (the pull check's anonymous token, the push check's push,pull token)."""

from __future__ import annotations

from healthd.model import Reason
from healthd.probes.base import ProbeFailure
from healthd.probes.fetch import Answer


def token_of(answer: Answer, what: str = "") -> str:
    """The token in a token service's 200 answer (`token`, or OAuth2's `access_token`); else token_failed."""
    prefix = f"{what}: " if what else ""
    if answer.status != 200:
        raise ProbeFailure(Reason.TOKEN_FAILED, f"{prefix}HTTP {answer.status}: {answer.snippet()!r}")
    doc = answer.json()
    token = (doc.get("token") or doc.get("access_token")) if isinstance(doc, dict) else None
    if not isinstance(token, str) or not token:
        raise ProbeFailure(Reason.TOKEN_FAILED, f"{prefix}answer has neither `token` nor `access_token`")
    return token
