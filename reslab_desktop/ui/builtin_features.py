"""The app's own features on the registry (``ui/features.py``): what each does when a window is
built and before it closes its file. Their action rows are in ``ui/actions.py``."""

from __future__ import annotations

from reslab_desktop.ui import backups_ui
from reslab_desktop.ui.features import FEATURES, Feature
from reslab_desktop.ui.room import hooks as room_hooks
from reslab_desktop.ui.room import phones_hooks

for _feature in (
    # the checkable Room/View actions follow the theme
    Feature("room", attach=room_hooks.window_ready),
    # a copy now and every few minutes (issue 9)
    Feature("backups", attach=backups_ui.attach),
    # the room server stops before the file closes
    Feature("phones", detach=phones_hooks.close_phones),
):
    if _feature.name not in FEATURES:
        FEATURES.register(_feature)
