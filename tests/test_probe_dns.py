"""Kind `dns` against a real dnsmasq 2.90 on 127.0.0.1 (see the dnsmasq fixture in conftest.py)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from healthd.config.schema import SchemaError
from healthd.model import Reason, Status
from healthd.probes import ares
from tests.fakes.misbehave import probe_once, target
from tests.support import Dnsmasq, free_port


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


async def test_cancelled_probe_cancels_its_query(dnsmasq: Dnsmasq, monkeypatch: pytest.MonkeyPatch) -> None:
    borrowed: list[ares.Channel] = []
    querying = asyncio.Event()
    query = ares.Channel.query

    async def recording(self: ares.Channel, name: str, record_type: int) -> object:
        borrowed.append(self)
        querying.set()
        return await query(self, name, record_type)

    monkeypatch.setattr(ares.Channel, "query", recording)
    task = asyncio.create_task(
        probe_once(target("dns", query="x.dead.test", nameservers=[dnsmasq.server], timeout=5.0))
    )
    await asyncio.wait_for(querying.wait(), 2)
    await asyncio.sleep(0.05)  # the query is on the wire, dnsmasq never answers it
    assert not borrowed[0].idle()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert borrowed[0].idle()  # cancelled in c-ares at once, not left to run out its 5 s
    assert ares.pool().idle() == 1  # and kept for the next probe


async def test_probes_reuse_one_channel(dnsmasq: Dnsmasq) -> None:
    pool = ares.pool()
    for query, reason in (("ok.test", Reason.OK), ("x.dead.test", Reason.TIMEOUT), ("ok.test", Reason.OK)):
        result = await probe_once(target("dns", query=query, nameservers=[dnsmasq.server], timeout=0.3))
        assert result.reason == reason, result.detail
        assert pool.idle() == 1  # a timed-out probe's channel comes back clean and answers the next one


async def test_edited_resolv_conf_gets_a_fresh_channel(
    dnsmasq: Dnsmasq, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conf = tmp_path / "resolv.conf"
    monkeypatch.setattr(ares, "RESOLV_CONF", str(conf))
    pool = ares.pool()
    conf.write_text("nameserver 127.0.0.1\n")
    with pool.borrow((), 1.0) as first:
        pass
    with pool.borrow((), 1.0) as again:
        assert again is first
    conf.write_text("nameserver 127.0.0.2\n")
    with pool.borrow((), 1.0) as edited:
        assert edited is not first


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
