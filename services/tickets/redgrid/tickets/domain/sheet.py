"""An xlsx report as offices send it upward (and its rows as CSV): a title row, 统计单位 and 制表时间, Chinese headers,
then the rows; long numbers (ticket numbers, phones, 12345 order numbers) as text cells, so that
a spreadsheet neither rounds them nor shows them as 1.38E+10. No I/O: bytes out."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import datetime
from io import BytesIO, StringIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

TEXT = "@"  # Excel's text number format


def xlsx(title: str, unit: str, made_at: datetime, headers: Sequence[str],
         rows: Sequence[Sequence[str | int | None]]) -> bytes:
    """One sheet: the title across the columns, the unit and time, the header row, the rows.
    Every cell is written as given; strings stay strings (a number-looking one too)."""
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]  # Excel's limit on a sheet's name
    width = len(headers)
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append([f"统计单位：{unit}", *[None] * (width - 2), f"制表时间：{made_at:%Y-%m-%d %H:%M}"])
    sheet.append(list(headers))
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.number_format = TEXT
    for i, header in enumerate(headers, start=1):
        longest = max([len(str(r[i - 1] or "")) for r in rows] + [len(header)])
        sheet.column_dimensions[get_column_letter(i)].width = min(60, 4 + 2 * longest)
    sheet.freeze_panes = "A4"
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(headers: Sequence[str], rows: Sequence[Sequence[str | int | None]]) -> bytes:
    """The same rows as CSV in UTF-8 with a byte-order mark: without one, Excel on a Chinese
    Windows reads the file as GBK and shows mojibake. The header row, then the rows; no title
    rows (a CSV is read by programs too). Lines end in CRLF (RFC 4180)."""
    out = StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return "\ufeff".encode() + out.getvalue().encode()
