"""Group commit of phone dots (room/batch.py): one transaction for what many phones sent, a
refused dot undone alone, each answer given after the commit."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from reslab_desktop.room.batch import Dot, DotBatcher, write_batch
from reslab_desktop.room.dots import Refused
from reslab_desktop.room.views import read_view
from reslab_desktop.services import voting
from reslab_desktop.storage import PHONE, Store


def _ballot(path, round_id, voter_id) -> dict[str, int]:
    with Store.open(path) as store:  # a second connection: only what was committed
        return {note: n for (note, _), n in voting.get_ballot(store, round_id, voter_id).items()}


def test_a_refused_dot_is_undone_alone(workshop):
    with Store.open(workshop.path) as store:
        rnd = read_view(store, "t").round(workshop.round_id)
        ana, beto = rnd.voters[workshop.people[0]], rnd.voters[workshop.people[1]]
        n0, n1 = workshop.notes[:2]
        seen = []
        store.events.subscribe(seen.append)
        results = write_batch(store, [Dot(rnd, ana, n0, 1), Dot(rnd, ana, n0, 1), Dot(rnd, ana, n0, 1),
                                      Dot(rnd, beto, n1, -1), Dot(rnd, beto, n1, 1), Dot(rnd, ana, n1, 1)])
    assert results[:3] == [{n0: 1}, {n0: 2}, results[2]] and isinstance(results[2], Refused)
    assert results[2].status == 409  # at most 2 on a note
    assert isinstance(results[3], Refused) and results[3].status == 409  # no dot there to take back
    assert results[4:] == [{n1: 1}, {n0: 2, n1: 1}]
    assert len(seen) == 1 and seen[0].initiator == PHONE  # one commit, one change set, a phone's
    assert _ballot(workshop.path, workshop.round_id, ana) == {n0: 2, n1: 1}
    assert _ballot(workshop.path, workshop.round_id, beto) == {n1: 1}


def test_dots_sent_meanwhile_share_one_commit_and_are_answered_after_it(workshop):
    store = Store.open(workshop.path)
    writer = ThreadPoolExecutor(1)
    rnd = read_view(store, "t").round(workshop.round_id)
    batcher = DotBatcher(store, writer)

    async def everyone() -> list[object]:
        dots = [Dot(rnd, rnd.voters[p], workshop.notes[0], 1) for p in workshop.people]
        dots.append(Dot(rnd, "nobody", "not-a-note", 1))
        return await asyncio.gather(*(batcher.submit(d) for d in dots), return_exceptions=True)

    try:
        answers = asyncio.run(everyone())
        assert batcher.batches == 1 and batcher.dots == len(workshop.people) + 1
        assert answers[:-1] == [{workshop.notes[0]: 1}] * len(workshop.people)
        assert isinstance(answers[-1], Refused) and answers[-1].status == 404
        for p in workshop.people:  # answered means committed: another connection sees it
            assert _ballot(workshop.path, workshop.round_id, rnd.voters[p]) == {workshop.notes[0]: 1}
    finally:
        writer.shutdown()
        store.close()


def test_a_failed_commit_answers_every_phone_of_the_batch(workshop):
    store = Store.open(workshop.path, read_only=True)
    writer = ThreadPoolExecutor(1)
    rnd = read_view(store, "t").round(workshop.round_id)
    batcher = DotBatcher(store, writer)

    async def two() -> list[object]:
        return await asyncio.gather(*(batcher.submit(Dot(rnd, rnd.voters[p], workshop.notes[0], 1))
                                      for p in workshop.people[:2]), return_exceptions=True)

    try:
        answers = asyncio.run(two())
    finally:
        writer.shutdown()
        store.close()
    assert len(answers) == 2 and all(isinstance(a, Exception) and not isinstance(a, Refused) for a in answers)
    assert batcher.batches == 0
