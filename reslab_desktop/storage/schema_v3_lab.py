"""Version 3 of the workshop file: the Resiliency Lab method itself.

Phase status, initiatives and their iterations, pledged and needed resources, action
plans, the decision log (who decided: facilitators / shared / local organizations), the
learning log and session agendas. Note lineage reuses ``notes.source_note_id`` (version 2).

Frozen SQL: once released, never edited; a change is a new step.
"""

_KINDS_OF_RESOURCE = "('expertise', 'time', 'funding')"
# expertise and time are measured in hours or person-days; funding in a currency (ISO 4217)
_UNIT_CHECK = """CHECK ((kind = 'funding' AND length(unit) = 3 AND unit = upper(unit)
                           AND unit NOT GLOB '*[^A-Z]*')
                      OR (kind <> 'funding' AND unit IN ('hours', 'days')))"""

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE phase_status (
        phase INTEGER PRIMARY KEY NOT NULL CHECK (phase BETWEEN 1 AND 6),
        status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done'))
    )
    """,
    """
    CREATE TABLE initiatives (
        id TEXT PRIMARY KEY NOT NULL,
        seq INTEGER NOT NULL,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        lead_organization_id TEXT REFERENCES organizations(id) ON DELETE SET NULL
    )
    """,
    "CREATE INDEX ix_initiatives_lead ON initiatives(lead_organization_id)",
    """
    CREATE TABLE initiative_members (
        initiative_id TEXT NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        PRIMARY KEY (initiative_id, organization_id)
    )
    """,
    "CREATE INDEX ix_initiative_members_organization ON initiative_members(organization_id)",
    """
    CREATE TABLE iterations (
        id TEXT PRIMARY KEY NOT NULL,
        initiative_id TEXT NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        started_on TEXT,
        focus TEXT NOT NULL DEFAULT '',
        UNIQUE (initiative_id, number)
    )
    """,
    """
    CREATE TABLE iteration_boards (
        board_id TEXT PRIMARY KEY NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        iteration_id TEXT NOT NULL REFERENCES iterations(id) ON DELETE CASCADE
    )
    """,
    "CREATE INDEX ix_iteration_boards_iteration ON iteration_boards(iteration_id)",
    f"""
    CREATE TABLE pledges (
        id TEXT PRIMARY KEY NOT NULL,
        seq INTEGER NOT NULL,
        organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        initiative_id TEXT NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN {_KINDS_OF_RESOURCE}),
        description TEXT NOT NULL DEFAULT '',
        quantity REAL NOT NULL CHECK (quantity >= 0),
        unit TEXT NOT NULL {_UNIT_CHECK},
        confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1))
    )
    """,
    "CREATE INDEX ix_pledges_organization ON pledges(organization_id)",
    "CREATE INDEX ix_pledges_initiative ON pledges(initiative_id)",
    f"""
    CREATE TABLE needs (
        id TEXT PRIMARY KEY NOT NULL,
        seq INTEGER NOT NULL,
        initiative_id TEXT NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN {_KINDS_OF_RESOURCE}),
        description TEXT NOT NULL DEFAULT '',
        quantity REAL NOT NULL CHECK (quantity >= 0),
        unit TEXT NOT NULL {_UNIT_CHECK}
    )
    """,
    "CREATE INDEX ix_needs_initiative ON needs(initiative_id)",
    """
    CREATE TABLE action_items (
        id TEXT PRIMARY KEY NOT NULL,
        seq INTEGER NOT NULL,
        initiative_id TEXT NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('timeline', 'governance', 'objectives', 'communication')),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        date TEXT,
        responsible_organization_id TEXT REFERENCES organizations(id) ON DELETE SET NULL,
        indicator TEXT NOT NULL DEFAULT '',
        audience TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL DEFAULT '',
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
    )
    """,
    "CREATE INDEX ix_action_items_initiative ON action_items(initiative_id, seq)",
    "CREATE INDEX ix_action_items_responsible ON action_items(responsible_organization_id)",
    """
    CREATE TABLE decisions (
        id TEXT PRIMARY KEY NOT NULL,
        seq INTEGER NOT NULL,
        phase INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 6),
        kind TEXT NOT NULL CHECK (kind IN ('set_priorities', 'design_implement', 'allocate_resources',
                                           'adapt_learning', 'timeline', 'governance', 'objectives',
                                           'communication')),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        date TEXT,
        decided_by TEXT NOT NULL CHECK (decided_by IN ('facilitators', 'shared', 'local')),
        initiative_id TEXT REFERENCES initiatives(id) ON DELETE SET NULL,
        session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
        source_kind TEXT CHECK (source_kind IN ('vote_round', 'promotion', 'pledges', 'adaptation')),
        source_id TEXT,
        CHECK ((source_kind IS NULL) = (source_id IS NULL))
    )
    """,
    "CREATE INDEX ix_decisions_phase ON decisions(phase, seq)",
    "CREATE INDEX ix_decisions_initiative ON decisions(initiative_id)",
    "CREATE INDEX ix_decisions_session ON decisions(session_id)",
    "CREATE INDEX ix_decisions_source ON decisions(source_kind, source_id)",
    """
    CREATE TABLE decision_organizations (
        decision_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
        organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        PRIMARY KEY (decision_id, organization_id)
    )
    """,
    "CREATE INDEX ix_decision_organizations_organization ON decision_organizations(organization_id)",
    """
    CREATE TABLE learning_entries (
        id TEXT PRIMARY KEY NOT NULL,
        seq INTEGER NOT NULL,
        initiative_id TEXT REFERENCES initiatives(id) ON DELETE SET NULL,
        iteration_id TEXT REFERENCES iterations(id) ON DELETE SET NULL,
        date TEXT,
        tried TEXT NOT NULL DEFAULT '',
        happened TEXT NOT NULL DEFAULT '',
        learned TEXT NOT NULL DEFAULT '',
        adapt TEXT NOT NULL DEFAULT '',
        decision_id TEXT REFERENCES decisions(id) ON DELETE SET NULL,
        CHECK (length(trim(tried || happened || learned || adapt)) > 0)
    )
    """,
    "CREATE INDEX ix_learning_entries_initiative ON learning_entries(initiative_id)",
    "CREATE INDEX ix_learning_entries_iteration ON learning_entries(iteration_id)",
    "CREATE INDEX ix_learning_entries_decision ON learning_entries(decision_id)",
    """
    CREATE TABLE agenda_items (
        id TEXT PRIMARY KEY NOT NULL,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        phase INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 6),
        board_id TEXT REFERENCES boards(id) ON DELETE SET NULL,
        title TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX ix_agenda_items_session ON agenda_items(session_id, seq)",
    "CREATE INDEX ix_agenda_items_board ON agenda_items(board_id)",
)
