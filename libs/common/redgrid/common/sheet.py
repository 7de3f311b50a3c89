"""An xlsx report as offices send it upward (and its rows as CSV): a title row, 统计单位 and 制表时间, Chinese headers,
then the rows; long numbers (ticket numbers, phones, 12345 order numbers) as text cells, so that
a spreadsheet neither rounds them nor shows them as 1.38E+10. The same layout is the template an
office fills for a bulk import, and `read` takes such a file back. No I/O: bytes in and out."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import datetime
from io import BytesIO, StringIO
from zipfile import BadZipFile

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from redgrid.common.errors import Invalid

TEXT = "@"  # Excel's text number format


def xlsx(title: str, unit: str, made_at: datetime, headers: Sequence[str],
         rows: Sequence[Sequence[str | int | None]], note: str | None = None) -> bytes:
    """One sheet: the title across the columns, the unit and time (or a template's 说明, the
    note), the header row, the rows. Every cell is written as given; strings stay strings (a
    number-looking one too)."""
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]  # Excel's limit on a sheet's name
    width = len(headers)
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append([f"统计单位：{unit}", *[None] * (width - 2), note or f"制表时间：{made_at:%Y-%m-%d %H:%M}"])
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
    if not rows:  # a template: the columns an office fills are text, so 138… stays a phone
        for i in range(1, width + 1):
            for row in range(4, 504):
                sheet.cell(row=row, column=i).number_format = TEXT
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


HEADER_ROW = 3  # the title and 统计单位 rows come first


def read(data: bytes, most: int) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """A filled template's header row and its rows (each with its row number as the spreadsheet
    shows it), every cell as stripped text; blank rows left out. 422 for a file that is not an
    xlsx workbook, or one of more than `most` rows."""
    try:
        book = load_workbook(BytesIO(data), read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError) as e:
        raise Invalid("文件不是 Excel 工作簿（.xlsx），请下载模板填写后上传",
                      en="the file is not an xlsx workbook; fill in the template") from e
    sheet = book.worksheets[0]
    headers: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [_text(v) for v in values]
        if number == HEADER_ROW:
            headers = cells
        elif number > HEADER_ROW and any(cells):
            if len(rows) == most:
                raise Invalid(f"一次最多导入 {most} 行，请分批上传",
                              en=f"at most {most} rows per import")
            rows.append((number, cells))
    book.close()
    return headers, rows


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone typed as a number: 13800000000.0
    return str(value).strip()
