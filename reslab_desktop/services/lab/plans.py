"""Step 5: each initiative's action plan — timeline, governance, objectives, communication."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from reslab_desktop.model import ActionItem, Initiative, Organization
from reslab_desktop.model.lab_vocab import ACTION_KINDS
from reslab_desktop.rules.text import LAB_FIELD_MAX, LAB_TEXT_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.lab import entity as E
from reslab_desktop.services.lab.records import ActionItemRecord
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.storage import Store


def _validate(session: Session, rec: ActionItemRecord) -> dict[str, Any]:
    return {
        "initiative_id": E.ref(session, Initiative, rec.initiative_id, "initiative", required=True),
        "kind": checks.choice(rec.kind, ACTION_KINDS, "action plan section"),
        "text": E.required_text(rec.text, "action plan item", LAB_TEXT_MAX),
        "date": checks.iso_date(rec.date, "date"),
        "responsible_organization_id": E.ref(session, Organization, rec.responsible_organization_id,
                                             "organization"),
        "indicator": checks.text(rec.indicator, "success indicator", max_len=LAB_FIELD_MAX),
        "audience": checks.text(rec.audience, "audience", max_len=LAB_FIELD_MAX),
        "channel": checks.text(rec.channel, "channel", max_len=LAB_FIELD_MAX),
        "done": bool(rec.done),
    }


ACTION_ITEMS = E.Entity(ActionItem, "action_items", "action plan item", "ai", ActionItemRecord, _validate)


def list_action_items(store: Store, initiative_id: str | None = None) -> list[ActionItemRecord]:
    where = () if initiative_id is None else (ActionItem.initiative_id == initiative_id,)
    return E.listing(store, ACTION_ITEMS, *where)


def add_action_item(store: Store, initiative_id: str, kind: str, text: str, **fields: Any) -> str:
    """``fields``: date, responsible_organization_id, indicator, audience, channel, done, id."""
    return E.add(store, ACTION_ITEMS, ActionItemRecord(
        fields.pop("id", ""), 0, initiative_id, kind, text, **fields))


def update_action_item(store: Store, item_id: str, **changes: Any) -> ActionItemRecord:
    return E.update(store, ACTION_ITEMS, item_id, **changes)


def restore_action_item(store: Store, before: ActionItemRecord) -> None:
    E.put_back(store, ACTION_ITEMS, before)


def remove_action_items(store: Store, ids: Sequence[str]) -> Snapshot:
    return E.remove(store, ACTION_ITEMS, ids)
