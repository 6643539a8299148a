"""`healthd diagnose`: the signature catalog (data), the pure streaming matcher, the report.

The daemon's POST /diagnose handler lives with the daemon (healthd.daemon.diagnose_route)."""
