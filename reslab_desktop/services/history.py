"""The undo history of one writer (the window), without Qt.

``history.run(text, action)`` runs ``action`` (any services) and keeps the rows its writes
changed as one :class:`Step`; :meth:`UndoHistory.undo` applies the step's inverse and
:meth:`UndoHistory.redo` the step again (``storage/operations.py``) — nothing is re-run, ids
stay the same, and a row another writer changed meanwhile makes the undo refused with a
one-line reason instead of destroying their work. Several writes are one step when they are
one intent: ``with history.record(text):`` gathers everything inside (a multi-note drag, a
zone move and a note move), and :meth:`UndoHistory.amend` adds later writes to a step that is
still the last (the text typed into a note just added).

The Qt undo stack is only a view of this history (``ui/commands/base.py``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError

from reslab_desktop.errors import ReslabError
from reslab_desktop.storage import WINDOW, ChangeSet, Store, acting_as
from reslab_desktop.storage.changes import REDO, UNDO
from reslab_desktop.storage.operations import Conflict, Operation, apply
from reslab_desktop.storage.probe import one_line
from reslab_desktop.storage.recording import recording

T = TypeVar("T")

#: history events for listeners: a step was pushed, merged into the last one, undone or redone,
#: or the history was cleared
PUSHED, MERGED, UNDONE, REDONE, CLEARED = "pushed", "merged", "undone", "redone", "cleared"


class UndoRefused(ReslabError):
    """Undo or redo would destroy someone else's work, or break a rule: nothing changed."""


@dataclass(eq=False)
class Step:
    """One undoable intent: what it is called and the rows it changed, per store."""

    text: str
    parts: list[tuple[Store, Operation]]
    merge_key: Hashable | None = None
    #: the change sets of the last time the step was done, undone or redone
    change_sets: list[ChangeSet] = field(default_factory=list)

    def extend(self, parts: Sequence[tuple[Store, Operation]]) -> None:
        for store, op in parts:
            if self.parts and self.parts[-1][0] is store:
                self.parts[-1] = (store, self.parts[-1][1].then(op))
            else:
                self.parts.append((store, op))


Listener = Callable[[str, Step | None], None]


def _guards() -> tuple[Callable[[Any, Sequence[Any]], None], ...]:
    """Rules an undo or redo must respect besides the rows themselves."""
    from reslab_desktop.services.voting import check_round_transitions

    return (check_round_transitions,)


class UndoHistory:
    """A list of steps and the index of the next one to redo (``len(steps)`` when none)."""

    def __init__(self, initiator: str = WINDOW, limit: int = 0) -> None:
        self.initiator = initiator
        #: 0 keeps every step; otherwise the oldest go first
        self.limit = limit
        self.steps: list[Step] = []
        self.index = 0
        self._listeners: list[Listener] = []
        self._recording: Step | None = None

    # -- listening ---------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _tell(self, event: str, step: Step | None) -> None:
        for listener in list(self._listeners):
            listener(event, step)

    # -- recording -----------------------------------------------------------------------------
    def run(self, text: str, action: Callable[[], T], merge_key: Hashable | None = None) -> T:
        """Run ``action``; what its writes changed becomes one step (none when it wrote nothing).
        A ``ReslabError`` it raises reaches the caller and nothing is kept."""
        with self.record(text, merge_key):
            return action()

    @contextlib.contextmanager
    def record(self, text: str, merge_key: Hashable | None = None) -> Iterator[Step]:
        """Everything written inside is one step. Nested records join the outer one; with
        ``merge_key``, a step right after a step of the same key is folded into it (repeated
        keyboard nudges of the same notes)."""
        if self._recording is not None:
            yield self._recording
            return
        step = Step(text, [], merge_key)
        self._recording = step
        try:
            with acting_as(self.initiator), recording() as got:
                yield step
        finally:  # what was committed before an error is undoable too
            self._recording = None
            step.extend(_operations(got))
            step.change_sets = [cs for _, cs in got]
            if step.parts:
                self._push(step)

    @contextlib.contextmanager
    def amend(self, step: Step) -> Iterator[Step]:
        """Add what is written inside to ``step`` when it is still the last done step; a new
        step with the same text otherwise."""
        if self._recording is not None:
            yield self._recording
            return
        if not self.steps or self.index != len(self.steps) or self.steps[-1] is not step:
            with self.record(step.text) as fresh:
                yield fresh
            return
        self._recording = step
        try:
            with acting_as(self.initiator), recording() as got:
                yield step
        finally:
            self._recording = None
            parts = _operations(got)
            if parts:
                step.extend(parts)
                step.change_sets = [cs for _, cs in got]
                self._tell(MERGED, step)

    def _push(self, step: Step) -> None:
        top = self.steps[-1] if self.steps and self.index == len(self.steps) else None
        if top is not None and step.merge_key is not None and top.merge_key == step.merge_key:
            top.extend(step.parts)
            top.change_sets = step.change_sets
            self._tell(MERGED, top)
            return
        del self.steps[self.index:]
        self.steps.append(step)
        if self.limit and len(self.steps) > self.limit:
            del self.steps[0]
        self.index = len(self.steps)
        self._tell(PUSHED, step)

    @property
    def last(self) -> Step | None:
        """The step undo would revert (None at the start of the history)."""
        return self.steps[self.index - 1] if self.index else None

    # -- undo and redo -------------------------------------------------------------------------
    def can_undo(self) -> bool:
        return self.index > 0 and self._recording is None

    def can_redo(self) -> bool:
        return self.index < len(self.steps) and self._recording is None

    def undo_text(self) -> str:
        return self.steps[self.index - 1].text if self.index else ""

    def redo_text(self) -> str:
        return self.steps[self.index].text if self.index < len(self.steps) else ""

    def undo(self) -> Step | None:
        """Revert the last step; :class:`UndoRefused` (nothing changed) when it cannot be."""
        if not self.can_undo():
            return None
        step = self.steps[self.index - 1]
        step.change_sets = self._apply(step, [(s, op.inverse()) for s, op in reversed(step.parts)], UNDO)
        self.index -= 1
        self._tell(UNDONE, step)
        return step

    def redo(self) -> Step | None:
        if not self.can_redo():
            return None
        step = self.steps[self.index]
        step.change_sets = self._apply(step, step.parts, REDO)
        self.index += 1
        self._tell(REDONE, step)
        return step

    def clear(self) -> None:
        self.steps.clear()
        self.index = 0
        self._tell(CLEARED, None)

    def _apply(self, step: Step, parts: Sequence[tuple[Store, Operation]], cause: str) -> list[ChangeSet]:
        verb = "undo" if cause == UNDO else "redo"
        try:
            with acting_as(self.initiator), recording() as got:
                for store, op in parts:
                    with store.write(cause=cause) as tx:
                        apply(tx, op)
                        for guard in _guards():
                            guard(tx, op.rows)
        except Conflict as exc:
            raise UndoRefused(f"cannot {verb} “{step.text}”: {exc}") from exc
        except DBAPIError as exc:  # a rule of the file's own (a trigger, a constraint)
            raise UndoRefused(f"cannot {verb} “{step.text}”: {one_line(exc.orig)}") from exc
        except ReslabError as exc:
            if isinstance(exc, UndoRefused):
                raise
            raise UndoRefused(f"cannot {verb} “{step.text}”: {exc}") from exc
        return [cs for _, cs in got]


def _operations(got: Sequence[tuple[Store, ChangeSet]]) -> list[tuple[Store, Operation]]:
    parts: list[tuple[Store, Operation]] = []
    for store, cs in got:
        if not cs.rows:
            continue
        op = Operation(cs.rows)
        if parts and parts[-1][0] is store:
            parts[-1] = (store, parts[-1][1].then(op))
        else:
            parts.append((store, op))
    return parts
