"""Qt's translation markers typed as what they return: the text itself (PySide6's stubs say
``object``). lupdate reads the names ``QT_TRANSLATE_NOOP``/``QT_TR_NOOP``; import them from here."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...  # noqa: N802 - Qt's name

    def QT_TR_NOOP(message: str, /) -> str: ...  # noqa: N802 - Qt's name

else:
    from PySide6.QtCore import QT_TR_NOOP, QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "QT_TR_NOOP"]
