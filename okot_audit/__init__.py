"""okot-audit: read the tables of published OKOT answers and check that they hold together.

The public API::

    from okot_audit import read_answer, audit
    answer = read_answer("seeds/002_f58759045b60ed02.txt")   # tables, cells, periods
    report = audit(answer)                                   # findings
    report.frame()                                           # findings as a DataFrame

Importing this package is light: pandas and pandera load only when a DataFrame or a schema
check is asked for.
"""

from okot_audit._startup import guard

guard()  # (the command only: Ctrl-C while the package imports is one line, not a traceback)

from okot_audit.audit import audit  # noqa: E402
from okot_audit.catalogue import Catalogue, load_catalogue  # noqa: E402
from okot_audit.findings import Finding, Report  # noqa: E402
from okot_audit.parse import read_answer, read_text  # noqa: E402
from okot_audit.source import InputError  # noqa: E402
from okot_audit.tables import Answer, Cell, Period, Table  # noqa: E402

__version__ = "0.1.0"

__all__ = [
    "Answer", "Catalogue", "Cell", "Finding", "InputError", "Period", "Report", "Table",
    "__version__", "audit", "load_catalogue", "read_answer", "read_text",
]
