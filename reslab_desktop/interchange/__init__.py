"""JSON import and export of whole workshops (format ``reslab-workshop``, see docs/file-format.md)."""

from reslab_desktop.interchange.api import export_json, export_to_file, import_file, import_json

__all__ = ["export_json", "export_to_file", "import_file", "import_json"]
