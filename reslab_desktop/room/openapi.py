"""The OpenAPI 3.1 document of the room, served at ``GET /api/openapi.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reslab_desktop import __version__
from reslab_desktop.room import openapi_notes
from reslab_desktop.room.limits import MAX_BODY, WRITES_PER_SECOND

if TYPE_CHECKING:
    from reslab_desktop.room.server import RoomServer


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


_COMMON = {
    "401": _error("missing or unknown token"),
    "403": _error("another site's Origin, or not allowed"),
    "413": _error(f"body over {MAX_BODY} bytes"),
    "429": _error(f"more than {WRITES_PER_SECOND} writes a second from one token"),
}

_SCHEMAS: dict[str, Any] = {
    "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
    "Person": {"type": "object", "required": ["id", "name"],
               "properties": {"id": {"type": "string"}, "name": {"type": "string"}}},
    "Candidate": {"type": "object", "required": ["id", "text", "color"],
                  "properties": {"id": {"type": "string"}, "text": {"type": "string"},
                                 "color": {"type": "string", "pattern": "^#[0-9A-Fa-f]{6}$"}}},
    "Result": {"type": "object", "required": ["id", "text", "color", "dots", "rank", "tied"],
               "properties": {"id": {"type": "string"}, "text": {"type": "string"}, "color": {"type": "string"},
                              "dots": {"type": "integer"}, "rank": {"type": "integer"}, "tied": {"type": "boolean"}}},
    "MyDots": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 1},
               "description": "note id → the caller's own dots on it (notes without dots are absent)"},
    "Round": {
        "type": "object",
        "required": ["id", "question", "status", "dots_per_participant", "max_per_note", "dots_left",
                     "my_dots", "candidates"],
        "properties": {
            "id": {"type": "string"}, "question": {"type": "string"},
            "status": {"enum": ["open", "closed"]},
            "dots_per_participant": {"type": "integer"}, "max_per_note": {"type": "integer"},
            "dots_left": {"type": "integer"}, "my_dots": _ref("MyDots"),
            "candidates": {"type": "array", "items": _ref("Candidate")},
            "results": {"type": "array", "items": _ref("Result"),
                        "description": "the ranking; present only once the round is closed (revealed)"},
        },
    },
}


def document(room: RoomServer | None = None) -> dict[str, Any]:
    bearer: list[dict[str, list[str]]] = [{"token": []}]
    return {
        "openapi": "3.1.0",
        "info": {"title": "Resiliency Lab room", "version": __version__,
                 "description": "Phones in the room join a workshop, vote and write notes. See docs/room-api.md."},
        "components": {
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer",
                                          "description": "the token POST /api/join returned"}},
            "schemas": {**_SCHEMAS, **openapi_notes.SCHEMAS},
        },
        "paths": {
            "/j/{code}": {"get": {
                "summary": "The phone page (join, then vote)",
                "parameters": [{"name": "code", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "HTML page", "content": {"text/html": {}}},
                              "404": _error("any other code (no hint)")}}},
            "/api/roster": {"get": {
                "summary": "Who may join (names only)",
                "parameters": [{"name": "code", "in": "query", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": _json({"type": "array", "items": _ref("Person")}),
                              "403": _error("wrong code"), "429": _error("too many wrong codes")}}},
            "/api/join": {"post": {
                "summary": "Take a seat: a roster participant by id, or by name (a guest when allowed)",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"oneOf": [
                    {"type": "object", "required": ["code", "participant_id"],
                     "properties": {"code": {"type": "string"}, "participant_id": {"type": "string"}}},
                    {"type": "object", "required": ["code", "name"],
                     "properties": {"code": {"type": "string"}, "name": {"type": "string", "maxLength": 80}}},
                ]}}}},
                "responses": {"200": _json({"type": "object", "required": ["token", "participant_id"],
                                            "properties": {"token": {"type": "string"},
                                                           "participant_id": {"type": "string"}}}),
                              "400": _error("malformed body"),
                              "403": _error("wrong code, unknown participant, or unknown name without guests"),
                              "409": _error("several participants have that name"),
                              "413": _COMMON["413"], "429": _error("too many wrong codes")}}},
            "/api/state": {"get": {
                "summary": "What this phone sees: its participant and the rounds it votes in",
                "security": bearer,
                "responses": {"200": _json({"type": "object", "required": ["participant", "rounds", "boards", "timer"],
                                            "properties": {"participant": _ref("Person"),
                                                           "rounds": {"type": "array", "items": _ref("Round")},
                                                           **openapi_notes.STATE_PROPERTIES}}),
                              "401": _COMMON["401"]}}},
            "/api/rounds/{round_id}/dots": {"post": {
                "summary": "Put one dot on a candidate (delta 1) or take one back (delta -1)",
                "description": "Answered once the dot is on disk: the dots of many phones are written "
                               "together, one transaction per batch (group commit).",
                "security": bearer,
                "parameters": [{"name": "round_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["note_id", "delta"],
                    "properties": {"note_id": {"type": "string"}, "delta": {"enum": [1, -1]}}}}}},
                "responses": {"200": _json({"type": "object", "required": ["dots_left", "my_dots"],
                                            "properties": {"dots_left": {"type": "integer"},
                                                           "my_dots": _ref("MyDots")}}),
                              "400": _error("malformed body"),
                              "403": _error("not a voter of this round (or another site's Origin)"),
                              "404": _error("no such round, or the note is not a candidate"),
                              "409": _error("over the budget or the per-note maximum, no dot to take back, "
                                            "or the round is not open"),
                              "503": _error("the workshop file cannot take writes (disk full, read-only)"),
                              **{k: v for k, v in _COMMON.items() if k != "403"}}}},
            "/api/live": {"get": {
                "summary": "WebSocket: {\"type\": \"state\"} whenever this phone's state may have changed",
                "description": "Token as ?token=T (browsers cannot set headers on a WebSocket) or the "
                               "Authorization header. Closed with code 4401 when the device is removed.",
                "security": bearer,
                "responses": {"101": {"description": "switching to WebSocket"}, "401": _COMMON["401"],
                              "403": _COMMON["403"], "429": _error("too many sockets for one phone")}}},
            "/api/openapi.json": {"get": {"summary": "This document",
                                          "responses": {"200": _json({"type": "object"})}}},
            **openapi_notes.paths(bearer, _COMMON),
        },
    }
