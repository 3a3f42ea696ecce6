"""The room's refusals in the phone's language (Accept-Language), against a real server.

Spanish unless the browser's first language is English; the key stays ``error`` and the status
is the same in both languages."""

from __future__ import annotations

import http.client
from urllib.parse import urlsplit

import pytest

from reslab_desktop.messages import translate
from tests.room.helpers import Reply, call, join

SPANISH = {"Accept-Language": "es-MX,es;q=0.9,en;q=0.8"}
ENGLISH = {"Accept-Language": "en-US,en;q=0.9,es;q=0.5"}


def _spend(base: str, token: str, rid: str, notes: list[str], headers: dict[str, str]) -> Reply:
    """Spend the 3 dots (at most 2 on a note), then one more: the over-budget refusal."""
    for note in (notes[0], notes[0], notes[1]):
        assert call(base, "POST", f"/api/rounds/{rid}/dots", {"note_id": note, "delta": 1}, token=token).status == 200
    return call(base, "POST", f"/api/rounds/{rid}/dots", {"note_id": notes[2], "delta": 1}, token=token,
                headers=headers)


def test_over_budget_is_409_in_spanish_for_a_spanish_phone(room, workshop):
    _, base, code = room
    reply = _spend(base, join(base, code, workshop.people[0]), workshop.round_id, workshop.notes, SPANISH)
    assert reply.status == 409 and list(reply.json) == ["error"]
    assert reply.json["error"] == "No te quedan puntos"


def test_over_budget_is_409_in_english_for_an_english_phone(room, workshop):
    _, base, code = room
    reply = _spend(base, join(base, code, workshop.people[1]), workshop.round_id, workshop.notes, ENGLISH)
    assert reply.status == 409 and list(reply.json) == ["error"]
    assert reply.json["error"] == "no dots left"


@pytest.mark.parametrize(("headers", "expected"), [
    ({}, "Primero entra a la sala"),  # no header: the workshops' language
    ({"Accept-Language": "fr-FR,en;q=0.9"}, "Primero entra a la sala"),  # English only as the first choice
    (ENGLISH, "join the room first"),
])
def test_no_header_or_another_first_language_is_spanish(room, headers, expected):
    _, base, _ = room
    reply = call(base, "GET", "/api/state", headers=headers)
    assert reply.status == 401 and reply.json == {"error": expected}


def test_every_kind_of_refusal_speaks_the_phone_language(room, workshop):
    """The guards, a handler's refusal, aiohttp's 404/405 and a body over the limit: each the same
    status in both languages, Spanish and English text that differ."""
    _, base, code = room
    token = join(base, code, workshop.people[2])
    rid = workshop.round_id
    cases = [
        ("GET", "/api/state", None, {"Host": "evil.example"}),  # DNS rebinding guard
        ("POST", "/api/join", {"code": code}, {"Origin": "http://evil.example"}),
        ("POST", "/api/join", {"code": "ZZZZZ", "participant_id": workshop.people[0]}, {}),
        ("POST", f"/api/rounds/{rid}/dots", {"note_id": workshop.notes[0], "delta": 2}, {}),
        ("POST", "/api/rounds/vr-nope/dots", {"note_id": workshop.notes[0], "delta": 1}, {}),
        ("GET", "/nope", None, {}),
        ("DELETE", "/api/state", None, {}),
    ]
    for method, path, body, extra in cases:
        es = call(base, method, path, body, token=token, headers={**SPANISH, **extra})
        en = call(base, method, path, body, token=token, headers={**ENGLISH, **extra})
        assert es.status == en.status >= 400 and list(es.json) == list(en.json) == ["error"], (path, es, en)
        assert es.json["error"] != en.json["error"], (path, es.json, en.json)
        assert translate(en.json["error"], "es") == es.json["error"]  # the same refusal, translated
    big = b"{" + b" " * (70 * 1024) + b"}"
    es = call(base, "POST", "/api/join", raw=big, headers=SPANISH)
    assert es.status == 413 and es.json["error"].startswith("La solicitud pesa más de")


def test_a_request_aiohttp_cannot_parse_is_answered_in_spanish(room):
    _, base, _ = room
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=15)
    try:
        conn.putrequest("GET", "/api/state")
        conn.putheader("Bad Header", "x")  # a space in a header name: aiohttp's parser refuses it
        conn.endheaders()
        resp = conn.getresponse()
        assert resp.status == 400 and resp.read().decode() == '{"error": "Solicitud incorrecta"}'
    finally:
        conn.close()
