"""`healthd serve`: the scheduler, the board, the HTTP server, admin, metrics, the status page, reload.

`python -m healthd.daemon` is the lean entry `healthd serve` execs into."""
