"""The notes part of the room's OpenAPI document (``openapi.py`` merges it in)."""

from __future__ import annotations

from typing import Any

from reslab_desktop.room.limits import NOTE_BURST, NOTES_PER_MINUTE
from reslab_desktop.rules.countdown import PHASES
from reslab_desktop.rules.phone_text import PHONE_NOTE_MAX
from reslab_desktop.services.phone_notes import PUBLIC_STATUSES


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


_ID = {"type": "string"}

SCHEMAS: dict[str, Any] = {
    "Zone": {"type": "object", "required": ["id", "title"], "properties": {"id": _ID, "title": {"type": "string"}}},
    "NotesBoard": {
        "type": "object", "required": ["id", "title", "prompt", "zones"],
        "description": "A board open for notes from phones",
        "properties": {
            "id": _ID, "title": {"type": "string"},
            "prompt": {"type": "string", "description": "the question shown above the text box (may be empty)"},
            "zones": {"type": "array", "items": _ref("Zone"),
                      "description": "the zones a note may go to (one when the facilitator fixed it; "
                                     "none on a board without zones)"},
            "moderated": {"type": "boolean", "description": "notes wait for the facilitator before the board"},
            "anonymous": {"type": "boolean", "description": "the file keeps no author of these notes"},
            "view": {"type": "boolean", "description": "GET /api/boards/B/notes lists the board's notes"},
        },
    },
    "Timer": {"type": "object", "required": ["state", "remaining_s"],
              "properties": {"state": {"enum": list(PHASES)}, "remaining_s": {"type": "integer", "minimum": 0}}},
    "SessionCheckIn": {"type": "object", "required": ["id", "checked_in"],
                       "properties": {"id": _ID, "checked_in": {"type": "boolean"}}},
    "NoteAnswer": {"type": "object", "required": ["id", "status"],
                   "properties": {"id": _ID, "status": {"enum": ["pending", "placed", "edited", "rejected"]}}},
    "MyNote": {
        "type": "object", "required": ["id", "board_id", "zone_id", "text", "status", "received_at"],
        "properties": {
            "id": _ID, "board_id": _ID, "zone_id": {"type": ["string", "null"]}, "text": {"type": "string"},
            "status": {"enum": list(PUBLIC_STATUSES),
                       "description": "pending: waiting for the facilitator; placed: on the board as sent; "
                                      "edited: on the board, edited or merged; rejected: not used"},
            "received_at": {"type": "string"},
            "client_id": {"type": "string", "description": "the phone's own id of the note, when known"},
        },
    },
    "LightNote": {"type": "object", "required": ["id", "text", "color", "zone_id"],
                  "properties": {"id": _ID, "text": {"type": "string"}, "color": {"type": "string"},
                                 "zone_id": {"type": ["string", "null"]}}},
}

STATE_PROPERTIES: dict[str, Any] = {
    "boards": {"type": "array", "items": _ref("NotesBoard")},
    "timer": _ref("Timer"),
    "prompt": {"type": "string", "description": "the facilitator's current question (absent when none)"},
    "session": {**_ref("SessionCheckIn"), "description": "present while a session takes attendance from phones"},
}


def paths(bearer: list[dict[str, list[str]]], common: dict[str, Any]) -> dict[str, Any]:
    board = {"name": "board_id", "in": "path", "required": True, "schema": _ID}
    return {
        "/api/boards/{board_id}/notes": {
            "post": {
                "summary": "Send a note to a board open for notes",
                "security": bearer, "parameters": [board],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["text", "client_id"],
                    "properties": {
                        "text": {"type": "string", "maxLength": PHONE_NOTE_MAX,
                                 "description": "1 to 500 characters once control characters are dropped"},
                        "zone_id": {"type": "string"},
                        "client_id": {"type": "string", "maxLength": 100,
                                      "description": "the phone's own random id of this note: sending it again "
                                                     "(a retry) finds the same note"}}}}}},
                "responses": {
                    "201": _json(_ref("NoteAnswer"), "received (pending, or placed on the board)"),
                    "200": _json(_ref("NoteAnswer"), "the same client_id again: the same note, not a second one"),
                    "400": _error("no client_id, or not JSON"),
                    "401": common["401"],
                    "403": _error("the board is not open for notes (or another site's Origin)"),
                    "413": common["413"],
                    "422": _error("empty, over 500 characters, or a zone not open"),
                    "429": _error(f"more than {NOTE_BURST} notes at once or {NOTES_PER_MINUTE} a minute "
                                  "from one phone (never for a retry)"),
                },
            },
            "get": {
                "summary": "The board's notes, read-only, when the facilitator shows the board to phones",
                "security": bearer, "parameters": [board],
                "responses": {"200": _json({"type": "array", "items": _ref("LightNote")}),
                              "401": common["401"], "403": _error("the board is not shown to phones")},
            },
        },
        "/api/my-notes": {"get": {
            "summary": "What this phone sent, with each status",
            "security": bearer,
            "parameters": [{"name": "client_id", "in": "query", "required": False, "explode": True,
                            "schema": {"type": "array", "items": {"type": "string"}},
                            "description": "the phone's client ids (finds its notes again after a restart)"}],
            "responses": {"200": _json({"type": "array", "items": _ref("MyNote")}), "401": common["401"]}}},
        "/api/sessions/{session_id}/checkin": {"post": {
            "summary": "Check this phone's participant in at the session taking attendance (idempotent)",
            "security": bearer,
            "parameters": [{"name": "session_id", "in": "path", "required": True, "schema": _ID}],
            "responses": {"200": _json({"type": "object", "required": ["session"],
                                        "properties": {"session": _ref("SessionCheckIn"),
                                                       "already": {"type": "boolean"}}}),
                          "401": common["401"], "403": _error("this session is not taking attendance"),
                          "404": _error("no such session"), "429": common["429"]}}},
    }
