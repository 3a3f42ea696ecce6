"""The wheel's one build step beyond pyproject.toml: compile the translation catalogs.

``build_py`` copies the package (with ``reslab_desktop/resources``, the package data), then
``lrelease`` compiles each ``.ts`` into a ``.qm`` beside it in the *built* package; an editable
install compiles in the checkout instead (PEP 660: ``editable_mode``). Why the ``.qm`` are built
and not committed: ``tools/translations/build_qm.py``.
"""

import sys
from pathlib import Path

from setuptools import setup  # type: ignore[import-untyped]
from setuptools.command.build_py import build_py  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))  # tools/ is in the sdist, not in the wheel
from tools.translations.build_qm import SOURCE, build_catalogs  # noqa: E402

TRANSLATIONS = Path("reslab_desktop", "resources", "translations")


class BuildPyWithCatalogs(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            build_catalogs(SOURCE)
        else:
            build_catalogs(SOURCE, Path(self.build_lib) / TRANSLATIONS, only_stale=False)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        built = [str(Path(self.build_lib) / TRANSLATIONS / f"{ts.stem}.qm") for ts in SOURCE.glob("*.ts")]
        return [*super().get_outputs(include_bytecode), *built]


setup(cmdclass={"build_py": BuildPyWithCatalogs})
