"""healthd.daemon.logs: text and JSON lines, quoting, exceptions, levels, and malformed requests made one quiet line."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Iterator

import pytest
from aiohttp import web

from healthd.daemon.logs import MalformedRequests, parse_level, setup_logging


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    root, server = logging.getLogger(), logging.getLogger("aiohttp.server")
    saved = root.handlers[:], root.level, server.filters[:]
    yield
    root.handlers[:], server.filters[:] = saved[0], saved[2]
    root.setLevel(saved[1])


def lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().err.splitlines()


def test_text_lines_quote_what_would_split_them(capsys) -> None:
    setup_logging(as_json=False, level="info")
    fields = {"plain": "abc", "space": "a b", "quote": 'say "hi"', "eq": "k=v", "nl": "two\nlines", "empty": ""}
    logging.getLogger("healthd.test").info("event_happened", extra={**fields, "n": 3})
    logging.getLogger("healthd.test").debug("not_shown")
    (line,) = lines(capsys)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z INFO    event_happened .*", line), line
    assert line.endswith('plain=abc space="a b" quote="say \\"hi\\"" eq="k=v" nl="two\\nlines" empty="" n=3'), line


def test_json_lines_carry_every_field_and_the_exception(capsys) -> None:
    setup_logging(as_json=True, level="DEBUG")
    log = logging.getLogger("healthd.test")
    log.debug("shown", extra={"value": 1.5, "obj": object()})
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        log.exception("failed", extra={"target": "a b"})
    first, second = (json.loads(x) for x in lines(capsys))
    assert first["level"] == "debug" and first["event"] == "shown" and first["logger"] == "healthd.test"
    assert first["value"] == 1.5 and first["obj"].startswith("<object object")  # default=str, never a crash
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", first["ts"])
    assert second["level"] == "error" and second["target"] == "a b"
    assert second["exception"].startswith("Traceback") and "RuntimeError: boom" in second["exception"]


def test_text_exception_is_one_quoted_field(capsys) -> None:
    setup_logging(level="INFO")
    try:
        raise ValueError("bad")
    except ValueError:
        logging.getLogger("healthd.test").exception("failed")
    (line,) = lines(capsys)  # the traceback stays on the event's own line
    assert ' ERROR   failed exception="Traceback' in line and "ValueError: bad" in line


def test_levels() -> None:
    assert parse_level("warning") == logging.WARNING
    for bad in ("LOUD", "", "10", "notset"):
        with pytest.raises(ValueError, match="log level must be one of DEBUG, INFO, WARNING, ERROR"):
            parse_level(bad)
    with pytest.raises(ValueError):
        setup_logging(level="LOUD")


async def test_malformed_requests_log_one_quiet_line_per_period(capsys) -> None:
    setup_logging(level="INFO")
    now = [0.0]
    quiet = logging.getLogger("aiohttp.server").filters[0]
    assert isinstance(quiet, MalformedRequests)
    quiet.throttle.clock = lambda: now[0]

    async def bug(request: web.Request) -> web.Response:
        raise RuntimeError("a handler's own bug")

    app = web.Application()
    app.router.add_get("/bug", bug)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]

    async def send(payload: bytes) -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(payload)
        answer = await asyncio.wait_for(reader.read(100), 5)
        writer.close()
        return answer

    garbage = [
        b"GET / HTTP/1.1\r\nno colon here\r\n\r\n",
        b"GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n",
        b"GET /" + b"a" * 9000,
    ]
    try:
        for payload in garbage * 2:
            assert (await send(payload)).startswith(b"HTTP/1.0 400")
        first = lines(capsys)
        now[0] = 10.0
        await send(garbage[1])
        second = lines(capsys)
        assert (await send(b"GET /bug HTTP/1.1\r\nHost: x\r\n\r\n")).startswith(b"HTTP/1.1 500")
        await asyncio.sleep(0.1)
        bug_lines = lines(capsys)
    finally:
        await runner.cleanup()
    assert len(first) == 1, first  # six malformed requests, one line, no traceback
    # aiohttp names the peer in its message from 3.11 on ("Error handling request from 127.0.0.1"); before, "".
    assert re.search(r' INFO    malformed_request peer=(127\.0\.0\.1|"") error=', first[0]), first[0]
    assert "suppressed=0" in first[0]
    assert len(second) == 1 and "suppressed=5" in second[0] and "Content-Length" in second[0], second
    assert any(" ERROR   Error handling request" in x and "a handler's own bug" in x for x in bug_lines), bug_lines


def test_quiet_lines_respect_the_level(capsys) -> None:
    setup_logging(level="WARNING")
    try:
        raise __import__("aiohttp").http_exceptions.BadHttpMessage("junk")
    except Exception:
        logging.getLogger("aiohttp.server").exception("Error handling request from 10.0.0.1")
    assert lines(capsys) == []
