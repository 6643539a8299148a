"""`healthd diagnose`: name the infrastructure failure behind a failed build's log.

catalog.py holds the signatures (data), matcher.py the pure matcher, report.py the answers people and
workflows read, route.py the daemon's POST /diagnose.
"""
