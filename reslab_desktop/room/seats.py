"""Who is in the room: one seat per phone (device), found by the hash of its token.

Seats live as long as the room is open. A phone that comes back after the room was closed and
opened again joins again by itself with the participant it remembers (the page keeps it), so
no secret outlives the room and nothing about devices is written to the workshop file.
Thread-safe: the server's loop adds and finds seats, the app's console lists and removes them.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from reslab_desktop.room.codes import new_token, token_hash
from reslab_desktop.room.limits import TokenBucket


@dataclass(frozen=True)
class Seat:
    device_id: str  # "d1", "d2"… shown to the facilitator, never a secret
    participant_id: str
    name: str
    joined_at: float
    last_seen: float
    guest: bool = False


@dataclass
class _Entry:
    seat: Seat
    bucket: TokenBucket = field(default_factory=TokenBucket)


class Seats:
    def __init__(self, on_change: Callable[[], None] | None = None) -> None:
        self._lock = threading.Lock()
        self._by_hash: dict[bytes, _Entry] = {}
        self._numbers = itertools.count(1)
        self.on_change = on_change

    def add(self, participant_id: str, name: str, guest: bool = False) -> tuple[str, Seat]:
        token = new_token()
        now = time.monotonic()
        with self._lock:
            seat = Seat(f"d{next(self._numbers)}", participant_id, name, now, now, guest)
            self._by_hash[token_hash(token)] = _Entry(seat)
        self._changed()
        return token, seat

    def find(self, token: str) -> tuple[Seat, TokenBucket] | None:
        with self._lock:
            entry = self._by_hash.get(token_hash(token))
            if entry is None:
                return None
            entry.seat = replace(entry.seat, last_seen=time.monotonic())
            return entry.seat, entry.bucket

    def remove(self, device_id: str) -> Seat | None:
        with self._lock:
            for key, entry in self._by_hash.items():
                if entry.seat.device_id == device_id:
                    del self._by_hash[key]
                    break
            else:
                return None
        self._changed()
        return entry.seat

    def drop_participants(self, known: set[str]) -> list[Seat]:
        """Remove the seats of participants no longer in the roster (deleted in the app)."""
        with self._lock:
            gone = [k for k, e in self._by_hash.items() if e.seat.participant_id not in known]
            seats = [self._by_hash.pop(k).seat for k in gone]
        if seats:
            self._changed()
        return seats

    def all(self) -> list[Seat]:
        with self._lock:
            return sorted((e.seat for e in self._by_hash.values()), key=lambda s: s.joined_at)

    def __len__(self) -> int:
        with self._lock:
            return len(self._by_hash)

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()
