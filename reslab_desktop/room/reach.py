"""Can phones reach the room? What the facilitator's console warns about (Qt-free rules).

Phones fail silently when the laptop is on no network, when the room listens on an address
only this laptop can reach, or when a firewall or a venue network keeps them out; the last one
shows only as nobody arriving. :func:`reach` names which case it is; the console says it in
words and what to try (``ui/room/phones.py``).
"""

from __future__ import annotations

import ipaddress
from enum import Enum

NOBODY_CAME_S = 90.0  # no phone reached the server this long after opening: say what to try


class Reach(Enum):
    OK = "ok"
    NO_NETWORK = "no network"  # no up, non-loopback IPv4 interface on this laptop
    LOOPBACK = "loopback"  # listening on 127.0.0.1: this laptop only
    NOT_LOCAL = "not local"  # a public address: phones on the room's Wi-Fi may not reach it
    NOBODY_CAME = "nobody came"  # open for a while and no phone arrived (firewall, isolated Wi-Fi)


def reach(host: str, *, has_network: bool, waited_s: float, phones_reached: int) -> Reach:
    """Which problem, if any, to tell the facilitator about a room listening on ``host``.

    ``phones_reached``: remote addresses other than this laptop's that made a request."""
    if not has_network:
        return Reach.NO_NETWORK
    address = ipaddress.ip_address(host.strip("[]"))
    if address.is_loopback:
        return Reach.LOOPBACK
    if not address.is_unspecified and not address.is_private:
        return Reach.NOT_LOCAL
    if phones_reached == 0 and waited_s >= NOBODY_CAME_S:
        return Reach.NOBODY_CAME
    return Reach.OK


def phones_elsewhere(remotes: set[str], own: set[str]) -> int:
    """Remote addresses that are neither loopback nor this laptop's own (its browser on the
    QR code's address is not a phone that got through)."""
    count = 0
    for remote in remotes:
        try:
            if ipaddress.ip_address(remote).is_loopback:
                continue
        except ValueError:
            continue
        count += remote not in own
    return count


__all__ = ["NOBODY_CAME_S", "Reach", "phones_elsewhere", "reach"]
