"""Version 1 of the workshop file: the workshop, people, boards and what is on them.

Migrations are frozen SQL: once released, a step is never edited; a change is a new step.
``tests/storage/test_schema.py`` checks that the migrated schema matches the mapped classes.
"""

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE workshop (
        id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
        title TEXT NOT NULL,
        learning_community TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'es' CHECK (language IN ('es', 'en')),
        starts_on TEXT,
        ends_on TEXT,
        facilitators TEXT NOT NULL DEFAULT '[]'
    )
    """,
    """
    CREATE TABLE organizations (
        id TEXT PRIMARY KEY NOT NULL,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        sector TEXT NOT NULL CHECK (sector IN ('civil_society', 'academia', 'government',
                                               'private', 'community', 'funder', 'other'))
    )
    """,
    """
    CREATE TABLE participants (
        id TEXT PRIMARY KEY NOT NULL,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        organization_id TEXT REFERENCES organizations(id) ON DELETE SET NULL,
        role TEXT NOT NULL DEFAULT 'participant'
            CHECK (role IN ('participant', 'facilitator', 'observer'))
    )
    """,
    "CREATE INDEX ix_participants_organization ON participants(organization_id)",
    """
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY NOT NULL,
        seq INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        date TEXT,
        place TEXT NOT NULL DEFAULT ''
    )
    """,
    """
    CREATE TABLE attendance (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, participant_id)
    )
    """,
    "CREATE INDEX ix_attendance_participant ON attendance(participant_id)",
    """
    CREATE TABLE boards (
        id TEXT PRIMARY KEY NOT NULL,
        seq INTEGER NOT NULL,
        phase INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 6),
        title TEXT NOT NULL,
        template TEXT
    )
    """,
    """
    CREATE TABLE zones (
        id TEXT PRIMARY KEY NOT NULL,
        board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        x REAL NOT NULL, y REAL NOT NULL,
        w REAL NOT NULL CHECK (w > 0), h REAL NOT NULL CHECK (h > 0),
        color TEXT NOT NULL,
        shape TEXT NOT NULL DEFAULT 'rect' CHECK (shape IN ('rect', 'ellipse')),
        prompt TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX ix_zones_board ON zones(board_id, seq)",
    """
    CREATE TABLE notes (
        id TEXT PRIMARY KEY NOT NULL,
        board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        color TEXT NOT NULL,
        x REAL NOT NULL, y REAL NOT NULL,
        w REAL NOT NULL CHECK (w > 0), h REAL NOT NULL CHECK (h > 0),
        zone_id TEXT REFERENCES zones(id) ON DELETE SET NULL,
        author_id TEXT REFERENCES participants(id) ON DELETE SET NULL
    )
    """,
    "CREATE INDEX ix_notes_board ON notes(board_id, seq)",
    "CREATE INDEX ix_notes_zone ON notes(zone_id)",
    "CREATE INDEX ix_notes_author ON notes(author_id)",
    """
    CREATE TABLE links (
        id TEXT PRIMARY KEY NOT NULL,
        board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        from_note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        to_note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        label TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX ix_links_board ON links(board_id, seq)",
    "CREATE INDEX ix_links_from ON links(from_note_id)",
    "CREATE INDEX ix_links_to ON links(to_note_id)",
    """
    CREATE TABLE images (
        id TEXT PRIMARY KEY NOT NULL,
        board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        x REAL NOT NULL, y REAL NOT NULL,
        w REAL NOT NULL CHECK (w > 0), h REAL NOT NULL CHECK (h > 0),
        mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
        data BLOB NOT NULL,
        caption TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX ix_images_board ON images(board_id, seq)",
)
