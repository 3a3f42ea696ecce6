"""Middlewares every request passes: JSON errors, the host and ``Origin`` checks, the body limit.

* The ``Host`` must be an IP address or ``localhost``: a page on another site whose name was
  made to point at the laptop (DNS rebinding) carries its own name and is refused.
* An ``Origin`` naming another origin than the page's own (``http://`` + ``Host``) → 403, on
  every method and on the WebSocket upgrade: a page elsewhere cannot vote for a phone.
* A body over ``MAX_BODY`` → 413 before it is read.
* Every error is ``{"error": "one line"}`` in the phone's language (``refusals.py``); an
  unexpected one is a 500 with no detail (and one line on the server's standard error).
"""

from __future__ import annotations

import ipaddress
import sys
from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.typedefs import Middleware

from reslab_desktop.room.connections import ConnectionWatch
from reslab_desktop.room.dots import Refused
from reslab_desktop.room.limits import MAX_BODY
from reslab_desktop.room.refusals import error, phone_language

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def host_allowed(host: str | None) -> bool:
    if not host:
        return True  # HTTP/1.0 clients; browsers always send a Host
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    name = name.strip("[]")
    if name.lower() == "localhost":
        return True
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def origin_allowed(origin: str | None, host: str | None) -> bool:
    if origin is None:
        return True  # not sent by a browser page (or a same-origin GET)
    return host is not None and origin.lower() == f"http://{host.lower()}"


def make_middlewares(watch: ConnectionWatch, on_error: Callable[[], None]) -> list[Middleware]:
    @web.middleware
    async def guarded(request: web.Request, handler: Handler) -> web.StreamResponse:
        watch.request_started(request.transport)
        try:
            response = await _checked(request, handler, on_error)
        finally:
            watch.request_done(request.transport)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    return [guarded]


async def _checked(request: web.Request, handler: Handler, on_error: Callable[[], None]) -> web.StreamResponse:
    lang = phone_language(request.headers)
    host = request.headers.get("Host")
    if not host_allowed(host):
        return error(403, "open the room by its numeric address (as in the QR code)", lang)
    if not origin_allowed(request.headers.get("Origin"), host):
        return error(403, "requests from other sites are refused", lang)
    if request.content_length is not None and request.content_length > MAX_BODY:
        return error(413, f"the request body is larger than {MAX_BODY // 1024} KB", lang)
    try:
        return await handler(request)
    except Refused as exc:
        return error(exc.status, str(exc), lang)
    except web.HTTPRequestEntityTooLarge:
        return error(413, f"the request body is larger than {MAX_BODY // 1024} KB", lang)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        return error(exc.status, (exc.reason or "error").lower(), lang)
    except Exception as exc:  # a bug: the phone gets one line, the log one line
        on_error()
        print(f"room: internal error on {request.method} {request.path}: {type(exc).__name__}: {exc}",
              file=sys.stderr)
        return error(500, "internal error", lang)
