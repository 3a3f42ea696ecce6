"""Write the glossary's Spanish into ``reslab_es.ts`` (run after ``update_ts.py``).

Prints the sources still missing a translation; ``tests/ui/test_i18n.py`` fails on them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from tools.translations.build_qm import build_catalogs
from tools.translations.es_glossary import CONTEXT_ES, ES
from tools.translations.update_ts import HERE, write_ts


def apply(ts: Path = HERE / "reslab_es.ts") -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            value = CONTEXT_ES.get((name, source), ES.get(source))
            translation = message.find("translation")
            if value is None:
                if translation is None or translation.get("type") == "unfinished":
                    missing.append(f"{name}: {source!r}")
                continue
            translation.attrib.pop("type", None)
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, tuple) else (value, value)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[1]
    write_ts(tree, ts)
    return missing


if __name__ == "__main__":
    for line in apply():
        print("missing:", line)
    build_catalogs()  # the .qm a checkout's app and tests load
