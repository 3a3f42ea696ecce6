"""Handlers of the Voting rows of the action table (each takes the main window).

Light on imports: ``ui/actions.py`` imports this at start-up; the page is built the first time
the facilitator needs it, and is then the window's ``voting_page`` (the room's presenter asks
it for ``audience_widget()`` and ``kiosk_locked()``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reslab_desktop.ui.window_context import FeatureKey, WindowContext

if TYPE_CHECKING:
    from reslab_desktop.ui.voting.page import VotingPage

#: The window's voting page (registered as the page "voting" the first time it is needed).
VOTING_PAGE: FeatureKey[VotingPage] = FeatureKey("voting_page")


def voting_page(window: WindowContext) -> VotingPage:
    page = window.features.get(VOTING_PAGE)
    if page is None:
        from reslab_desktop.ui.voting.page import VotingPage

        made = VotingPage(window.store, window.undo_stack, window)
        window.register_page("voting", made)
        page = window.features.put(VOTING_PAGE, made)
    return page


def show_voting(window: WindowContext) -> VotingPage:
    page = voting_page(window)
    editor_board = _editor_board(window)
    if editor_board:
        page.select_board(editor_board)
    window.show_page("voting")
    return page


def new_round(window: WindowContext) -> None:
    page = show_voting(window)  # on the board open in the editor; the page reads its selection
    page._guarded(page.new_round)


def start_screen(window: WindowContext) -> None:
    page = show_voting(window)
    page._guarded(page.start_screen)


def paper_tally(window: WindowContext) -> None:
    page = show_voting(window)
    page._guarded(page.paper_tally)


def close_round(window: WindowContext) -> None:
    page = show_voting(window)
    page._guarded(page.close_round)


def _editor_board(window: WindowContext) -> str | None:
    return window.shown_board_id()
