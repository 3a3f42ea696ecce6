"""The window's undo stack: a Qt view of the Qt-free undo history (``services/history.py``)."""

from reslab_desktop.ui.commands.base import ServiceCommand, bind, history_for, push, run, step

__all__ = ["ServiceCommand", "bind", "history_for", "push", "run", "step"]
