"""Simulated phones for the load tests and the benchmark: each joins, then adds and takes back
dots at a person's pace; every acknowledged ballot is remembered to compare with the file."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import aiohttp


@dataclass
class Phone:
    participant_id: str
    token: str = ""
    acked: dict[str, int] = field(default_factory=dict)  # the ballot of the last 200 answer
    pending: tuple[str, int] | None = None  # a dot sent and not answered (killed mid-flight)
    latencies: list[float] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)


async def run_phones(base: str, code: str, round_id: str, people: list[str], notes: list[str], *,
                     ops: int = 8, pause: tuple[float, float] = (0.05, 0.3), budget: int = 3,
                     seed: int = 1, deadline_s: float = 120.0,
                     after_acks: tuple[int, Callable[[], None]] | None = None) -> list[Phone]:
    """``after_acks=(n, call)``: ``call()`` once ``n`` dots were acknowledged (a SIGKILL), then
    every phone stops after its request in flight. Each phone has its own random sequence."""
    phones = [Phone(p) for p in people]
    connector = aiohttp.TCPConnector(limit=0)
    end = time.monotonic() + deadline_s
    acks = [0]
    stopped = asyncio.Event()
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as session:

        async def one(index: int, phone: Phone) -> None:
            rng = random.Random(seed * 100_003 + index)
            async with session.post(f"{base}/api/join", json={"code": code, "participant_id": phone.participant_id}) as r:
                phone.statuses.append(r.status)
                phone.token = (await r.json())["token"]
            headers = {"Authorization": f"Bearer {phone.token}"}
            for _ in range(ops):
                if time.monotonic() > end or stopped.is_set():
                    return
                await asyncio.sleep(rng.uniform(*pause))
                mine = sum(phone.acked.values())
                take_back = phone.acked and (mine >= budget or rng.random() < 0.3)
                note = rng.choice(list(phone.acked)) if take_back else rng.choice(notes)
                delta = -1 if take_back else 1
                phone.pending = (note, delta)
                started = time.perf_counter()
                async with session.post(f"{base}/api/rounds/{round_id}/dots", json={"note_id": note, "delta": delta},
                                        headers=headers) as r:
                    body = await r.json()
                    phone.latencies.append(time.perf_counter() - started)
                    phone.statuses.append(r.status)
                    if r.status == 200:
                        phone.acked = dict(body["my_dots"])
                phone.pending = None
                if r.status == 200 and after_acks is not None:
                    acks[0] += 1
                    if acks[0] == after_acks[0]:
                        after_acks[1]()
                        stopped.set()

        results = await asyncio.gather(*(one(i, p) for i, p in enumerate(phones)), return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException) and not isinstance(result, (aiohttp.ClientError, asyncio.TimeoutError)):
            raise result
    return phones


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    """``python -m tests.room.phones_sim BASE CODE ROUND PEOPLE,… NOTES,… OPS [MIN:MAX]``: JSON
    latencies; MIN:MAX the seconds between a phone's taps (default 0.05:0.3)."""
    import json
    import sys

    base, code, round_id, people, notes, ops = sys.argv[1:7]
    low, high = (float(x) for x in (sys.argv[7] if len(sys.argv) > 7 else "0.05:0.3").split(":"))
    phones = asyncio.run(run_phones(base, code, round_id, people.split(","), notes.split(","), ops=int(ops),
                                    pause=(low, high)))
    print(json.dumps({"latencies": [x for p in phones for x in p.latencies],
                      "statuses": [s for p in phones for s in p.statuses]}))


if __name__ == "__main__":
    main()
