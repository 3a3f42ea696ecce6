"""Matching an English message against the catalogue's patterns (one regex per pattern)."""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from reslab_desktop.rules.formatting import normalize_language

_FIELD = re.compile(r"\{(\w+)\}")
#: Values that name a thing ("board", "the name"): replaced by the language's noun.
_NOUN_FIELDS = frozenset({"what", "entity", "status", "before", "after", "kind"})


def _compile(pattern: str) -> re.Pattern[str]:
    out, seen, pos = [], set(), 0
    for m in _FIELD.finditer(pattern):
        out.append(re.escape(pattern[pos:m.start()]))
        name = m.group(1)
        out.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        pos = m.end()
    out.append(re.escape(pattern[pos:]))
    return re.compile("".join(out), re.DOTALL)


def _catalogue(language: str) -> ModuleType | None:
    if language == "es":
        from reslab_desktop.messages import es
        return es
    return None


@lru_cache(maxsize=4)
def _patterns(language: str) -> tuple[tuple[re.Pattern[str], str, int], ...]:
    module = _catalogue(language)
    if module is None:
        return ()
    # Most literal text first: "{a} dots … (criterion {c})" wins over its shorter sibling.
    found = [(_compile(en), local, len(_FIELD.sub("", en))) for en, local in module.MESSAGES.items()]
    return tuple(sorted(found, key=lambda f: -f[2]))


def _value(name: str, value: str, language: str) -> str:
    module = _catalogue(language)
    assert module is not None
    if name in module.NESTED:
        return _lower_first(_inner(value, language))
    if name in _NOUN_FIELDS:
        bare = value.strip("'\"")
        if bare in module.NOUNS:
            return str(module.NOUNS[bare])
    return value


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def _lower_first(text: str) -> str:
    """"La fecha…" → "la fecha…" after a colon; "PDF…", "K…" stay."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _match(text: str, language: str) -> str | None:
    for pattern, local, _ in _patterns(language):
        m = pattern.fullmatch(text)
        if m and not any(": " in v for k, v in m.groupdict().items() if k in _NOUN_FIELDS):
            values = {k: _value(k, v, language) for k, v in m.groupdict().items()}
            out = _FIELD.sub(lambda f, v=values: v.get(f.group(1), f.group(0)), local)  # type: ignore[misc]
            lead = _FIELD.match(local)  # a file name or an id at the start keeps its case
            return out if lead and lead.group(1) not in _NOUN_FIELDS else _first_upper(out)
    return None


def translate(text: str, language: str) -> str:
    """``text`` (a service's English one-liner) in ``language``; unknown messages stay as they
    are. A ``"where: problem"`` message (a file, a JSON path, a CSV line) keeps ``where`` and
    translates ``problem``."""
    language = normalize_language(language)
    if not _patterns(language) or not text:
        return text
    found = _match(text, language)
    return found if found is not None else _inner(text, language)


def _inner(text: str, language: str) -> str:
    found = _match(text, language)
    if found is not None:
        return found
    head, sep, rest = text.partition(": ")
    if sep and rest:
        inner = _inner(rest, language)
        if inner != rest:
            return f"{head}: {_lower_first(inner)}"
    return text


def accept_language(header: str | None) -> str:
    """The language a phone asks for: English when the browser's first language is English,
    Spanish otherwise (the workshops' language)."""
    first = (header or "").split(",")[0].split(";")[0].strip().lower()
    return "en" if first.startswith("en") else "es"
