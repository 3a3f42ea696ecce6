"""The demo workshop: the shipped JSON document written as a workshop file (Qt-free; the CLI's
``reslab demo`` and the app's File ▸ Open the Demo Workshop both write it from here)."""

from __future__ import annotations

from pathlib import Path

DEMO_FILE_NAME = "demo-laboratorio.reslab"


def default_demo_path() -> Path:
    """Where the demo goes when no file is named: Documents/Resiliency Lab/."""
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / "Resiliency Lab" / DEMO_FILE_NAME


def write_demo(target: Path, overwrite: bool = False) -> Path:
    """Write the demo workshop to ``target`` (refused when it exists, unless ``overwrite``)."""
    from reslab_desktop.interchange import import_json
    from reslab_desktop.interchange.document import parse
    from reslab_desktop.resources import read_bytes

    import_json(parse(read_bytes("demo", "demo-workshop.json")), target, overwrite=overwrite)
    return target
