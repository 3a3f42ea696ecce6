"""The facilitator's guide: how to run a lab day (before, during, after), inside the app.

The texts are HTML files of the package (``resources/guide/guide_<lang>.html``), one per
language, shown offline in a ``QTextBrowser``; the app's language chooses one and a button
shows the other (teams are often bilingual). ``open_guide(parent)`` is what the Help menu, the
start screen and the first-run welcome call.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.resources import resource
from reslab_desktop.ui.i18n import current_language

LANGUAGES = ("es", "en")
OTHER_LANGUAGE = {"es": "English", "en": "Español"}


def guide_html(language: str) -> str:
    """The guide in ``language`` (Spanish for any language it is not written in)."""
    return resource("guide", f"guide_{language if language in LANGUAGES else 'es'}.html").read_text(encoding="utf-8")


class GuideDialog(QDialog):
    """The guide in a window of its own that stays open beside the work (not modal)."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Facilitator's guide"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.language = ""
        self.text = QTextBrowser(self)
        self.text.setObjectName("guideText")
        self.text.setOpenLinks(True)  # the contents' anchors; nothing leads out of the app
        self.text.setOpenExternalLinks(False)
        self.switch = QPushButton(self)
        self.switch.setObjectName("guideLanguage")
        self.switch.clicked.connect(lambda: self.show_language("en" if self.language == "es" else "es"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.switch, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.show_language(language or current_language())
        self.resize(720, 640)

    def show_language(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "es"
        self.text.setHtml(guide_html(self.language))
        self.text.setAccessibleName(self.windowTitle())
        self.switch.setText(OTHER_LANGUAGE[self.language])


def open_guide(parent: QWidget | None = None) -> GuideDialog:
    """Show the guide (the one already open for ``parent``'s window, brought to the front)."""
    owner = parent.window() if parent is not None else None
    existing = owner.findChild(GuideDialog) if owner is not None else None
    dialog = existing or GuideDialog(owner)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
