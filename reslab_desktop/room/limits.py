"""THE limits of the room server, in one place (the API document quotes them)."""

from __future__ import annotations

import time

MAX_BODY = 16 * 1024  # bytes of a request body (→ 413)
WRITES_PER_SECOND = 20  # per token (→ 429)
JOIN_FAILURES_PER_MINUTE = 60  # wrong codes or names from one address (→ 429): codes cannot be guessed
REQUEST_START_S = 10.0  # a connection must send a whole request head within this (slowloris)
IDLE_KEEPALIVE_S = 15.0  # an idle kept-alive connection is closed after this
MAX_CONNECTIONS = 1024  # open at once; more are closed at once
MAX_SOCKETS_PER_DEVICE = 4  # live-update sockets of one token
LIVE_HEARTBEAT_S = 20.0  # ping of the live socket: a phone gone to sleep is noticed
MAX_NAME = 80  # a typed guest name
NOTE_BURST = 10  # notes one phone may send at once (a queue kept offline, sent when back) (→ 429)
NOTES_PER_MINUTE = 20  # then on average; a retry of a note already received never counts


class TokenBucket:
    """``rate`` events a second on average, bursts up to ``rate`` (not thread-safe: the loop's)."""

    def __init__(self, rate: float = WRITES_PER_SECOND, burst: float | None = None) -> None:
        self.rate = rate
        self.capacity = rate if burst is None else burst
        self.tokens = self.capacity
        self.stamp = time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class FailureCounter:
    """Failed joins per remote address: ``per_minute`` allowed, then refused until they refill."""

    def __init__(self, per_minute: int = JOIN_FAILURES_PER_MINUTE) -> None:
        self.per_minute = per_minute
        self._buckets: dict[str, TokenBucket] = {}

    def blocked(self, remote: str) -> bool:
        bucket = self._buckets.get(remote)
        if bucket is None:
            return False
        refilled = bucket.tokens + (time.monotonic() - bucket.stamp) * bucket.rate
        return refilled < 1

    def failed(self, remote: str) -> None:
        if len(self._buckets) > 10_000:
            self._buckets.clear()  # bounded memory whatever the traffic
        bucket = self._buckets.setdefault(remote, TokenBucket(self.per_minute / 60, self.per_minute))
        bucket.take()
