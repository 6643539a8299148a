"""fetch.env_proxy: the probe environment's proxy for a URL, NO_PROXY honoured, credentials moved to a header."""

from __future__ import annotations

import pytest
from yarl import URL

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
