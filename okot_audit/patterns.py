"""Lexical patterns that both reading steps need: the PDF layout (``okot_audit.read``) and the
table reader (``okot_audit.parse``). They live here, below both, so that neither keeps a copy.
"""

from __future__ import annotations

import re

#: A blank cell printed as a mark: a dash, or ``n.v.t.`` / ``n.b.`` (not applicable, not known).
BLANK_MARK = re.compile(r"[-\u2013\u2014]|n\.?v\.?t\.?|n\.?b\.?", re.I)
