"""Use cases: the only code that writes to a workshop file.

Each public function validates its input (raising ``ValidationError``/``NotFoundError``
with a one-line message), writes in one transaction through ``Store.write()`` and
announces what changed on ``store.events``.
"""
