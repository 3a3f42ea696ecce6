"""``reslab check``: a full integrity, schema and domain check of a workshop file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from reslab_desktop.storage.content import rule_violations
from reslab_desktop.storage.probe import (
    connect_read_only,
    integrity_problems,
    is_interrupted,
    one_line,
    probe,
    rolled_back_copy,
    schema_problems,
)

# Rules the schema cannot express with a foreign key; each query returns offending ids.
DOMAIN_RULES: tuple[tuple[str, str], ...] = (
    (
        "note {0} sits in a zone of another board",
        "SELECT n.id FROM notes n JOIN zones z ON z.id = n.zone_id WHERE z.board_id <> n.board_id",
    ),
    (
        "link {0} joins notes of another board",
        "SELECT l.id FROM links l JOIN notes a ON a.id = l.from_note_id JOIN notes b ON b.id = l.to_note_id "
        "WHERE a.board_id <> l.board_id OR b.board_id <> l.board_id",
    ),
    ("the workshop record is missing", "SELECT 'workshop' WHERE (SELECT count(*) FROM workshop) <> 1"),
)


@dataclass
class CheckReport:
    path: Path
    version: int = 0
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def check_file(path: Path) -> CheckReport:
    """Run every check; raises ``WorkshopFileError`` only for files that are not workshops."""
    from reslab_desktop.errors import DamagedFileError

    path = Path(path)
    report = CheckReport(path)
    try:
        info = probe(path)
    except DamagedFileError as exc:
        report.problems.append(str(exc).split(": ", 1)[-1])
        return report
    report.version = info.version
    report.interrupted = info.interrupted
    if info.interrupted:
        # Check what the file will be once SQLite has undone the interrupted save.
        with rolled_back_copy(path) as copy:
            _check_contents(report, copy)
    else:
        _check_contents(report, path)
    return report


def _undecodable_texts(conn: sqlite3.Connection) -> list[str]:
    """Text cells whose bytes are not UTF-8 (a flipped bit SQLite's checks cannot see)."""
    problems = []
    tables = {
        table: [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if "TEXT" in r[2].upper()]
        for (table,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_'"
        ).fetchall()
    }
    conn.text_factory = bytes
    try:
        for table, columns in tables.items():
            if not columns:
                continue
            select = ", ".join(f'"{c}"' for c in columns)
            for row in conn.execute(f'SELECT rowid, {select} FROM "{table}"'):
                for column, value in zip(columns, row[1:], strict=True):
                    if isinstance(value, bytes) and not value.isascii():
                        try:
                            value.decode("utf-8")
                        except UnicodeDecodeError:
                            problems.append(f"the file is damaged (a text in {table}.{column}, "
                                            f"row {row[0]}, is not valid UTF-8)")
    finally:
        conn.text_factory = lambda data: data.decode("utf-8", "replace")
    return problems[:5]


def _check_contents(report: CheckReport, path: Path) -> None:
    conn = connect_read_only(path)
    try:
        # The schema first: nothing stored in the file is evaluated before it matches ours.
        report.problems += schema_problems(conn, report.version)
        if report.ok:
            report.problems += integrity_problems(conn, quick=False)
        if report.ok:
            report.problems += rule_violations(conn, report.version)
        if report.ok:
            for message, query in DOMAIN_RULES:
                for (ident,) in conn.execute(query).fetchmany(5):
                    report.problems.append(message.format(ident))
            report.problems += _undecodable_texts(conn)
            for table in ("organizations", "participants", "boards", "notes"):
                report.counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if is_interrupted(exc):
            report.problems.append("checking the file took too long; it is refused")
        else:
            report.problems.append(f"the file is damaged ({one_line(exc)})")
    finally:
        conn.close()
