"""Version 4 of the workshop file: notes written on phones, and check-in from phones.

* ``notes.origin`` says where a note came from: typed in the app (``window``, every note
  before this version), written on a phone (``phone``) or brought in from a file
  (``import``).
* ``phone_notes`` is what phones sent: each text as it arrived, the zone its author chose,
  the author (none on an anonymous board), whether the facilitator still has to decide
  (``pending``), put it on the board (``placed``, with the note made from it) or left it out
  (``rejected``). ``client_key`` makes a phone's retry of the same note find it again (a
  digest of the board, the participant and the phone's own random id of that note: nothing
  in it names the phone or the person).
* ``attendance.source`` says how a participant was checked in (marked in the app, on their
  own phone, or imported) and ``checked_in_at`` when, if known.

Frozen SQL: once released, never edited; a change is a new step.
"""

ORIGINS = "('window', 'phone', 'import')"

STATEMENTS: tuple[str, ...] = (
    f"ALTER TABLE notes ADD COLUMN origin TEXT NOT NULL DEFAULT 'window' CHECK (origin IN {ORIGINS})",
    """
    CREATE TABLE phone_notes (
        id TEXT PRIMARY KEY NOT NULL,
        board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        client_key TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 500),
        zone_id TEXT REFERENCES zones(id) ON DELETE SET NULL,
        author_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'placed', 'rejected')),
        note_id TEXT REFERENCES notes(id) ON DELETE SET NULL,
        received_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX ix_phone_notes_board ON phone_notes(board_id, seq)",
    "CREATE INDEX ix_phone_notes_zone ON phone_notes(zone_id)",
    "CREATE INDEX ix_phone_notes_author ON phone_notes(author_id)",
    "CREATE INDEX ix_phone_notes_note ON phone_notes(note_id)",
    f"ALTER TABLE attendance ADD COLUMN source TEXT NOT NULL DEFAULT 'window' CHECK (source IN {ORIGINS})",
    "ALTER TABLE attendance ADD COLUMN checked_in_at TEXT",
)
