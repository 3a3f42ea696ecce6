"""Handlers of the shell's rows of the action table (File, Edit, View, Help): each takes the
window context; the table references these functions, never method names as strings."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reslab_desktop.ui.main_window import MainWindow


def edit_properties(window: MainWindow) -> None:
    window.edit_properties()


def close_workshop(window: MainWindow) -> None:
    window.close_workshop()


def quit_app(window: MainWindow) -> None:
    window.quit_app()


def undo(window: MainWindow) -> None:
    window.undo_stack.undo()


def redo(window: MainWindow) -> None:
    window.undo_stack.redo()


def show_home(window: MainWindow) -> None:
    window.show_page("home")


def show_people(window: MainWindow) -> None:
    window.show_page("people")


def set_navigator_visible(window: MainWindow, visible: bool) -> None:
    window.set_navigator_visible(visible)


def go_to_phase(phase: int) -> Callable[[MainWindow], None]:
    def handler(window: MainWindow) -> None:
        window.go_to_phase(phase)

    handler.__name__ = f"go_to_phase_{phase}"
    return handler


def new_board(window: MainWindow) -> None:
    window.navigator.new_board()


def rename_board(window: MainWindow) -> None:
    window.navigator.rename_board()


def delete_board(window: MainWindow) -> None:
    window.navigator.delete_board()


def show_about(window: MainWindow) -> None:
    window.show_about()


def open_guide(window: MainWindow) -> None:
    from reslab_desktop.ui.guide import open_guide as show

    show(window)
