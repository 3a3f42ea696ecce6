"""The Spanish catalogue covers every message the services raise, with its values kept."""

from __future__ import annotations

import re

import pytest

from reslab_desktop.messages import accept_language, es, translate
from reslab_desktop.messages.catalogue import _match, _patterns
from tests.messages.raises import user_messages


def test_the_walk_finds_the_messages_of_the_brief():
    samples = {s for _, s in user_messages()}
    assert len(samples) > 200
    assert "X1 cannot be empty" in samples
    assert "X1 is counted in hours or days (got X2)" in samples
    assert "only a draft round can be opened (this one is X1)" in samples


def test_every_raised_message_has_spanish():
    forwarding = "X1: X2"  # "file: problem" — the problem has its own raise, walked elsewhere
    missing = sorted({f"{where}: {sample}" for where, sample in user_messages()
                      if sample != forwarding and _match(sample, "es") is None})
    assert not missing, "no Spanish in reslab_desktop/messages/es.py for:\n" + "\n".join(missing)


def _untranslated_problem(sample: str) -> str | None:
    """The literal English problem a ``"where: {problem}"`` pattern would forward untranslated."""
    for pattern, _, _ in _patterns("es"):
        m = pattern.fullmatch(sample)
        if m:
            for name, value in m.groupdict().items():
                if name in es.NESTED and not re.fullmatch(r"[X\d: ]*", value):
                    if _match(value, "es") is None:
                        return value
                    return _untranslated_problem(value)
            return None
    return None


def test_a_forwarded_problem_written_at_the_raise_has_spanish_too():
    # f"round {rid!r}: only a closed round keeps them" matches "round {rid}: {problem}": the
    # problem is the raise's own English and needs its own entry.
    missing = sorted({f"{where}: {sample}" for where, sample in user_messages() if _untranslated_problem(sample)})
    assert not missing, "no Spanish in reslab_desktop/messages/es.py for the problem of:\n" + "\n".join(missing)


@pytest.mark.parametrize(("english", "spanish"), [
    ("the name cannot be empty", "Falta el nombre"),
    ("time is counted in hours or days (got 'MXN')", "Tiempo: se cuenta en horas o días (se recibió 'MXN')"),
    ("session date must be a date like 2026-11-25 (got 'mañana')",
     "La fecha de la sesión tiene que ser una fecha como 25/11/2026 (se recibió 'mañana')"),
    ("70 dots counted, but only 60 were handed out (12 voters × 5)",
     "Se contaron 70 puntos, pero solo se repartieron 60 (12 personas × 5)"),
    ("no board with id 'b_1'", "No se encontró el tablero; quizá se borró"),
    ("taller.reslab: the file is damaged (disk I/O error: 3)", "taller.reslab: el archivo está dañado (disk I/O error: 3)"),
])
def test_spanish_with_parameters(english, spanish):
    assert translate(english, "es") == spanish


def test_prefixed_messages_keep_where_and_translate_the_problem():
    assert translate("line 4: the name cannot be empty", "es") == "line 4: falta el nombre"
    assert translate("boards[2].notes[5].x: expected a number", "es") == "boards[2].notes[5].x: se esperaba un número"
    assert translate("round vr1, voter vv2: no dots left", "es") == "Ronda vr1, persona vv2: no te quedan puntos"


def test_english_and_unknown_messages_stay_as_they_are():
    assert translate("the name cannot be empty", "en") == "the name cannot be empty"
    assert translate("something nobody wrote", "es") == "something nobody wrote"
    assert translate("", "es") == ""


@pytest.mark.parametrize(("header", "language"), [
    (None, "es"), ("", "es"), ("es-MX,es;q=0.9,en;q=0.8", "es"), ("en-US,en;q=0.9,es;q=0.5", "en"),
    ("fr-FR,en;q=0.9", "es"), ("EN", "en"),
])
def test_phone_language_from_accept_language(header, language):
    assert accept_language(header) == language


@pytest.mark.parametrize("status", [400, 404, 405])
def test_the_http_phrases_the_room_answers_itself_have_spanish(status):
    """aiohttp's own refusals (an unknown path, a wrong method, a request it cannot parse) reach
    a phone as the status's phrase (room/guards.py, room/connections.py)."""
    from http import HTTPStatus

    assert _match(HTTPStatus(status).phrase.lower(), "es") is not None
