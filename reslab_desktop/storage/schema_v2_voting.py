"""Version 2 of the workshop file: dot-voting rounds, ballots, paper tallies, note lineage.

Frozen SQL (never edited once released; a change is a new step).

The triggers are the last line of defence behind ``rules/voting.py`` and the services: a
ballot can only be written for an open round, by a voter listed for it, on one of its
candidate notes, within the per-note maximum and the voter's budget; paper tallies (any
mode: a wall of stickers counted by hand) plus screen ballots stay within the dots handed
out (budget × listed voters, and max-per-note × voters on one note). A bug in the UI therefore cannot overspend a budget.

Undo of a deletion puts ballots of a *closed* round back (``services/snapshot.py``); that is
allowed because such a ballot carries a time ``at`` no later than the round's ``closed_at``.
A new ballot written after the close always has a later time and is refused.
"""

_ROUND_ACCEPTS = """
    SELECT RAISE(ABORT, 'the voting round is not open')
     WHERE NOT EXISTS (
        SELECT 1 FROM vote_rounds r
         WHERE r.id = NEW.round_id AND r.mode {mode_test}
           AND (r.status = 'open'
                OR (r.status = 'closed' AND r.closed_at IS NOT NULL AND NEW.at <= r.closed_at)));
    SELECT RAISE(ABORT, 'the note is not a candidate of this voting round')
     WHERE NOT EXISTS (
        SELECT 1 FROM vote_rounds r JOIN notes n ON n.id = NEW.note_id AND n.board_id = r.board_id
         WHERE r.id = NEW.round_id
           AND (r.all_notes = 1 OR EXISTS (SELECT 1 FROM vote_candidates c
                                            WHERE c.round_id = r.id AND c.note_id = NEW.note_id)));
    SELECT RAISE(ABORT, 'this voting round has no second criterion')
     WHERE NEW.criterion = 1
       AND (SELECT criterion_2 FROM vote_rounds WHERE id = NEW.round_id) IS NULL;
"""

_BALLOT_BODY = (
    _ROUND_ACCEPTS.format(mode_test="<> 'paper'")
    + """
    SELECT RAISE(ABORT, 'the voter is not listed for this voting round')
     WHERE NOT EXISTS (SELECT 1 FROM vote_voters v WHERE v.id = NEW.voter_id AND v.round_id = NEW.round_id);
    SELECT RAISE(ABORT, 'more dots on one note than this voting round allows')
     WHERE NEW.dots > (SELECT max_per_note FROM vote_rounds WHERE id = NEW.round_id);
    SELECT RAISE(ABORT, 'more dots than the voter''s budget')
     WHERE NEW.dots + (SELECT coalesce(sum(b.dots), 0) FROM ballots b
                        WHERE b.voter_id = NEW.voter_id AND b.criterion = NEW.criterion
                          AND {others})
           > (SELECT dots_per_participant FROM vote_rounds WHERE id = NEW.round_id);
"""
)

_PAPER_BODY = (
    _ROUND_ACCEPTS.format(mode_test="IS NOT NULL")
    + """
    SELECT RAISE(ABORT, 'more dots on one note than were handed out')
     WHERE NEW.dots + (SELECT coalesce(sum(b.dots), 0) FROM ballots b
                        WHERE b.round_id = NEW.round_id AND b.note_id = NEW.note_id
                          AND b.criterion = NEW.criterion)
           > (SELECT max_per_note FROM vote_rounds WHERE id = NEW.round_id)
             * (SELECT count(*) FROM vote_voters WHERE round_id = NEW.round_id);
    SELECT RAISE(ABORT, 'more dots in total than were handed out')
     WHERE NEW.dots + (SELECT coalesce(sum(p.dots), 0) FROM paper_tallies p
                        WHERE p.round_id = NEW.round_id AND p.criterion = NEW.criterion
                          AND {others})
           + (SELECT coalesce(sum(b.dots), 0) FROM ballots b
               WHERE b.round_id = NEW.round_id AND b.criterion = NEW.criterion)
           > (SELECT dots_per_participant FROM vote_rounds WHERE id = NEW.round_id)
             * (SELECT count(*) FROM vote_voters WHERE round_id = NEW.round_id);
"""
)

_INSERT_OTHERS_BALLOT = "NOT (b.note_id = NEW.note_id)"
_INSERT_OTHERS_PAPER = "NOT (p.note_id = NEW.note_id)"

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE vote_rounds (
        id TEXT PRIMARY KEY NOT NULL,
        board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        question TEXT NOT NULL CHECK (length(trim(question)) > 0),
        criterion_1 TEXT NOT NULL DEFAULT '',
        criterion_2 TEXT CHECK (criterion_2 IS NULL OR length(trim(criterion_2)) > 0),
        all_notes INTEGER NOT NULL DEFAULT 1 CHECK (all_notes IN (0, 1)),
        dots_per_participant INTEGER NOT NULL CHECK (dots_per_participant BETWEEN 1 AND 20),
        max_per_note INTEGER NOT NULL CHECK (max_per_note BETWEEN 1 AND dots_per_participant),
        hidden_until_reveal INTEGER NOT NULL DEFAULT 1 CHECK (hidden_until_reveal IN (0, 1)),
        anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
        mode TEXT NOT NULL DEFAULT 'secret' CHECK (mode IN ('secret', 'open', 'paper')),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
        timer_seconds INTEGER CHECK (timer_seconds IS NULL OR timer_seconds BETWEEN 10 AND 86400),
        runoff_of TEXT REFERENCES vote_rounds(id) ON DELETE SET NULL,
        created_at TEXT,
        opened_at TEXT,
        closed_at TEXT
    )
    """,
    "CREATE INDEX ix_vote_rounds_board ON vote_rounds(board_id, seq)",
    "CREATE INDEX ix_vote_rounds_runoff ON vote_rounds(runoff_of)",
    # Lineage of notes promoted to the next phase: the note they were copied from, and the
    # round whose results chose them.
    "ALTER TABLE notes ADD COLUMN source_note_id TEXT REFERENCES notes(id) ON DELETE SET NULL",
    "ALTER TABLE notes ADD COLUMN source_round_id TEXT REFERENCES vote_rounds(id) ON DELETE SET NULL",
    "CREATE INDEX ix_notes_source ON notes(source_note_id)",
    "CREATE INDEX ix_notes_source_round ON notes(source_round_id)",
    """
    CREATE TABLE vote_candidates (
        round_id TEXT NOT NULL REFERENCES vote_rounds(id) ON DELETE CASCADE,
        note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        PRIMARY KEY (round_id, note_id)
    )
    """,
    "CREATE INDEX ix_vote_candidates_note ON vote_candidates(note_id)",
    """
    CREATE TABLE vote_voters (
        id TEXT PRIMARY KEY NOT NULL,
        round_id TEXT NOT NULL REFERENCES vote_rounds(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        participant_id TEXT REFERENCES participants(id) ON DELETE CASCADE,
        label TEXT NOT NULL DEFAULT '',
        UNIQUE (round_id, participant_id)
    )
    """,
    "CREATE INDEX ix_vote_voters_round ON vote_voters(round_id, seq)",
    "CREATE INDEX ix_vote_voters_participant ON vote_voters(participant_id)",
    """
    CREATE TABLE ballots (
        round_id TEXT NOT NULL REFERENCES vote_rounds(id) ON DELETE CASCADE,
        voter_id TEXT NOT NULL REFERENCES vote_voters(id) ON DELETE CASCADE,
        note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        criterion INTEGER NOT NULL DEFAULT 0 CHECK (criterion IN (0, 1)),
        dots INTEGER NOT NULL CHECK (dots >= 1),
        at TEXT NOT NULL,
        PRIMARY KEY (voter_id, note_id, criterion)
    )
    """,
    "CREATE INDEX ix_ballots_round ON ballots(round_id, note_id)",
    "CREATE INDEX ix_ballots_note ON ballots(note_id)",
    """
    CREATE TABLE paper_tallies (
        round_id TEXT NOT NULL REFERENCES vote_rounds(id) ON DELETE CASCADE,
        note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        criterion INTEGER NOT NULL DEFAULT 0 CHECK (criterion IN (0, 1)),
        dots INTEGER NOT NULL CHECK (dots >= 1),
        at TEXT NOT NULL,
        PRIMARY KEY (round_id, note_id, criterion)
    )
    """,
    "CREATE INDEX ix_paper_tallies_note ON paper_tallies(note_id)",
    """
    CREATE TABLE vote_round_events (
        id TEXT PRIMARY KEY NOT NULL,
        round_id TEXT NOT NULL REFERENCES vote_rounds(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('created', 'opened', 'closed', 'reopened',
                                               'reverted_to_draft', 'paper_tally', 'ballot_cleared')),
        detail TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX ix_vote_round_events_round ON vote_round_events(round_id, seq)",
    f"""
    CREATE TRIGGER ballots_guard_insert BEFORE INSERT ON ballots
    BEGIN
    {_BALLOT_BODY.format(others=_INSERT_OTHERS_BALLOT)}
    END
    """,
    f"""
    CREATE TRIGGER ballots_guard_update BEFORE UPDATE ON ballots
    BEGIN
    {_BALLOT_BODY.format(others="b.rowid <> OLD.rowid")}
    END
    """,
    f"""
    CREATE TRIGGER paper_tallies_guard_insert BEFORE INSERT ON paper_tallies
    BEGIN
    {_PAPER_BODY.format(others=_INSERT_OTHERS_PAPER)}
    END
    """,
    f"""
    CREATE TRIGGER paper_tallies_guard_update BEFORE UPDATE ON paper_tallies
    BEGIN
    {_PAPER_BODY.format(others="p.rowid <> OLD.rowid")}
    END
    """,
    """
    CREATE TRIGGER vote_rounds_settings_frozen BEFORE UPDATE ON vote_rounds
    WHEN (NEW.dots_per_participant <> OLD.dots_per_participant
          OR NEW.max_per_note <> OLD.max_per_note
          OR NEW.criterion_2 IS NOT OLD.criterion_2
          OR NEW.board_id <> OLD.board_id)
     AND (EXISTS (SELECT 1 FROM ballots WHERE round_id = OLD.id)
          OR EXISTS (SELECT 1 FROM paper_tallies WHERE round_id = OLD.id))
    BEGIN
        SELECT RAISE(ABORT, 'the settings of a voting round cannot change once dots are cast');
    END
    """,
)
