"""Undo commands: each calls a service in redo() and the inverse service in undo()."""

from reslab_desktop.ui.commands.base import ServiceCommand, push

__all__ = ["ServiceCommand", "push"]
