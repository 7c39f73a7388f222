"""``python -m okot_audit.rules.docs [FOLDER]``: write the rule pages (default ``docs/rules``)."""

import sys

from okot_audit.rules.base import write_rule_pages

write_rule_pages(sys.argv[1] if len(sys.argv) > 1 else "docs/rules")
