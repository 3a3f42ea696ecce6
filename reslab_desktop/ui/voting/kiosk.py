"""Kiosk lock: while a round is open on the shared screen, the facilitator's tools are locked.

Locked means: the host window's actions (edit, delete, close, settings, quit…) are disabled,
closing the host or the voting screen is refused, and Esc does not leave the presentation.
Unlocking takes the facilitator's PIN. Only a salted PBKDF2 hash of the PIN is stored (in
the user settings), never the PIN itself.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.ui.window_context import WindowContext

PIN_SETTING = "voting/kiosk_pin"
_ITERATIONS = 120_000
MIN_PIN = 4


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``pbkdf2$<iterations>$<salt hex>$<digest hex>``."""
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, _ITERATIONS)
    return f"pbkdf2${_ITERATIONS}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        _, iterations, salt, digest = stored.split("$")
        test = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(test.hex(), digest)


def stored_pin_hash() -> str:
    from reslab_desktop.ui.settings import Settings

    return str(Settings().get(PIN_SETTING) or "")


def store_pin_hash(value: str) -> None:
    from reslab_desktop.ui.settings import Settings

    Settings().set(PIN_SETTING, value)


class KioskLock(QObject):
    """``changed(bool)`` when the lock engages or releases."""

    changed = Signal(bool)

    def __init__(self, host: QWidget | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.pin_hash = stored_pin_hash()
        self._locked = False
        self._disabled: list[QAction] = []
        self.guarded: list[QWidget] = []  # facilitator buttons on the voting screens
        self.unlock_action: QAction | None = None
        self.prompt: PinDialog | None = None  # the PIN asked without blocking (request_unlock)

    @property
    def locked(self) -> bool:
        return self._locked

    def has_pin(self) -> bool:
        return bool(self.pin_hash)

    def set_pin(self, pin: str) -> None:
        if len(pin) < MIN_PIN or not pin.isdigit():
            from reslab_desktop.errors import ValidationError

            raise ValidationError(f"the PIN must be at least {MIN_PIN} digits")
        self.pin_hash = hash_pin(pin)
        store_pin_hash(self.pin_hash)

    def lock(self) -> None:
        if self._locked:
            return
        if not self.pin_hash:
            from reslab_desktop.errors import ValidationError

            raise ValidationError("set a facilitator PIN before locking the screen")
        self._locked = True
        self._disabled = []
        self._disable_actions()
        self._add_unlock_action()
        self._set_workspace_enabled(False)
        if self.host is not None:
            self.host.installEventFilter(self)
            # The window re-derives action states on a page switch or an undo-stack change;
            # the lock disables them again right after.
            for signal in self._host_signals():
                signal.connect(self._disable_actions)
        self._apply()
        self.changed.emit(True)

    def _add_unlock_action(self) -> None:
        """The way back that every locked state keeps: Ctrl+Alt+U (and closing the window)
        asks for the PIN. Not one of the window's actions, so the lock leaves it enabled."""
        if self.host is None or self.unlock_action is not None:
            return
        action = QAction(QCoreApplication.translate("Voting", "Unlock with the facilitator PIN…"), self.host)
        action.setObjectName("voting.unlock_action")
        action.setShortcut(QKeySequence("Ctrl+Alt+U"))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda: self.request_unlock(self.host))
        self.host.addAction(action)
        self.unlock_action = action

    def request_unlock(self, parent: QWidget | None) -> PinDialog | None:
        """Ask for the PIN without blocking (a window's close, the unlock key). The dialog is
        ``self.prompt`` while it is up."""
        if not self._locked:
            return None
        if self.prompt is not None and self.prompt.isVisible():
            self.prompt.raise_()
            self.prompt.activateWindow()
            return self.prompt
        dialog = PinDialog(QCoreApplication.translate("Voting", "Unlock"),
                           QCoreApplication.translate("Voting", "Facilitator PIN:"), parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def check() -> None:
            self.prompt = None
            if not self.unlock(dialog.value()):
                self.prompt = dialog
                dialog.show_wrong()
                return
            dialog.done(QDialog.DialogCode.Accepted)

        dialog.checked = check  # type: ignore[attr-defined]
        dialog.destroyed.connect(lambda *_: setattr(self, "prompt", None))
        self.prompt = dialog
        dialog.open()
        return dialog

    def _host_signals(self) -> list[SignalInstance]:
        host = self.host
        if not isinstance(host, WindowContext):
            return []
        return [host.page_changed, host.undo_stack.indexChanged]

    def _disable_actions(self, *_: object) -> None:
        if not self._locked:
            return
        actions = self.host.actions_by_id if isinstance(self.host, WindowContext) else {}
        for action in actions.values():
            if action.isEnabled():
                action.setEnabled(False)
                if action not in self._disabled:
                    self._disabled.append(action)

    def unlock(self, pin: str) -> bool:
        if not self._locked:
            return True
        if not pin_matches(pin, self.pin_hash):
            return False
        self._locked = False
        prompt, self.prompt = self.prompt, None
        if prompt is not None:  # unlocked another way: the PIN asked at a window's close goes
            prompt.reject()
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self._set_workspace_enabled(True)
        if self.host is not None:
            self.host.removeEventFilter(self)
            for signal in self._host_signals():
                signal.disconnect(self._disable_actions)
            if isinstance(self.host, WindowContext):
                self.host.update_action_states()
        self._apply()
        self.changed.emit(False)
        return True

    def _set_workspace_enabled(self, enabled: bool) -> None:
        # Disabled actions do not stop a mouse: without this, a voter could switch to the
        # facilitator's window and add or drag notes on the board while the round is locked.
        central = self.host.centralWidget() if isinstance(self.host, QMainWindow) else None
        if central is not None:
            central.setEnabled(enabled)

    def guard(self, *widgets: QWidget) -> None:
        """Facilitator-only widgets: disabled while locked."""
        self.guarded.extend(widgets)
        for w in widgets:
            w.destroyed.connect(lambda *_, w=w: self.guarded.remove(w) if w in self.guarded else None)
        self._apply()

    def _apply(self) -> None:
        for w in self.guarded:
            w.setEnabled(not self._locked)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._locked and event.type() == QEvent.Type.Close:
            event.ignore()  # closing the facilitator's window asks for the PIN instead
            self.request_unlock(obj if isinstance(obj, QWidget) else None)
            return True
        return False


class PinDialog(QDialog):
    """Asks for the PIN (``confirm=True``: twice, to set a new one). Big digits for touch."""

    def __init__(self, title: str, prompt: str, confirm: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("voting.pin_dialog")
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.pin = self._field()
        layout.addWidget(self.pin)
        self.again: QLineEdit | None = None
        if confirm:
            layout.addWidget(QLabel(self.tr("Type it again:")))
            self.again = self._field()
            layout.addWidget(self.again)
        self.error = QLabel()
        self.error.setObjectName("voting.pin_error")
        # Dark on white whatever the screen's stylesheet (the voting screen's labels are white).
        self.setStyleSheet("QDialog { background: white; } QLabel { color: #1F2328; }"
                           " QLineEdit { background: white; color: #1F2328; border: 2px solid #1F2328; }")
        self.error.setStyleSheet("color: #B42318; font-weight: bold;")
        label.setObjectName("voting.pin_prompt")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for b in buttons.buttons():
            b.setMinimumHeight(44)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        field.setMinimumHeight(48)
        font = field.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        field.setFont(font)
        return field

    def show_wrong(self) -> None:
        self.error.setText(QCoreApplication.translate("Voting", "Wrong PIN."))
        self.pin.clear()
        self.pin.setFocus()

    def _check(self) -> None:
        checked = getattr(self, "checked", None)
        if callable(checked):
            checked()
            return
        if self.again is not None:
            if len(self.pin.text()) < MIN_PIN or not self.pin.text().isdigit():
                self.error.setText(self.tr("Use at least 4 digits."))
                return
            if self.pin.text() != self.again.text():
                self.error.setText(self.tr("The two PINs differ."))
                return
        self.accept()

    def value(self) -> str:
        return self.pin.text()


def ask_unlock(lock: KioskLock, parent: QWidget | None) -> bool:
    """Ask for the PIN until it is right or the dialog is cancelled (the wrong PIN is said in
    the dialog itself, dark on white)."""
    if not lock.locked:
        return True
    dialog = PinDialog(QCoreApplication.translate("Voting", "Unlock"),
                       QCoreApplication.translate("Voting", "Facilitator PIN:"), parent=parent)

    def check() -> None:
        if lock.unlock(dialog.value()):
            dialog.accept()
        else:
            dialog.show_wrong()

    dialog.checked = check  # type: ignore[attr-defined]
    dialog.exec()
    dialog.deleteLater()
    return not lock.locked


def check_pin(lock: KioskLock, parent: QWidget | None, on_right: Callable[[], None]) -> PinDialog:
    """Ask for the facilitator's PIN (without unlocking anything) and call ``on_right`` once
    it is right: e.g. to reopen a sealed ballot. Does not block."""
    dialog = PinDialog(QCoreApplication.translate("Voting", "Facilitator"),
                       QCoreApplication.translate("Voting", "Facilitator PIN:"), parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def check() -> None:
        if lock.has_pin() and pin_matches(dialog.value(), lock.pin_hash):
            dialog.accept()
            on_right()
        else:
            dialog.show_wrong()

    dialog.checked = check  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def ensure_pin(lock: KioskLock, parent: QWidget | None) -> bool:
    """Make sure a PIN is set (asks the facilitator to choose one the first time)."""
    if lock.has_pin():
        return True
    dialog = PinDialog(
        QCoreApplication.translate("Voting", "Facilitator PIN"),
        QCoreApplication.translate("Voting", "Choose a PIN to lock the shared screen while people vote. "
                                             "Only you can unlock it, close the round or leave the voting screen."),
        confirm=True, parent=parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    lock.set_pin(dialog.value())
    return True
