"""okot-audit: read the tables of published OKOT answers and check that they hold together."""

from okot_audit.parse import read_answer, read_text
from okot_audit.source import InputError

__version__ = "0.1.0"

__all__ = ["InputError", "__version__", "read_answer", "read_text"]
