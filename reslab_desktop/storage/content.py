"""The content of a workshop file checked against the rules, not only its bytes.

``PRAGMA ignore_check_constraints`` lets anyone store rows the schema would refuse (a note's
text as a BLOB, ``phase = 99``, ``w = 'abc'``, ``x = +Inf``), and SQLite's integrity check
on a read-only connection does not look at CHECKs. So every row is checked here, in one
scan per table, against

- the rules of ``rules/fields.py`` (types, ranges, choices, JSON shapes), as SQL;
- the column types of our schema (a TEXT column holds text, a REAL column a finite number);
- the schema's own NOT NULL and CHECK constraints, evaluated explicitly.

Only our own schema's expressions are evaluated: the file's schema has already been found
identical to ours (``probe.schema_problems``) before this runs.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache

from reslab_desktop.rules import fields
from reslab_desktop.storage.migrations import MIGRATIONS

#: rows named per table at most (a broken file is not listed row by row)
MAX_ROWS_PER_TABLE = 5


@dataclass(frozen=True)
class TableRules:
    table: str
    columns: tuple[str, ...]
    fields: tuple[fields.Field, ...]
    #: (column, declared type, not null) of every column
    types: tuple[tuple[str, str, bool], ...]
    checks: tuple[str, ...]

    def violation_sql(self) -> str:
        parts = [f.violation_sql() for f in self.fields]
        ruled = {f.column for f in self.fields}
        for column, declared, notnull in self.types:
            if column in ruled:
                continue
            c = f'"{column}"'
            typed = _TYPEOF.get(declared.upper())
            clauses = [f"{c} IS NULL"] if notnull else []
            if typed is not None:
                clauses.append(f"typeof({c}) NOT IN ({typed})")
                if declared.upper() == "REAL":
                    clauses.append(f"abs({c}) > 1e308")
            if clauses:
                body = " OR ".join(f"({p})" for p in clauses)
                parts.append(f"({body})" if notnull else f"({c} IS NOT NULL AND ({body}))")
        parts += [f"(NOT coalesce(({check}), 1))" for check in self.checks]
        return " OR ".join(parts) if parts else "0"

    def problems_of(self, row: dict[str, object]) -> list[str]:
        """Which rules ``row`` breaks (the SQL found it; Python names the rule)."""
        out = []
        for f in self.fields:
            problem = f.problem(row.get(f.column))
            if problem is not None:
                out.append(problem)
        if not out:
            for column, declared, notnull in self.types:
                value = row.get(column)
                if value is None and notnull:
                    out.append(f"{column} is missing")
                elif value is not None and not _has_type(value, declared):
                    out.append(f"{column} must be {_TYPE_WORD.get(declared.upper(), declared)}")
        return out or ["a rule of the file's schema is broken"]


_TYPEOF = {"TEXT": "'text'", "INTEGER": "'integer'", "REAL": "'real', 'integer'", "BLOB": "'blob'"}
_TYPE_WORD = {"TEXT": "text", "INTEGER": "a whole number", "REAL": "a finite number", "BLOB": "binary data"}


def _has_type(value: object, declared: str) -> bool:
    declared = declared.upper()
    if declared == "TEXT":
        return isinstance(value, str)
    if declared == "INTEGER":
        return value.__class__ is int
    if declared == "REAL":
        return value.__class__ in (int, float) and abs(value) <= 1e308
    if declared == "BLOB":
        return isinstance(value, bytes)
    return True


@cache
def table_rules(version: int) -> tuple[TableRules, ...]:
    """The rules of every table of the schema our migrations build at ``version``."""
    conn = sqlite3.connect(":memory:")
    try:
        for migration in MIGRATIONS:
            if migration.version > version:
                break
            for statement in migration.statements:
                conn.execute(statement)
        out = []
        for table, sql in conn.execute(
                "SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY rowid").fetchall():
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            out.append(TableRules(
                table=table,
                columns=tuple(r[1] for r in info),
                fields=fields.of_table(table),
                types=tuple((r[1], r[2], bool(r[3])) for r in info),
                checks=tuple(_checks_of(sql)),
            ))
        return tuple(out)
    finally:
        conn.close()


_CHECK = re.compile(r"\bCHECK\s*\(", re.IGNORECASE)


def _checks_of(sql: str) -> list[str]:
    """The expressions of ``CHECK (…)`` in our own CREATE TABLE text (balanced parentheses)."""
    out = []
    for match in _CHECK.finditer(sql):
        depth, start = 1, match.end()
        i = start
        quote = ""
        while i < len(sql) and depth:
            ch = sql[i]
            if quote:
                if ch == quote:
                    quote = ""
            elif ch in "'\"":
                quote = ch
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            i += 1
        out.append(sql[start:i - 1])
    return out


def rule_violations(conn: sqlite3.Connection, version: int, limit: int = MAX_ROWS_PER_TABLE) -> list[str]:
    """One line per row that breaks a rule (at most ``limit`` per table)."""
    problems: list[str] = []
    for rules in table_rules(version):
        found = violating_rows(conn, rules, limit)
        for rowid, row in found:
            ident = row.get("id")
            where = f"{rules.table} row {rowid}" + (f" (id {ident!r})" if isinstance(ident, str) else "")
            problems.append(f"{where} breaks a rule: {'; '.join(rules.problems_of(row))}")
    return problems


def violating_rows(conn: sqlite3.Connection, rules: TableRules, limit: int | None = None
                   ) -> list[tuple[int, dict[str, object]]]:
    cols = ", ".join(f'"{c}"' for c in rules.columns)
    query = f'SELECT rowid, {cols} FROM "{rules.table}" WHERE {rules.violation_sql()}'
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    return [(r[0], dict(zip(rules.columns, r[1:], strict=True))) for r in conn.execute(query)]
