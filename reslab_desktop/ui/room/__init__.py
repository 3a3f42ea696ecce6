"""The room: audience screen, facilitator console, presentation mode and the activity timer."""
