"""Organizations and participants editor."""
