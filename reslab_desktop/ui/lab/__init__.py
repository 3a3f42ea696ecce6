"""The Lab method in the app: overview (home), resources, initiatives and plans, decisions, learning, sessions."""
