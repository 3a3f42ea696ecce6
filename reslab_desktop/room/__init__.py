"""The room server: phones on the room's network join a workshop and vote (Qt-free).

:class:`RoomServer` runs aiohttp on a thread of its own with its own event loop; every write
goes through the services on one writer thread. ``reslab serve`` and the app's
*Room ▸ Open the room to phones…* both run it. The HTTP contract is ``docs/room-api.md``.
"""

from reslab_desktop.room.server import RoomError, RoomServer

__all__ = ["RoomError", "RoomServer"]
