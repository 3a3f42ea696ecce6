"""The room's one answer to a refused request: ``{"error": "one line"}`` in the phone's language.

Every refusal is written in English (``Refused``, the guards, aiohttp's own errors) and
translated here, once, with the catalogue of ``reslab_desktop.messages``: Spanish unless the
browser's first language is English (``Accept-Language``). The key stays ``error`` and the
status is the refusal's.
"""

from __future__ import annotations

from collections.abc import Mapping

from aiohttp import web

from reslab_desktop.messages import accept_language, translate


def phone_language(headers: Mapping[str, str]) -> str:
    """``"es"`` or ``"en"``: the language the phone's browser asks for."""
    return accept_language(headers.get("Accept-Language"))


def error(status: int, message: str, language: str = "en") -> web.Response:
    """``{"error": message}`` in ``language`` (``message`` is English), never cached."""
    return web.json_response({"error": translate(message, language)}, status=status,
                             headers={"Cache-Control": "no-store"})
