"""The schema built by the frozen migrations matches the mapped classes exactly."""

import sqlite3

import pytest
from sqlalchemy import create_engine, inspect

from reslab_desktop.model import Base
from reslab_desktop.storage.migrations import LATEST_VERSION, MIGRATIONS


def _migrated(tmp_path):
    path = tmp_path / "s.db"
    conn = sqlite3.connect(path)
    for m in MIGRATIONS:
        for st in m.statements:
            conn.execute(st)
    conn.commit()
    conn.close()
    return inspect(create_engine(f"sqlite:///{path}"))


def test_versions_are_consecutive():
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))


def test_every_mapped_table_exists_with_the_same_columns(tmp_path):
    insp = _migrated(tmp_path)
    assert set(insp.get_table_names()) == set(Base.metadata.tables)
    for name, table in Base.metadata.tables.items():
        db_cols = {c["name"]: c for c in insp.get_columns(name)}
        assert set(db_cols) == {c.name for c in table.columns}, name
        for col in table.columns:
            # SQLite lets a non-INTEGER primary key hold NULL unless it says NOT NULL.
            assert db_cols[col.name]["nullable"] == col.nullable, (name, col.name)
        db_pk = set(insp.get_pk_constraint(name)["constrained_columns"])
        assert db_pk == {c.name for c in table.primary_key.columns}, name


@pytest.mark.parametrize("name", sorted(Base.metadata.tables))
def test_foreign_keys_match(tmp_path, name):
    _migrated(tmp_path)
    table = Base.metadata.tables[name]
    declared = {
        (fk.parent.name, fk.column.table.name, fk.column.name, (fk.ondelete or "NO ACTION").upper())
        for fk in table.foreign_keys
    }
    conn = sqlite3.connect(tmp_path / "s.db")
    actual = {
        (row[3], row[2], row[4], row[6].upper())
        for row in conn.execute(f"PRAGMA foreign_key_list({name})")
    }
    conn.close()
    assert actual == declared
