"""Carrying results forward through steps 4–6 and back to a new iteration, with lineage."""

from __future__ import annotations

import pytest

from reslab_desktop.errors import ValidationError
from reslab_desktop.services import notes
from reslab_desktop.services.boards import create_board, load_board
from reslab_desktop.services.lab import carry, initiatives, phases


def _zone(content, title):
    return next(z.id for z in content.zones if z.title == title)


def _note_in_zone(store, board_id, zone_title, text):
    content = load_board(store, board_id)
    z = next(z for z in content.zones if z.title == zone_title)
    return notes.add_note(store, board_id, text, z.x + 30, z.y + 60)


def test_the_whole_cycle_keeps_lineage(lab):
    s = lab.store
    ideation = create_board(s, 3, "Ideas")
    idea = notes.add_note(s, ideation, "Red de espacios seguros", 0, 0)
    other = notes.add_note(s, ideation, "Mapa de aliados", 200, 0)

    first = carry.ideas_to_prototype(s, lab.initiative, [idea, other], language="en")
    proto = load_board(s, first.board_id)
    assert proto.board.phase == 4 and proto.board.template == "prototype_canvas"
    assert first.created_board and not first.created_iteration
    solution = _zone(proto, "Solution")
    assert [n.zone_id for n in proto.notes] == [solution, solution]
    assert {n.source_note_id for n in proto.notes} == {idea, other}
    iteration = initiatives.list_iterations(s, lab.initiative)[0]
    assert iteration.board_ids == (first.board_id,)

    # carrying more ideas adds to the same canvas, below what is there
    again = carry.ideas_to_prototype(s, lab.initiative, [idea], language="en")
    assert again.board_id == first.board_id and not again.created_board
    ys = sorted((n.y, n.x) for n in load_board(s, first.board_id).notes)
    assert len(set(ys)) == 3
    carry.undo_carry(s, again)
    assert len(load_board(s, first.board_id).notes) == 2

    _note_in_zone(s, first.board_id, "Signs of success", "20 familias participan")
    test = carry.prototype_to_test_plan(s, first.board_id, language="en")
    plan = load_board(s, test.board_id)
    assert plan.board.phase == 5
    by_zone = {z.title: [n.text for n in plan.notes if n.zone_id == z.id] for z in plan.zones}
    assert sorted(by_zone["What we test"]) == ["Mapa de aliados", "Red de espacios seguros"]
    assert by_zone["How we measure"] == ["20 familias participan"]

    with pytest.raises(ValidationError, match="nothing to carry"):
        carry.results_to_evaluation(s, test.board_id, language="en")
    result = _note_in_zone(s, test.board_id, "Result", "Asistieron 12 familias")
    evaluation = carry.results_to_evaluation(s, test.board_id, language="en")
    assert load_board(s, evaluation.board_id).board.phase == 6

    _note_in_zone(s, evaluation.board_id, "What we adapt", "Sesiones en sábado")
    nxt = carry.lessons_to_new_iteration(s, evaluation.board_id, language="en", focus="Horarios")
    assert nxt.created_iteration
    its = initiatives.list_iterations(s, lab.initiative)
    assert [i.number for i in its] == [1, 2] and its[1].board_ids == (nxt.board_id,)
    assert load_board(s, nxt.board_id).board.title.endswith("· 2")
    assert carry.next_carry(s, first.board_id) == "test_plan"
    assert phases.overview(s).phase(4).counts["prototypes"] == 2

    copied_result = next(n for n in load_board(s, evaluation.board_id).notes if n.text == "Asistieron 12 familias")
    steps = carry.lineage(s, copied_result.id)
    assert [st.note_id for st in steps] == [copied_result.id, result]
    assert [st.phase for st in steps] == [6, 5]
    tested_idea = next(n for n in plan.notes if n.text == "Red de espacios seguros")
    assert [st.phase for st in carry.lineage(s, tested_idea.id)] == [5, 4, 3]
    assert [c.phase for c in carry.carried_into(s, idea)] == [4]

    carry.undo_carry(s, nxt)
    assert [i.number for i in initiatives.list_iterations(s, lab.initiative)] == [1]


def test_a_board_outside_an_initiative_cannot_be_carried(lab):
    from reslab_desktop.services.boards import create_board_from_template

    b = create_board_from_template(lab.store, 4, "Suelto", "prototype_canvas", "es")
    with pytest.raises(ValidationError, match="does not belong to an initiative"):
        carry.prototype_to_test_plan(lab.store, b)
    with pytest.raises(ValidationError, match="not a"):
        carry.results_to_evaluation(lab.store, b)
