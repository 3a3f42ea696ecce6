"""Domain errors: every message is one line a facilitator can act on.

The CLI prints ``str(error)`` to stderr and exits 2; the UI shows it in a dialog.
Anything that is not a ``ReslabError`` is a bug and is reported as such.
"""


class ReslabError(Exception):
    """Base class of errors caused by the user's input or files, not by a bug."""


class ValidationError(ReslabError):
    """A value given to a service breaks a rule (empty title, unknown phase, …)."""


class NotFoundError(ReslabError):
    """A referenced thing (board, note, participant…) does not exist."""


class WorkshopFileError(ReslabError):
    """The file cannot be used as a workshop (missing, not SQLite, foreign, damaged)."""


class DamagedFileError(WorkshopFileError):
    """The file is a workshop of ours but fails its integrity or schema checks."""


class NewerFileError(WorkshopFileError):
    """The file was written by a newer version of the app; it is never modified."""


class ReadOnlyError(ReslabError):
    """A change was attempted on a workshop opened read-only."""


class InterchangeError(ReslabError):
    """A JSON document does not follow the interchange format.

    ``path`` is a JSON path like ``boards[2].notes[5].x``.
    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}" if path else problem)
