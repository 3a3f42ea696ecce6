"""The room opened to phones, in the app: the server on the open workshop, and its panel.

The server writes through the window's own store, from its writer thread, as ``PHONE``: the
store serializes its writes with the window's, and ``StoreSignals.of(store)`` delivers their
change sets to the GUI thread (queued), so every view learns of phone dots as of its own and
the undo history never records them. The window's own writes wake the server at once (its
subscription to ``store.events``), which then tells the phones.
"""

from __future__ import annotations

import ipaddress
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface

from reslab_desktop.room.reach import Reach, phones_elsewhere, reach
from reslab_desktop.storage import Store

if TYPE_CHECKING:
    from reslab_desktop.room.server import RoomServer


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
    _seats_changed = Signal()  # emitted on the server's thread, delivered on the GUI thread

    def __init__(self, host: QObject, store: Store) -> None:
        super().__init__(host)
        self.store = store
        self.server: RoomServer | None = None
        self._seats_changed_signal_timer = QTimer(self)
        self._seats_changed_signal_timer.setSingleShot(True)
        self._seats_changed_signal_timer.setInterval(100)
        self._seats_changed_signal_timer.timeout.connect(self.changed)
        self._seats_changed.connect(self._seats_changed_signal_timer.start)
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
        last: RoomError | None = None
        for candidate in ([port] if port is not None else [DEFAULT_PORT, 0]):
            server = RoomServer(self.store, host=address, port=candidate, guests=guests)
            try:
                server.start()
            except RoomError as exc:
                last = exc
                continue
            # the server calls this on its own thread: a timer cannot be started from there
            server.on_seats_changed = self._seats_changed.emit
            self.server = server
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

    # -------------------------------------------------------------- what the console says

    def reach(self, addresses: Sequence[NetworkAddress] | None = None) -> Reach:
        """Whether phones can reach the room (before it opens: whether there is a network)."""
        import time

        found = network_addresses() if addresses is None else addresses
        server = self.server
        if server is None:
            return Reach.OK if found else Reach.NO_NETWORK
        own = {a.address for a in found}
        return reach(server.host, has_network=bool(found), waited_s=time.monotonic() - server.stats.started_at,
                     phones_reached=phones_elsewhere(server.stats.remote_addresses, own))

    def problem(self, addresses: Sequence[NetworkAddress] | None = None) -> str:
        """A sentence for the facilitator when phones cannot reach the laptop, else ''."""
        return self.words(self.reach(addresses))

    def words(self, problem: Reach) -> str:
        """What the facilitator reads for ``problem``, and what to try."""
        if problem is Reach.NO_NETWORK:
            return self.tr("This laptop is not connected to any network, so phones cannot reach it. Connect it to "
                           "the room's Wi-Fi or travel router (or turn on the laptop's hotspot), then press "
                           "\"Look for networks again\".")
        if problem is Reach.LOOPBACK:
            return self.tr("127.0.0.1 is this laptop only: phones cannot reach it. Choose the Wi-Fi's address "
                           "in the Network list (usually 192.168… or 10…).")
        if problem is Reach.NOT_LOCAL:
            return self.tr("This address is not a local network's: phones on the room's Wi-Fi may not reach it. "
                           "Choose the Wi-Fi address (usually 192.168… or 10…).")
        if problem is not Reach.NOBODY_CAME:
            return ""
        text = self.tr("No phone has reached the laptop yet. Check that the phones are on the same Wi-Fi as "
                       "this laptop (not on mobile data), and that the address in the QR code is the Wi-Fi's. "
                       "Some venue networks keep devices apart: use a travel router or the laptop's hotspot.")
        if sys.platform == "win32":
            text += " " + self.tr("On Windows, allow Resiliency Lab through the firewall and set this network "
                                  "to \"Private\" (Settings ▸ Network ▸ Properties).")
        elif sys.platform == "darwin":
            text += " " + self.tr("On a Mac, allow incoming connections for Resiliency Lab "
                                  "(System Settings ▸ Network ▸ Firewall ▸ Options).")
        else:
            text += " " + self.tr("If this laptop has a firewall, allow incoming connections on port %1.").replace(
                "%1", str(self.server.port if self.server is not None else ""))
        return text


def _quicker_thread_switches(on: bool) -> None:
    """While phones vote the server thread runs Python too: switch every 0.2 ms, not 5 ms, so
    the GUI thread never waits long for the interpreter lock (the projector stays smooth).
    And the objects alive when the room opens (the app, the workshop's board items: hundreds
    of thousands) are set aside from the garbage collector (``gc.freeze``): a full collection,
    which the server's threads trigger under a burst of notes, then scans only what is new
    instead of stopping every thread for 100–400 ms."""
    import gc

    sys.setswitchinterval(0.0002 if on else 0.005)
    if on:
        gc.collect()
        gc.freeze()
    else:
        gc.unfreeze()


__all__ = ["NetworkAddress", "PhoneRoom", "QHostAddress", "default_address", "network_addresses"]
