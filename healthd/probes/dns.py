"""Kind `dns`: a name resolves, through the system's resolvers or the configured ones.

A probe borrows a c-ares channel of its own (healthd.probes.ares: servers and timeout are per
channel in c-ares, and channels are kept between probes) for its one query; when run_probe
cancels the probe at its deadline the query is cancelled with it, so a query never outlives its
probe's deadline.
"""

from __future__ import annotations

import aiodns
import pycares

from healthd.config.targets import DnsTarget
from healthd.model import Measure, ProbeResult, Reason, Status
from healthd.probes import ares
from healthd.probes.base import ProbeContext, ProbeFailure

_REASONS = {
    pycares.errno.ARES_ENOTFOUND: Reason.DNS_NXDOMAIN,  # NXDOMAIN
    pycares.errno.ARES_ENODATA: Reason.DNS_EMPTY,  # NOERROR without an answer (NODATA)
    pycares.errno.ARES_ESERVFAIL: Reason.DNS_SERVFAIL,
    pycares.errno.ARES_EREFUSED: Reason.DNS_REFUSED,
    pycares.errno.ARES_ETIMEOUT: Reason.TIMEOUT,
    pycares.errno.ARES_ECONNREFUSED: Reason.CONNECT_REFUSED,
}


async def probe(target: DnsTarget, ctx: ProbeContext) -> ProbeResult:
    via = ", ".join(target.nameservers) or "system resolvers"
    try:
        with ares.pool().borrow(target.nameservers, target.timeout) as channel:
            result = await channel.query(target.query, aiodns.query_type_map[target.record_type])
    except ares.DnsError as exc:
        code, message = exc.args
        reason = _REASONS.get(code, Reason.DNS_ERROR)
        raise ProbeFailure(reason, f"{target.query} {target.record_type} via {via}: {message}") from None
    return judge(result.answer, target, via)


def judge(records: list[pycares.DNSRecord], target: DnsTarget, via: str) -> ProbeResult:
    """The answer section: up when it holds a record of the asked type."""
    wanted = aiodns.query_type_map[target.record_type]
    # A CNAME alone does not answer an A query: the chain must end in the asked type.
    answers = sum(1 for record in records if record.type == wanted)
    if not answers:
        raise ProbeFailure(Reason.DNS_EMPTY, f"{target.query} {target.record_type} via {via}: no such record")
    return ProbeResult(
        Status.UP,
        Reason.OK,
        detail=f"{target.query} {target.record_type} via {via}: {answers} record(s)",
        measurements={Measure.DNS_ANSWERS: float(answers)},
    )
