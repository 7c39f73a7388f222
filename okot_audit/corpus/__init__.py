"""Many answers at once: what holds across the answers of one run.

- :mod:`~okot_audit.corpus.revisions` pairs the same figure in two answers (same measure, row,
  period and level) and says how the later one differs — what the ``figure-revised`` rule reports.
- :mod:`~okot_audit.corpus.run` runs the rules whose scope is the corpus once over all answers.
- :mod:`~okot_audit.corpus.datapackage` writes all answers' cells as one Frictionless Data
  Package (CSV + ``datapackage.json``).

Nothing here is imported at start-up; each module loads what it needs.
"""
