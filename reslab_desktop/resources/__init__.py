"""The app's bundled data (fonts, templates, schema, translations, demo) lives in this package.

``resource("fonts", "DejaVuSans.ttf")`` is a real path: Qt and ReportLab open files by name. The
folder is package data of the wheel, copied as ``reslab_desktop/resources`` into the PyInstaller
bundle, and the checkout itself in an editable install.
"""

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "reslab_desktop" / "resources"
    return Path(__file__).resolve().parent


def resource(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
