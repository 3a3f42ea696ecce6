"""Use cases of the Resiliency Lab method, one module per idea:

``phases`` (status, overview, next suggested action), ``initiatives`` (and iterations),
``resources`` (pledges, needs, totals, gaps), ``plans`` (action plans), ``decisions`` (the
log, ``record_decision``, the localization pathway), ``learning`` (learning log, adopting
adaptations), ``sessions`` (agenda, attendance), ``carry`` (carrying results forward, lineage).

Every function validates, writes in one transaction and announces its changes; each change
returns what its undo needs (the previous record, or a deletion snapshot for
``entity.restore``).
"""
