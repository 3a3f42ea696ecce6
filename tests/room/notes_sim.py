"""Simulated phones writing notes: each joins, then sends its notes in a burst, each note sent
again (same client_id) when the answer does not come or at random, as a flaky network does.
Every acknowledged note is remembered to compare with the file afterwards."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import aiohttp


@dataclass
class NotesPhone:
    participant_id: str
    token: str = ""
    acked: dict[str, str] = field(default_factory=dict)  # client_id → note id
    latencies: list[float] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)


async def run_note_phones(base: str, code: str, board_id: str, people: list[str], *, notes: int = 10,
                          retry_share: float = 0.2, seed: int = 1, deadline_s: float = 180.0,
                          zone_id: str | None = None,
                          on_ack: Callable[[int], bool] | None = None) -> list[NotesPhone]:
    """``on_ack(n)`` is called after each new acknowledgement (n = how many so far); when it
    returns True every phone stops sending."""
    rng = random.Random(seed)
    phones = [NotesPhone(p) for p in people]
    acks = 0
    stopped = False

    def going() -> bool:
        return not stopped and time.monotonic() < end

    end = time.monotonic() + deadline_s
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as session:

        async def send(phone: NotesPhone, client_id: str, text: str) -> None:
            nonlocal acks, stopped
            body = {"text": text, "client_id": client_id, **({"zone_id": zone_id} if zone_id else {})}
            headers = {"Authorization": f"Bearer {phone.token}"}
            while going():
                started = time.perf_counter()
                try:
                    async with session.post(f"{base}/api/boards/{board_id}/notes", json=body, headers=headers) as r:
                        data = await r.json()
                        phone.statuses.append(r.status)
                        if r.status in (200, 201):
                            phone.latencies.append(time.perf_counter() - started)
                            if client_id not in phone.acked:
                                acks += 1
                                if on_ack is not None and on_ack(acks):
                                    stopped = True
                            phone.acked[client_id] = data["id"]
                            if rng.random() >= retry_share:
                                return
                            continue  # the answer "got lost": the phone sends the same note again
                        if r.status == 429:
                            await asyncio.sleep(3 + rng.random())
                            continue
                        return
                except (TimeoutError, aiohttp.ClientError):
                    await asyncio.sleep(0.2)  # no answer: send the same note again

        async def one(phone: NotesPhone) -> None:
            while not phone.token:  # a busy or vanished server: the phone tries again, until the deadline
                if not going():
                    return
                try:
                    async with session.post(f"{base}/api/join",
                                            json={"code": code, "participant_id": phone.participant_id}) as r:
                        phone.statuses.append(r.status)
                        phone.token = (await r.json()).get("token", "") if r.status == 200 else ""
                except (TimeoutError, aiohttp.ClientError):
                    pass
                if not phone.token:
                    await asyncio.sleep(0.5 + rng.random())
            await asyncio.gather(*(send(phone, f"{phone.participant_id}-{i}", f"Idea {i} de {phone.participant_id}")
                                   for i in range(notes)))

        results = await asyncio.gather(*(one(p) for p in phones), return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException) and not isinstance(result, (aiohttp.ClientError, asyncio.TimeoutError)):
            raise result
    return phones


def main() -> None:
    """``python -m tests.room.notes_sim BASE CODE BOARD PEOPLE,… NOTES``: JSON of what was acknowledged."""
    import json
    import sys

    base, code, board, people, notes = sys.argv[1:6]
    phones = asyncio.run(run_note_phones(base, code, board, people.split(","), notes=int(notes)))
    print(json.dumps({"latencies": [x for p in phones for x in p.latencies],
                      "statuses": [s for p in phones for s in p.statuses],
                      "acked": {c: n for p in phones for c, n in p.acked.items()}}))


if __name__ == "__main__":
    main()
