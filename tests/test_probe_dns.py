"""Kind `dns` against a real dnsmasq 2.90 on 127.0.0.1 (see the dnsmasq fixture in conftest.py)."""

from __future__ import annotations

import asyncio
import time

import aiodns
import pytest

from healthd.model import Reason, Status
from healthd.probes import dns
from healthd.schema import SchemaError
from tests.conftest import Dnsmasq, free_port
from tests.fakes.misbehave import probe_once, target


@pytest.mark.parametrize(
    ("query", "record_type", "status", "reason"),
    [
        ("ok.test", "A", Status.UP, Reason.OK),
        ("txt.test", "TXT", Status.UP, Reason.OK),
        ("cname.test", "CNAME", Status.UP, Reason.OK),
        ("cname.test", "A", Status.DOWN, Reason.DNS_EMPTY),  # a CNAME alone is no A record
        ("v4.test", "AAAA", Status.DOWN, Reason.DNS_EMPTY),  # NODATA
        ("ok.test", "AAAA", Status.DOWN, Reason.DNS_NXDOMAIN),  # dnsmasq: --address + --local gives NXDOMAIN
        ("nope.test", "A", Status.DOWN, Reason.DNS_NXDOMAIN),
        ("x.bogus", "A", Status.DOWN, Reason.DNS_SERVFAIL),  # DNSSEC validation failed
        ("x.refused.test", "A", Status.DOWN, Reason.DNS_REFUSED),
    ],
)
async def test_answers(dnsmasq: Dnsmasq, query: str, record_type: str, status: Status, reason: Reason) -> None:
    result = await probe_once(target("dns", query=query, record_type=record_type, nameservers=[dnsmasq.server]))
    assert (result.status, result.reason) == (status, reason), result.detail
    assert query in result.detail


@pytest.mark.parametrize("attempts", [1, 2])
async def test_dead_upstream_times_out_within_the_deadline(dnsmasq: Dnsmasq, attempts: int) -> None:
    started = time.monotonic()
    result = await probe_once(
        target("dns", query="x.dead.test", nameservers=[dnsmasq.server], timeout=0.5, attempts=attempts)
    )
    assert (result.status, result.reason) == (Status.DOWN, Reason.TIMEOUT)
    assert time.monotonic() - started < 0.5 + 0.5


async def test_nothing_listening_is_connect_refused() -> None:
    # c-ares sees the ICMP port-unreachable on loopback at once (ARES_ECONNREFUSED)
    result = await probe_once(target("dns", query="ok.test", nameservers=[f"127.0.0.1:{free_port()}"], timeout=0.5))
    assert (result.status, result.reason) == (Status.DOWN, Reason.CONNECT_REFUSED)


async def test_cancelled_probe_closes_its_channel(dnsmasq: Dnsmasq, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[aiodns.DNSResolver] = []
    querying = asyncio.Event()

    class Recording(aiodns.DNSResolver):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            if args == ([dnsmasq.server],):  # not the aiohttp session's own aiodns resolver
                opened.append(self)
                querying.set()  # the probe awaits its query right after, in the same step

    monkeypatch.setattr(dns.aiodns, "DNSResolver", Recording)
    task = asyncio.create_task(
        probe_once(target("dns", query="x.dead.test", nameservers=[dnsmasq.server], timeout=5.0))
    )
    await asyncio.wait_for(querying.wait(), 2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert opened[0]._closed  # the c-ares channel was cancelled and closed, not left to run out


@pytest.mark.parametrize(
    ("given", "normalized"),
    [("1.1.1.1", "1.1.1.1:53"), ("127.0.0.1:5353", "127.0.0.1:5353"), ("::1", "[::1]:53"), ("[::1]:54", "[::1]:54")],
)
def test_nameserver_forms(given: str, normalized: str) -> None:
    assert target("dns", query="example.org", nameservers=[given]).nameservers == (normalized,)


@pytest.mark.parametrize(
    "settings",
    [
        {"query": "example.org", "nameservers": ["dns.google"]},  # c-ares takes addresses only
        {"query": "example.org", "nameservers": ["1.1.1.1:0"]},
        {"query": "example.org", "nameservers": ["[::1"]},
        {"query": "bad..name"},
        {"query": "-bad.example"},
        {"query": "example.org", "record_type": "ANY"},
    ],
)
def test_bad_settings_are_refused(settings: dict[str, object]) -> None:
    with pytest.raises(SchemaError):
        target("dns", **settings)
