"""Readers for the formats an answer comes in besides text: PDF and the ``.xlsx`` annex.

Each turns its format into the one :class:`~okot_audit.source.Source` shape, as *layout
text*: a line per table row, every cell at a character column that follows its position on
the page or in the sheet (``positional=True``). Their libraries (pdfplumber, openpyxl) are
imported inside the functions, only when such a file is read.
"""
