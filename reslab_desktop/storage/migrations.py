"""Ordered schema migrations, applied by ``PRAGMA user_version``.

Why not Alembic: a workshop file is a single-user SQLite database whose whole upgrade
must run in one transaction with a copy kept beforehand. SQLite DDL is transactional, so
each step below runs inside the same ``BEGIN IMMEDIATE … COMMIT`` as the version bump; a
failure leaves the file exactly as it was. Alembic would add ~150 ms of imports to every
start, a migration-script folder to bundle with PyInstaller, and nothing this needs.
The safety net Alembic's autogenerate offers is a test here: the schema produced by these
steps is compared with the mapped classes (``tests/storage/test_schema.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from reslab_desktop.storage import (
    schema_v1,
    schema_v2_voting,
    schema_v3_lab,
    schema_v4_phone_notes,
    schema_v5_closed_rounds,
)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "workshop, people, boards", schema_v1.STATEMENTS),
    Migration(2, "voting", schema_v2_voting.STATEMENTS),
    Migration(3, "lab", schema_v3_lab.STATEMENTS),
    Migration(4, "phone notes, check-in source", schema_v4_phone_notes.STATEMENTS),
    Migration(5, "closed rounds keep their candidates", schema_v5_closed_rounds.STATEMENTS),
)

LATEST_VERSION: int = MIGRATIONS[-1].version


def pending(from_version: int) -> list[Migration]:
    """Migrations still to apply to a file at ``from_version``, in order."""
    return [m for m in MIGRATIONS if m.version > from_version]
