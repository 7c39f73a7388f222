"""The rules' documentation in other languages than English: ``nl/<rule-name>.md``.

English is each rule module's docstring. ``python -m okot_audit.rules.docs docs/rules``
writes the repository's pages (``docs/rules/``) from both.
"""
