"""The room opened to phones, in the app: the server on the open workshop, and its panel.

The server has its own :class:`Store` on the workshop file (its writes happen on its writer
thread); each of its change sets reaches the GUI thread through a queued signal and is then
announced on the window's store, so every view learns of phone dots exactly as of its own.
Changes made in the app reach the phones through the server's watch of the file.
"""

from __future__ import annotations

import ipaddress
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface

from reslab_desktop.storage import Change, Store

if TYPE_CHECKING:
    from reslab_desktop.room.server import RoomServer

NOBODY_CAME_S = 90  # no phone reached the server this long after opening: say what to try


@dataclass(frozen=True)
class NetworkAddress:
    address: str
    interface: str  # the name people see ("Wi-Fi", "wlan0")
    private: bool


def network_addresses() -> list[NetworkAddress]:
    """Every up, non-loopback IPv4 address of this computer, private ones first."""
    found = []
    for iface in QNetworkInterface.allInterfaces():
        flags = iface.flags()
        if not (flags & QNetworkInterface.InterfaceFlag.IsUp) or flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol or ip.isLoopback():
                continue
            text = ip.toString()
            parsed = ipaddress.ip_address(text)
            private = parsed.is_private and not parsed.is_link_local
            found.append(NetworkAddress(text, iface.humanReadableName() or iface.name(), private))
    return sorted(found, key=lambda a: (not a.private, a.address.startswith("169.254."), a.interface))


def default_address(addresses: Sequence[NetworkAddress]) -> NetworkAddress | None:
    return addresses[0] if addresses else None


class PhoneRoom(QObject):
    """``changed`` when the room opens, closes, or someone joins or leaves."""

    changed = Signal()
    _phone_changes = Signal(object)  # emitted on the server's writer thread → queued

    def __init__(self, host: QObject, store: Store) -> None:
        super().__init__(host)
        self.store = store
        self.server: RoomServer | None = None
        self._phone_changes.connect(self._announce)
        self._seats_changed_signal_timer = QTimer(self)
        self._seats_changed_signal_timer.setSingleShot(True)
        self._seats_changed_signal_timer.setInterval(100)
        self._seats_changed_signal_timer.timeout.connect(self.changed)
        self.watch = QTimer(self)
        self.watch.setInterval(2000)
        self.watch.timeout.connect(self.changed)

    @property
    def is_open(self) -> bool:
        return self.server is not None and self.server.running

    def open(self, address: str, port: int | None = None, guests: bool = False) -> str:
        """Start the server on ``address``; tries the usual port, then any free one."""
        from reslab_desktop.errors import ReslabError
        from reslab_desktop.room.server import DEFAULT_PORT, RoomError, RoomServer

        if self.is_open:
            self.close()
        if self.store.detached:
            raise ReslabError("the workshop is kept in memory after a save error; save a copy first, then open the room")
        # The window's own store: the server's writes (named PHONE) are change sets of that store,
        # which StoreSignals hands to the GUI thread like any other writer's (core's contract).
        room_store = self.store
        last: RoomError | None = None
        for candidate in ([port] if port is not None else [DEFAULT_PORT, 0]):
            server = RoomServer(room_store, host=address, port=candidate, guests=guests)
            try:
                server.start()
            except RoomError as exc:
                last = exc
                continue
            server.on_seats_changed = self._seats_changed_signal_timer.start
            self.server = server
            self._room_store = room_store
            _quicker_thread_switches(True)
            self.watch.start()
            self.changed.emit()
            return server.url
        assert last is not None
        raise last

    def close(self) -> None:
        server, self.server = self.server, None
        self.watch.stop()
        if server is not None:
            server.stop()
            _quicker_thread_switches(False)
            self.changed.emit()

    def _announce(self, changes: Sequence[Change]) -> None:
        """On the GUI thread: the phones' commit, announced on the window's store."""
        self.store.events.emit(list(changes))

    # -------------------------------------------------------------- what the console says

    def problem(self) -> str:
        """A sentence for the facilitator when phones seem not to reach the laptop, else ''."""
        server = self.server
        if server is None:
            return ""
        if not ipaddress.ip_address(server.host).is_private:
            return self.tr("This address is not a local network's: phones on the room's Wi-Fi may not reach it. "
                           "Choose the Wi-Fi address (usually 192.168… or 10…).")
        import time

        waited = time.monotonic() - server.stats.started_at
        if server.stats.phones_reached or len(server.seats) or waited < NOBODY_CAME_S:
            return ""
        text = self.tr("No phone has reached the laptop yet. Check that the phones are on the same Wi-Fi as "
                       "this laptop (not on mobile data), and that the address in the QR code is the Wi-Fi's. "
                       "Some venue networks keep devices apart: use a travel router or the laptop's hotspot.")
        if sys.platform == "win32":
            text += " " + self.tr("On Windows, allow Resiliency Lab through the firewall and set this network "
                                  "to \"Private\" (Settings ▸ Network ▸ Properties).")
        return text


def _quicker_thread_switches(on: bool) -> None:
    """While phones vote the server thread runs Python too: switch every 1 ms, not 5 ms, so
    the GUI thread never waits long for the interpreter lock (the projector stays smooth)."""
    sys.setswitchinterval(0.001 if on else 0.005)


__all__ = ["NetworkAddress", "PhoneRoom", "QHostAddress", "default_address", "network_addresses"]
