"""What XML 1.0 can carry: every SVG or XML output drops the characters it cannot.

A note pasted from Word or a PDF can hold a backspace (U+0008) or a form feed; written raw
(or as ``&#8;``) into an SVG it makes a file no browser or Inkscape opens. Tab, line feed and
carriage return stay; C0 controls, lone surrogates and U+FFFE/U+FFFF are dropped.
"""

from __future__ import annotations

import re
from typing import Final

NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# The same characters written as character references (decimal or hex).
_NOT_XML_REF: Final = re.compile(
    rb"&#(?:x0*(?:[0-8bcef]|1[0-9a-f]|d[89a-f][0-9a-f]{2}|fff[ef])|"
    rb"0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]|5[5-6][0-9]{3}|6553[45]));",
    re.IGNORECASE,
)
_NOT_XML_BYTES: Final = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry."""
    return NOT_XML.sub("", text)


def clean_xml_bytes(data: bytes) -> bytes:
    """A UTF-8 XML document with those characters dropped, raw or as character references."""
    data = _NOT_XML_BYTES.sub(b"", data)
    data = _NOT_XML_REF.sub(b"", data)
    return data.decode("utf-8", "replace").replace("\ufffe", "").replace("\uffff", "").encode("utf-8")
