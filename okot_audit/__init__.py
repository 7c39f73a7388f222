"""okot-audit: read the tables of published OKOT answers and check that they hold together.

The public API::

    from okot_audit import read_answer, audit
    answer = read_answer("seeds/002_f58759045b60ed02.txt")   # tables, cells, periods
    report = audit(answer)                                   # findings
    report.frame()                                           # findings as a DataFrame

Importing this package is light: pandas and pandera load only when a DataFrame or a schema
check is asked for.
"""

from okot_audit.audit import audit
from okot_audit.catalogue import Catalogue, load_catalogue
from okot_audit.findings import Finding, Report
from okot_audit.parse import read_answer, read_text
from okot_audit.source import InputError
from okot_audit.tables import Answer, Cell, Period, Table

__version__ = "0.1.0"

__all__ = [
    "Answer", "Catalogue", "Cell", "Finding", "InputError", "Period", "Report", "Table",
    "__version__", "audit", "load_catalogue", "read_answer", "read_text",
]
