// Photos go up before the matter is sent (POST /v1/photos, multipart): each upload answers an id
// the report then names. openapi-fetch sends FormData as it is.
import { tickets } from "../api/clients";
import { problemText } from "./words";

export async function uploadPhoto(file: File): Promise<string> {
  const body = new FormData();
  body.append("file", file, file.name);
  const { data, error } = await tickets.POST("/v1/photos", {
    body: body as unknown as { file: string; keep_location: boolean },
    bodySerializer: (b) => b as unknown as FormData,
  });
  if (error || !data) throw new Error(problemText(error, "照片上传失败"));
  return data.id;
}
