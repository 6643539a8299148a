"""Where a round is published: the scheduler writes, the server, metrics and CLI read.

Readers take everything from what was published (the rendered answers, and through the snapshot
the strategy names and `stale_after` of the config the round ran under), never from the scheduler
or the running config, so a reload that lands mid-round cannot mix two configs in one answer.
Before the first round there is nothing to read: readers answer "warming up".
"""

from __future__ import annotations

from collections.abc import Callable

from healthd.core.render import Rendered

Listener = Callable[[Rendered], None]


class Board:
    def __init__(self) -> None:
        self.latest: Rendered | None = None
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        """Calls listener(rendered) after every publication, in the publisher's task."""
        self._listeners.append(listener)

    def publish(self, rendered: Rendered) -> None:
        self.latest = rendered
        for listener in self._listeners:
            listener(rendered)
