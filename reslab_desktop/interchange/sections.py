"""The ordered list of document sections. Later sections may refer to earlier ones' ids."""

from __future__ import annotations

from reslab_desktop.interchange.core_sections import (
    BoardsSection,
    OrganizationsSection,
    ParticipantsSection,
    WorkshopSection,
)
from reslab_desktop.interchange.lab_log_sections import (
    DecisionsSection,
    LearningLogSection,
    SessionsSection,
)
from reslab_desktop.interchange.lab_sections import (
    ActionPlansSection,
    InitiativesSection,
    ResourcesSection,
)
from reslab_desktop.interchange.phone_notes_section import PhoneNotesSection
from reslab_desktop.interchange.section import Section
from reslab_desktop.interchange.voting_section import VotesSection

SECTIONS: tuple[Section, ...] = (
    WorkshopSection(),
    OrganizationsSection(),
    ParticipantsSection(),
    BoardsSection(),
    PhoneNotesSection(),
    VotesSection(),
    InitiativesSection(),
    ResourcesSection(),
    ActionPlansSection(),
    DecisionsSection(),
    LearningLogSection(),
    SessionsSection(),
)
