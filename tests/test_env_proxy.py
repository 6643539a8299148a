"""fetch.env_proxy: the probe environment's proxy for a URL, NO_PROXY honoured, credentials moved to a header."""

from __future__ import annotations

import pytest
from yarl import URL

from healthd.model import Reason
from healthd.probes.base import ProbeFailure
from healthd.probes.fetch import env_proxy


@pytest.mark.parametrize(
    ("env", "url", "expected"),
    [
        ({}, "https://ghcr.io/v2/", (None, None)),
        ({"https_proxy": "http://proxy:3128"}, "https://ghcr.io/v2/", (URL("http://proxy:3128"), None)),
        ({"https_proxy": "http://proxy:3128"}, "http://ghcr.io/v2/", (None, None)),
        ({"http_proxy": "http://proxy:3128", "no_proxy": "internal,.corp"}, "http://cache.corp/x", (None, None)),
        (
            {"http_proxy": "http://proxy:3128", "no_proxy": "internal"},
            "http://ghcr.io/",
            (URL("http://proxy:3128"), None),
        ),
        (
            {"HTTPS_PROXY": "http://user:s3cret@proxy:3128"},
            "https://ghcr.io/v2/",
            (URL("http://proxy:3128"), {"Proxy-Authorization": "Basic dXNlcjpzM2NyZXQ="}),
        ),
    ],
)
def test_env_proxy(env: dict[str, str], url: str, expected: tuple) -> None:
    assert env_proxy(URL(url), env) == expected


def test_a_proxy_written_without_a_scheme_is_http_for_every_kind_and_socks_is_misconfigured() -> None:
    """HTTPS_PROXY=proxy.corp:3128 is common: the HTTP kinds read it as the tcp kind does (http://), not as junk."""
    assert env_proxy(URL("https://ghcr.io/v2/"), {"HTTPS_PROXY": "proxy.corp:3128"}) == (
        URL("http://proxy.corp:3128"),
        None,
    )
    with pytest.raises(ProbeFailure) as refused:
        env_proxy(URL("https://ghcr.io/v2/"), {"https_proxy": "socks5://proxy.corp:1080"})
    assert refused.value.reason is Reason.MISCONFIGURED
