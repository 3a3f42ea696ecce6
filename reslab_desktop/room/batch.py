"""Group commit: the dots of many phones written in one transaction.

A dot waits in a queue on the event loop; one task takes everything queued (at most
``MAX_BATCH``) and writes it on the server's writer thread inside **one** ``store.write()``.
Each dot is its own savepoint in it (the store joins a service's write to the open one), so a
refused dot (over the budget, round just closed) is undone alone and its phone gets its 409
while the others go through. Every phone is answered only after the batch's commit: an
acknowledged dot is on disk, whatever happens to the process after. While one batch commits
(its fsync), the next one fills: 200 phones tapping at once cost a few commits a second,
not 200.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reslab_desktop.room.dots import Refused, change_dot
from reslab_desktop.room.views import PhoneRound
from reslab_desktop.storage import PHONE, Store

if TYPE_CHECKING:
    from concurrent.futures import Executor

MAX_BATCH = 64  # dots per transaction: one change set stays small work for the app's views

Ballot = dict[str, int]


@dataclass(frozen=True)
class Dot:
    rnd: PhoneRound
    voter_id: str
    note_id: str
    delta: int


def write_batch(store: Store, dots: list[Dot]) -> list[Ballot | Refused]:
    """On the writer thread: every dot in one transaction; per dot its ballot or its refusal."""
    results: list[Ballot | Refused] = []
    with store.acting_as(PHONE), store.write():
        for dot in dots:
            try:
                results.append(change_dot(store, dot.rnd, dot.voter_id, dot.note_id, dot.delta))
            except Refused as refused:
                results.append(refused)
    return results


class DotBatcher:
    """Queues dots on the event loop and writes them in batches through ``executor``."""

    def __init__(self, store: Store, executor: Executor, after_commit: Callable[[], None] | None = None) -> None:
        self.store = store
        self.executor = executor
        self.after_commit = after_commit  # on the writer thread, right after each batch commits
        self.batches = 0
        self.dots = 0
        self._queue: list[tuple[Dot, asyncio.Future[Ballot]]] = []
        self._flushing = False

    async def submit(self, dot: Dot) -> Ballot:
        """The voter's ballot once ``dot`` is committed; raises ``Refused`` if it was refused."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Ballot] = loop.create_future()
        future.add_done_callback(_retrieved)  # a phone that hung up leaves no "never retrieved" log
        self._queue.append((dot, future))
        if not self._flushing:
            self._flushing = True
            loop.create_task(self._flush())
        return await asyncio.shield(future)

    async def _flush(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while self._queue:
                batch, self._queue = self._queue[:MAX_BATCH], self._queue[MAX_BATCH:]
                try:
                    results = await loop.run_in_executor(self.executor, self._write, [d for d, _ in batch])
                except Exception as exc:  # noqa: BLE001 - every waiting phone gets an answer
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                    continue
                self.batches += 1
                self.dots += len(batch)
                for (_, future), result in zip(batch, results, strict=True):
                    if future.done():
                        continue
                    if isinstance(result, Refused):
                        future.set_exception(result)
                    else:
                        future.set_result(result)
        finally:
            self._flushing = False

    def _write(self, dots: list[Dot]) -> list[Ballot | Refused]:
        results = write_batch(self.store, dots)
        if self.after_commit is not None:
            self.after_commit()
        return results


def _retrieved(future: asyncio.Future[Ballot]) -> None:
    if not future.cancelled():
        future.exception()
