"""/v1/imports: bulk imports (批量导入) of people and co-building units from the xlsx template,
with a dry run (预检) that lists every row's problem before anything is written."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote
from uuid import UUID

from fastapi import APIRouter, File, Query, UploadFile
from fastapi.responses import Response

from redgrid.common.http import MAX_BODY, Auth, Now, Pool
from redgrid.registry.domain.imports import TITLES, ImportKind
from redgrid.registry.models import ImportReport
from redgrid.registry.usecases import imports as usecases

router = APIRouter(prefix="/v1/imports", tags=["imports"])
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
Sheet = Annotated[UploadFile, File(description="The filled template (.xlsx), at most 1 MB")]


@router.get("/{kind}/template.xlsx", response_class=Response,
            summary="Offices: the kind's xlsx template (标题、统计单位、说明, Chinese headers)",
            responses={200: {"content": {XLSX: {"schema": {"type": "string",
                                                           "format": "binary"}}},
                             "description": "人员批量导入模板.xlsx"}})
async def import_template(kind: ImportKind, who: Auth, pool: Pool, clock: Now) -> Response:
    body = await usecases.template(kind, who, pool, clock)
    return Response(body, media_type=XLSX, headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(TITLES[kind] + '.xlsx')}"})


@router.post("/{kind}", response_model=ImportReport,
             summary="Offices: import a filled template. dry_run (预检, the default) writes "
                     "nothing; a real run writes every row in one transaction, or none if any "
                     "row has a problem",
             responses={413: {"description": "The file is over 1 MB"}})
async def import_rows(kind: ImportKind, file: Sheet, who: Auth, pool: Pool,
                      dry_run: bool = True,
                      org_id: Annotated[UUID | None, Query(
                          description="The organisation imported into (rows without 所属组织 "
                                      "belong to it; named ones lie under it); default: your "
                                      "scope")] = None):
    data = await file.read(MAX_BODY)
    return await usecases.run(kind, data, dry_run, org_id, who, pool)
