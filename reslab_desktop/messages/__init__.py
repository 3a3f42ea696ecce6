"""The services' one-line English errors in the user's language.

Services raise English (the CLI prints it as is); the UI and the room's phone pages call
:func:`translate` with the language they speak. Qt-free: the room server uses it too.
"""

from __future__ import annotations

from reslab_desktop.messages.catalogue import accept_language, translate

__all__ = ["accept_language", "translate", "user_message"]


def user_message(error: BaseException, language: str) -> str:
    """``str(error)`` in ``language`` (the one line a dialog shows)."""
    return translate(str(error), language)
