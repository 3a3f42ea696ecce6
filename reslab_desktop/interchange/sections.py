"""The ordered list of document sections. Later sections may refer to earlier ones' ids."""

from __future__ import annotations

from reslab_desktop.interchange.core_sections import (
    BoardsSection,
    OrganizationsSection,
    ParticipantsSection,
    WorkshopSection,
)
from reslab_desktop.interchange.section import Section

SECTIONS: tuple[Section, ...] = (
    WorkshopSection(),
    OrganizationsSection(),
    ParticipantsSection(),
    BoardsSection(),
)
