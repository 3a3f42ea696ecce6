"""Version 5 of the workshop file: a closed round keeps what was voted on.

``vote_closed_candidates`` holds, for every closed round, each candidate as it was at the
closing: the note's text then, and the dots it had for each criterion (screen and paper
together). Editing or deleting a note afterwards no longer rewrites the results of a closed
round (``note_id`` has no foreign key on purpose: the record outlives the note). Reopening a
round removes its rows; closing it again writes them anew.

Rounds already closed when a file is upgraded get their record from the notes and dots as
they are at the upgrade.

Paper counts over the dots handed out may be recorded (a voter brought their own stickers;
the facilitator decides, and the round's log keeps the warning): the paper-tally triggers
keep only their checks of the round and the note. The round's log accepts
``ballot_reopened`` (the facilitator, with the PIN, let a voter who finished change their
dots on the shared screen): the table is rebuilt with the wider CHECK.

Frozen SQL: once released, never edited; a change is a new step.
"""

_DOTS = (
    "(SELECT COALESCE(SUM(b.dots), 0) FROM ballots b WHERE b.round_id = r.id AND b.note_id = n.id"
    " AND b.criterion = {c}) + (SELECT COALESCE(SUM(p.dots), 0) FROM paper_tallies p"
    " WHERE p.round_id = r.id AND p.note_id = n.id AND p.criterion = {c})"
)

_PAPER_ACCEPTS = """
    SELECT RAISE(ABORT, 'the voting round is not open')
     WHERE NOT EXISTS (
        SELECT 1 FROM vote_rounds r
         WHERE r.id = NEW.round_id
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

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE vote_closed_candidates (
        round_id TEXT NOT NULL REFERENCES vote_rounds(id) ON DELETE CASCADE,
        note_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        text TEXT NOT NULL,
        dots_1 INTEGER NOT NULL DEFAULT 0 CHECK (dots_1 >= 0),
        dots_2 INTEGER NOT NULL DEFAULT 0 CHECK (dots_2 >= 0),
        PRIMARY KEY (round_id, note_id)
    )
    """,
    "CREATE INDEX ix_vote_closed_candidates_round ON vote_closed_candidates(round_id, seq)",
    f"""
    INSERT INTO vote_closed_candidates (round_id, note_id, seq, text, dots_1, dots_2)
    SELECT r.id, n.id,
           CASE WHEN r.all_notes = 1 THEN n.seq
                ELSE (SELECT c.seq FROM vote_candidates c WHERE c.round_id = r.id AND c.note_id = n.id) END,
           n.text, {_DOTS.format(c=0)}, {_DOTS.format(c=1)}
    FROM vote_rounds r JOIN notes n
      ON (r.all_notes = 1 AND n.board_id = r.board_id)
      OR (r.all_notes = 0 AND n.id IN (SELECT c.note_id FROM vote_candidates c WHERE c.round_id = r.id))
    WHERE r.status = 'closed'
    """,
    "DROP TRIGGER paper_tallies_guard_insert",
    "DROP TRIGGER paper_tallies_guard_update",
    f"CREATE TRIGGER paper_tallies_guard_insert BEFORE INSERT ON paper_tallies BEGIN {_PAPER_ACCEPTS} END",
    f"CREATE TRIGGER paper_tallies_guard_update BEFORE UPDATE ON paper_tallies BEGIN {_PAPER_ACCEPTS} END",
    """
    CREATE TABLE vote_round_events_v5 (
        id TEXT PRIMARY KEY NOT NULL,
        round_id TEXT NOT NULL REFERENCES vote_rounds(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('created', 'opened', 'closed', 'reopened',
                                               'reverted_to_draft', 'paper_tally', 'ballot_cleared',
                                               'ballot_reopened')),
        detail TEXT NOT NULL DEFAULT ''
    )
    """,
    "INSERT INTO vote_round_events_v5 (id, round_id, seq, at, action, detail) "
    "SELECT id, round_id, seq, at, action, detail FROM vote_round_events",
    "DROP TABLE vote_round_events",
    "ALTER TABLE vote_round_events_v5 RENAME TO vote_round_events",
    "CREATE INDEX ix_vote_round_events_round ON vote_round_events(round_id, seq)",
)
