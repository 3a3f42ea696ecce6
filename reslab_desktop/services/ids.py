"""Stable ids for things created in the app (imported things keep their JSON ids)."""

import uuid

# 48 random bits: a 20,000-note lab has a ~1e-6 chance of a collision, and the primary key
# refuses one anyway.


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def next_seq(session, column, *where) -> int:  # type: ignore[no-untyped-def]
    """One past the largest ``seq`` in ``column``'s table, among the rows matching ``where``
    (e.g. ``Note.board_id == bid``); 0 when there are none."""
    from sqlalchemy import func, select

    current = session.execute(select(func.max(column)).where(*where)).scalar()
    return 0 if current is None else int(current) + 1
