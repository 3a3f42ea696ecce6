"""Sign-up lists: parsing (Qt-free) and the one-transaction import on a real workshop file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reslab_desktop.errors import InterchangeError
from reslab_desktop.interchange.roster_csv import normalize_name, parse_roster, read_roster
from reslab_desktop.services import people
from reslab_desktop.services.roster import (
    import_roster,
    plan_roster,
    remove_imported,
    restore_imported,
)


def test_spanish_headers_semicolons_and_role_words():
    roster = parse_roster(
        "Nombre;Organización;Rol\n"
        "Ana López;Fundación Sol;facilitadora\n"
        "Luis Pérez;;Observador/a\n"
        "Marta Díaz;Fundación Sol;\n"
    )
    assert [(r.name, r.organization, r.role) for r in roster.rows] == [
        ("Ana López", "Fundación Sol", "facilitator"),
        ("Luis Pérez", "", "observer"),
        ("Marta Díaz", "Fundación Sol", "participant"),  # an empty role means participant
    ]
    assert all(r.ok for r in roster.rows)
    assert [r.line for r in roster.rows] == [2, 3, 4]


def test_english_headers_commas_quotes_and_extra_columns():
    roster = parse_roster(
        'Email,Name,Organization,Role\n'
        'a@x.org,"Smith, Jane","Kids, Inc.",participant\n'
    )
    assert roster.columns == ("name", "organization", "role")
    assert (roster.rows[0].name, roster.rows[0].organization) == ("Smith, Jane", "Kids, Inc.")


def test_per_row_errors_name_the_line_and_the_problem():
    roster = parse_roster(
        "nombre,organizacion,rol\n"
        ",Colectivo X,\n"
        "Pedro,Colectivo X,jefe\n"
        "\n"
        "Ana,Colectivo X,\n"
        "ANA ,colectivo x,participante\n"
        + "Largo," + "o" * 301 + ",\n"
    )
    errors = {r.line: r.error for r in roster.error_rows}
    assert errors[2] == "the name cannot be empty"
    assert errors[3].startswith("unknown role “jefe”")
    assert errors[6] == "the same person as line 5"
    assert errors[7].startswith("the organization name is too long")
    assert [r.line for r in roster.valid_rows] == [5]


def test_a_list_without_a_name_column_or_empty_is_refused():
    with pytest.raises(InterchangeError, match="column called “nombre” or “name”"):
        parse_roster("correo;telefono\na@b.c;123\n")
    with pytest.raises(InterchangeError, match="empty"):
        parse_roster("\n\n  \n")


def test_excel_files_utf8_bom_and_windows_1252(tmp_path: Path):
    bom = tmp_path / "bom.csv"
    bom.write_bytes("\ufeffNombre;Organización\nMaría;Niñez A.C.\n".encode())
    cp = tmp_path / "cp1252.csv"
    cp.write_bytes("Nombre;Organización\nMaría;Niñez A.C.\n".encode("cp1252"))
    for path in (bom, cp):
        row = read_roster(path).rows[0]
        assert (row.name, row.organization) == ("María", "Niñez A.C.")
    with pytest.raises(InterchangeError, match="missing.csv: cannot read"):
        read_roster(tmp_path / "missing.csv")


def test_quoted_cell_spanning_lines_keeps_line_numbers():
    roster = parse_roster('name,organization\n"Ana\nMaría",X\nLuis,Y\n')
    assert [(r.line, r.name) for r in roster.rows] == [(2, "Ana María"), (4, "Luis")]


def test_sector_column_sets_the_sector_of_new_organizations(store):
    roster = parse_roster("nombre,organización,sector\nAna,Ayuntamiento,Gobierno\nLuis,Otra,galaxia\n")
    assert roster.rows[0].sector == "government"
    assert roster.rows[1].error.startswith("unknown sector “galaxia”")
    import_roster(store, plan_roster(store, roster))
    assert [(o.name, o.sector) for o in people.list_organizations(store)] == [("Ayuntamiento", "government")]


def test_import_creates_organizations_once_skips_people_already_there_and_undoes(store):
    existing = people.add_organization(store, "Fundación Sol")
    people.add_participant(store, "Ana López", existing)
    roster = parse_roster(
        "Nombre,Organización,Rol\n"
        "ana lopez,FUNDACION SOL,\n"          # already in the workshop (matched without case/accents)
        "Marta Díaz,Fundación Sol,\n"         # existing organization reused
        "Pedro Ruiz,Colectivo Nuevo,facilitador\n"
        "Rosa Gil,colectivo nuevo,\n"          # the new organization is created once
        ",Sin nombre,\n"
    )
    plan = plan_roster(store, roster)
    assert plan.new_organizations == ("Colectivo Nuevo",)
    assert [r.name for r in plan.importable] == ["Marta Díaz", "Pedro Ruiz", "Rosa Gil"]
    assert plan.rows[0].error == "already in this workshop"

    events = []
    store.events.subscribe(events.append)
    result = import_roster(store, plan)
    assert len(events) == 1  # one transaction, one announcement
    orgs = {o.id: o.name for o in people.list_organizations(store)}
    added = [p for p in people.list_participants(store) if p.id in result.participant_ids]
    assert [(p.name, orgs.get(p.organization_id), p.role) for p in added] == [
        ("Marta Díaz", "Fundación Sol", "participant"),
        ("Pedro Ruiz", "Colectivo Nuevo", "facilitator"),
        ("Rosa Gil", "Colectivo Nuevo", "participant"),
    ]

    snaps = remove_imported(store, result)
    assert [p.name for p in people.list_participants(store)] == ["Ana López"]
    assert [o.name for o in people.list_organizations(store)] == ["Fundación Sol"]
    restore_imported(store, snaps)
    assert {p.id for p in people.list_participants(store)} >= set(result.participant_ids)
    assert len(people.list_organizations(store)) == 2


names = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40).filter(
    lambda s: s.strip() and '"' not in s
)


@given(st.lists(st.tuples(names, names), min_size=1, max_size=8))
def test_any_names_survive_a_csv_written_by_a_spreadsheet(rows):
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["Nombre", "Organización"])
    writer.writerows(rows)
    roster = parse_roster(buffer.getvalue())
    seen: set[tuple[str, str]] = set()
    expected = []
    for name, org in rows:
        key = (normalize_name(name), normalize_name(org))
        expected.append((" ".join(name.split()), " ".join(org.split()), key not in seen))
        seen.add(key)
    assert [(r.name, r.organization, r.ok) for r in roster.rows] == expected
