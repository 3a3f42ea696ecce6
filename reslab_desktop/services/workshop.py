"""The workshop's own properties (title, community, place, language, dates, facilitators)."""

from __future__ import annotations

import json
from dataclasses import replace

from reslab_desktop.model import Workshop
from reslab_desktop.model.vocab import LANGUAGES
from reslab_desktop.rules.text import NAME_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.records import WorkshopInfo
from reslab_desktop.storage import UPDATED, Store


def get_workshop(store: Store) -> WorkshopInfo:
    with store.read() as session:
        row = session.get(Workshop, 1)
        if row is None:
            from reslab_desktop.errors import WorkshopFileError

            raise WorkshopFileError(f"{store.path.name}: the workshop record is missing")
        return WorkshopInfo(
            title=row.title,
            learning_community=row.learning_community,
            place=row.place,
            language=row.language,
            starts_on=row.starts_on,
            ends_on=row.ends_on,
            facilitators=tuple(json.loads(row.facilitators or "[]")),
        )


def update_workshop(store: Store, **changes: object) -> WorkshopInfo:
    """Change some properties; returns the previous values (for undo)."""
    before = get_workshop(store)
    after = replace(before, **changes)  # type: ignore[arg-type]
    validated = validate_workshop(after)
    with store.write() as tx:
        row = tx.session.get(Workshop, 1)
        assert row is not None  # every workshop file has its one workshop row
        row.title = validated.title
        row.learning_community = validated.learning_community
        row.place = validated.place
        row.language = validated.language
        row.starts_on = validated.starts_on
        row.ends_on = validated.ends_on
        row.facilitators = json.dumps(list(validated.facilitators), ensure_ascii=False)
        tx.changed("workshop", UPDATED, ("1",))
    return before


def validate_workshop(info: WorkshopInfo) -> WorkshopInfo:
    from reslab_desktop.errors import ValidationError

    starts = checks.iso_date(info.starts_on, "start date")
    ends = checks.iso_date(info.ends_on, "end date")
    if starts and ends and ends < starts:
        raise ValidationError("the end date is before the start date")
    facilitators = tuple(checks.text(f, "facilitator name", required=True, max_len=200).strip()
                         for f in info.facilitators)
    return WorkshopInfo(
        title=checks.text(info.title, "workshop title", required=True, max_len=NAME_MAX).strip(),
        learning_community=checks.text(info.learning_community, "learning community", max_len=NAME_MAX),
        place=checks.text(info.place, "place", max_len=NAME_MAX),
        language=checks.choice(info.language, LANGUAGES, "language"),
        starts_on=starts,
        ends_on=ends,
        facilitators=facilitators,
    )
