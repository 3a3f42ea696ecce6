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


class InstallationError(Exception):
    """A file the app ships with is missing: the installation is broken (not a ``ReslabError``:
    the user's input is fine; the CLI exits 3, the GUI says to reinstall).

    ``name`` is the resource's name inside the package data, e.g. ``fonts/DejaVuSans.ttf``.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"the installation is incomplete: {name} is missing from the app's files "
                         f"(reslab_desktop/resources); reinstall Resiliency Lab")

    def message(self, language: str) -> str:
        """The dialog's text in ``language``. Not from the translation catalogs: the missing
        file may be the catalog itself."""
        if language == "es":
            return (f"La instalación de Resiliency Lab está incompleta: falta el archivo {self.name}. "
                    "Vuelve a instalar la aplicación; tus talleres no se han modificado.")
        return (f"The installation of Resiliency Lab is incomplete: the file {self.name} is missing. "
                "Please reinstall the app; your workshops have not been changed.")
