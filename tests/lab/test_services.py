"""Lab services on a real SQLite workshop file: validation, one transaction, undo data, events."""

from __future__ import annotations

import pytest

from reslab_desktop.errors import NotFoundError, ValidationError
from reslab_desktop.services.lab import (
    decisions,
    initiatives,
    learning,
    phases,
    plans,
    resources,
    sessions,
)
from reslab_desktop.services.lab.entity import restore


def test_initiative_has_lead_as_member_and_a_first_iteration(lab):
    rec = initiatives.get_initiative(lab.store, lab.initiative)
    assert rec.lead_organization_id == lab.orgs[0]
    assert set(rec.member_ids) == {lab.orgs[0], lab.orgs[1]}
    its = initiatives.list_iterations(lab.store, lab.initiative)
    assert [i.number for i in its] == [1]
    second = initiatives.add_iteration(lab.store, lab.initiative, "ajustes")
    assert [i.number for i in initiatives.list_iterations(lab.store, lab.initiative)] == [1, 2]
    assert initiatives.list_iterations(lab.store, lab.initiative)[1].id == second


def test_update_and_undo_initiative(lab):
    before = initiatives.update_initiative(lab.store, lab.initiative, title="PrevaleSER", member_ids=[lab.orgs[2]])
    now = initiatives.get_initiative(lab.store, lab.initiative)
    assert now.title == "PrevaleSER" and set(now.member_ids) == {lab.orgs[0], lab.orgs[2]}
    initiatives.restore_initiative(lab.store, before)
    assert initiatives.get_initiative(lab.store, lab.initiative) == before


def test_bad_input_is_one_line(lab):
    with pytest.raises(ValidationError, match="initiative title cannot be empty"):
        initiatives.add_initiative(lab.store, "  ")
    with pytest.raises(NotFoundError):
        initiatives.add_initiative(lab.store, "X", lead_organization_id="nope")
    with pytest.raises(ValidationError, match="currency"):
        resources.add_pledge(lab.store, lab.orgs[0], lab.initiative, "funding", 100, "pesos")
    with pytest.raises(ValidationError, match="hours or days"):
        resources.add_pledge(lab.store, lab.orgs[0], lab.initiative, "time", 10, "MXN")
    with pytest.raises(ValidationError, match="quantity"):
        resources.add_pledge(lab.store, lab.orgs[0], lab.initiative, "time", -1)
    with pytest.raises(ValidationError, match="who decided"):
        decisions.add_decision(lab.store, 2, "set_priorities", "x", "everyone")
    with pytest.raises(ValidationError, match="phase"):
        decisions.add_decision(lab.store, 7, "set_priorities", "x", "local")


def test_pledges_needs_totals_and_gaps(lab):
    s = lab.store
    resources.add_pledge(s, lab.orgs[0], lab.initiative, "funding", 50_000)  # MXN by default
    resources.add_pledge(s, lab.orgs[1], lab.initiative, "funding", 20_000, "mxn", confirmed=True)
    resources.add_pledge(s, lab.orgs[1], lab.initiative, "time", 40)
    resources.add_pledge(s, lab.orgs[2], lab.initiative, "expertise", 3, "days", "evaluación")
    resources.add_need(s, lab.initiative, "funding", 100_000)
    resources.add_need(s, lab.initiative, "time", 30)
    summary = resources.summary(s)
    assert summary.by_kind == {("expertise", "days"): 3, ("time", "hours"): 40, ("funding", "MXN"): 70_000}
    assert summary.by_organization[lab.orgs[1]] == {("time", "hours"): 40, ("funding", "MXN"): 20_000}
    funding = next(b for b in summary.balances if b.kind == "funding")
    assert (funding.needed, funding.pledged, funding.confirmed, funding.gap) == (100_000, 70_000, 20_000, 30_000)
    assert [g.kind for g in summary.gaps] == ["funding"]  # time is covered (40 ≥ 30)


def test_confirm_pledges_and_undo(lab):
    pid = resources.add_pledge(lab.store, lab.orgs[0], lab.initiative, "time", 8)
    before = resources.set_confirmed(lab.store, [pid])
    assert resources.list_pledges(lab.store)[0].confirmed is True
    resources.restore_confirmed(lab.store, before)
    assert resources.list_pledges(lab.store)[0].confirmed is False


def test_removing_an_initiative_cascades_and_restores(lab):
    s = lab.store
    resources.add_pledge(s, lab.orgs[0], lab.initiative, "time", 8)
    plans.add_action_item(s, lab.initiative, "timeline", "Lanzamiento", date="2026-03-01",
                          responsible_organization_id=lab.orgs[1])
    did = decisions.add_decision(s, 5, "timeline", "Lanzar en marzo", "local", [lab.orgs[0]],
                                 initiative_id=lab.initiative)
    snap = initiatives.remove_initiatives(s, [lab.initiative])
    assert initiatives.list_initiatives(s) == [] and resources.list_pledges(s) == []
    assert decisions.list_decisions(s)[0].initiative_id is None  # the decision stays in the log
    restore(s, snap)
    assert len(resources.list_pledges(s)) == 1 and len(plans.list_action_items(s)) == 1
    assert decisions.list_decisions(s)[0].initiative_id == lab.initiative
    assert decisions.list_decisions(s)[0].id == did
    assert len(initiatives.list_iterations(s, lab.initiative)) == 1


def test_action_plan_item_fields(lab):
    iid = plans.add_action_item(lab.store, lab.initiative, "communication", "Boletín mensual",
                                audience="Familias", channel="WhatsApp")
    item = plans.list_action_items(lab.store, lab.initiative)[0]
    assert (item.id, item.audience, item.channel, item.done) == (iid, "Familias", "WhatsApp", False)
    before = plans.update_action_item(lab.store, iid, done=True)
    assert plans.list_action_items(lab.store)[0].done is True
    plans.restore_action_item(lab.store, before)
    assert plans.list_action_items(lab.store)[0] == item
    with pytest.raises(ValidationError, match="action plan section"):
        plans.add_action_item(lab.store, lab.initiative, "budget", "x")


def test_record_decision_and_who_decided(lab):
    seen = []
    lab.store.events.subscribe(seen.extend)
    did = decisions.record_decision(lab.store, "vote_round", "vr-1", "Priorizar la violencia juvenil")
    rec = decisions.list_decisions(lab.store)[0]
    assert (rec.kind, rec.phase, rec.decided_by, rec.source_kind, rec.source_id) == (
        "set_priorities", 2, "facilitators", "vote_round", "vr-1")
    assert rec.date is not None
    assert [c.entity for c in seen] == ["decisions"]
    before = decisions.set_decided_by(lab.store, did, "local", lab.orgs[:2])
    assert decisions.list_decisions(lab.store)[0].organization_ids == tuple(lab.orgs[:2])
    assert decisions.decisions_from(lab.store, "vote_round", "vr-1")[0].decided_by == "local"
    decisions.restore_decision(lab.store, before)
    assert decisions.list_decisions(lab.store)[0] == before


def test_localization_pathway_from_the_file(lab):
    s = lab.store
    for phase, who in [(1, "facilitators"), (1, "facilitators"), (2, "shared"), (5, "local"), (6, "local"),
                       (6, "shared")]:
        decisions.add_decision(s, phase, "design_implement", f"d{phase}{who}", who)
    points = decisions.localization_pathway(s)
    assert [p.index for p in points] == [0.0, 0.5, None, None, 1.0, 0.75]


def test_learning_log_and_adopting_an_adaptation(lab):
    s = lab.store
    it = initiatives.list_iterations(s, lab.initiative)[0]
    eid = learning.add_learning(s, tried="Talleres en línea", happened="Poca asistencia",
                                learned="Las familias prefieren sábados", adapt="Talleres presenciales en sábado",
                                iteration_id=it.id)
    assert learning.list_learning(s)[0].initiative_id == lab.initiative  # taken from the iteration
    did = learning.adopt_adaptation(s, eid, "local", [lab.orgs[1]])
    dec = decisions.list_decisions(s)[0]
    assert (dec.id, dec.kind, dec.phase, dec.text, dec.source_id) == (
        did, "adapt_learning", 6, "Talleres presenciales en sábado", eid)
    assert learning.list_learning(s)[0].decision_id == did
    with pytest.raises(ValidationError, match="already adopted"):
        learning.adopt_adaptation(s, eid)
    restore_snap = decisions.remove_decisions(s, [did])  # the undo of adopting
    assert learning.list_learning(s)[0].decision_id is None
    restore(s, restore_snap)
    assert learning.list_learning(s)[0].decision_id == did
    with pytest.raises(ValidationError, match="at least one"):
        learning.add_learning(s, tried="  ")


def test_sessions_agenda_and_check_in(lab):
    from reslab_desktop.services.boards import create_board

    s = lab.store
    board = create_board(s, 1, "Mapa de empatía")
    sid = sessions.add_session(s, "Sesión 1", "2026-02-10", "Monterrey", [(1, board, "Empatía"), (2, None, "Retos")])
    rec = sessions.get_session(s, sid)
    assert [(a.phase, a.board_id, a.title) for a in rec.agenda] == [(1, board, "Empatía"), (2, None, "Retos")]
    before = sessions.check_in(s, sid, [lab.people[1]])
    assert before == () and sessions.get_session(s, sid).attendance == (lab.people[1],)
    sessions.check_in(s, sid, [lab.people[0]])
    assert set(sessions.get_session(s, sid).attendance) == set(lab.people)
    sessions.check_in(s, sid, [lab.people[0]], present=False)
    assert sessions.get_session(s, sid).attendance == (lab.people[1],)
    sessions.set_attendance(s, sid, before)
    assert sessions.get_session(s, sid).attendance == ()
    with pytest.raises(ValidationError, match="belongs to phase 1"):
        sessions.update_session(s, sid, agenda=[(3, board, "")])
    old = sessions.update_session(s, sid, title="Sesión inaugural")
    sessions.restore_session(s, old)
    assert sessions.get_session(s, sid) == rec


def test_phase_status_and_overview_suggestions(lab):
    s = lab.store
    ov = phases.overview(s)
    assert ov.suggestion.phase == 1 and ov.suggestion.action == "create_board"
    assert phases.set_phase_status(s, 1, "done") == "not_started"
    assert phases.set_phase_status(s, 2, "in_progress") == "not_started"
    assert phases.phase_statuses(s) == {1: "done", 2: "in_progress", 3: "not_started", 4: "not_started",
                                        5: "not_started", 6: "not_started"}
    phases.set_phase_status(s, 1, "not_started")
    assert phases.phase_statuses(s)[1] == "not_started"
    for p in (1, 2):
        phases.set_phase_status(s, p, "done")
    ov = phases.overview(s)
    assert ov.phase(3).counts["initiatives"] == 1
    assert ov.suggestion.phase == 3
    decisions.add_decision(s, 3, "allocate_resources", "x", "shared")
    assert phases.overview(s).phase(3).counts["decisions"] == 1
    assert phases.overview(s).phase(3).localization == 0.5
    with pytest.raises(ValidationError):
        phases.set_phase_status(s, 3, "finished")


def test_confirming_pledges_logs_the_allocation_decision(lab):
    s = lab.store
    a = resources.add_pledge(s, lab.orgs[0], lab.initiative, "funding", 50_000, description="Fondos semilla")
    b = resources.add_pledge(s, lab.orgs[1], lab.initiative, "time", 40)
    done = resources.confirm_pledges(s, [a, b], "local")
    assert all(p.confirmed for p in resources.list_pledges(s))
    dec = decisions.list_decisions(s)[0]
    assert (dec.id, dec.kind, dec.phase, dec.decided_by, dec.initiative_id, dec.source_kind) == (
        done.decision_id, "allocate_resources", 3, "local", lab.initiative, "pledges")
    assert dec.organization_ids == tuple(lab.orgs[:2])
    assert "Fondos semilla: $50,000.00 MXN" in dec.text and "40 horas" in dec.text
    resources.undo_confirmation(s, done)
    assert not any(p.confirmed for p in resources.list_pledges(s)) and decisions.list_decisions(s) == []
