"""Handlers of the Voting rows of the action table (each takes the main window).

Light on imports: ``ui/actions.py`` imports this at start-up; the page is built the first time
the facilitator needs it, and is then the window's ``voting_page`` (the room's presenter asks
it for ``audience_widget()`` and ``kiosk_locked()``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reslab_desktop.ui.voting.page import VotingPage

_ATTR = "_reslab_voting_page"


def voting_page(window: Any) -> VotingPage:
    page = getattr(window, _ATTR, None)
    if page is None:
        from reslab_desktop.ui.voting.page import VotingPage

        window.register_page("voting", lambda: VotingPage(window.store, window.undo_stack, window))
        page = window.page("voting")
        setattr(window, _ATTR, page)
        window.voting_page = page
    return page


def show_voting(window: Any) -> VotingPage:
    page = voting_page(window)
    editor_board = _editor_board(window)
    if editor_board:
        page.select_board(editor_board)
    window.show_page("voting")
    return page


def new_round(window: Any) -> None:
    page = show_voting(window)  # on the board open in the editor; the page reads its selection
    page._guarded(page.new_round)


def start_screen(window: Any) -> None:
    page = show_voting(window)
    page._guarded(page.start_screen)


def paper_tally(window: Any) -> None:
    page = show_voting(window)
    page._guarded(page.paper_tally)


def close_round(window: Any) -> None:
    page = show_voting(window)
    page._guarded(page.close_round)


def _editor_board(window: Any) -> str | None:
    if getattr(window, "current_page", lambda: "")() != "board":
        return None
    editor = getattr(window, "board_editor", None)
    return getattr(editor, "board_id", None)
