"""公示稿: what the public reads of a matter. The detector proposes it from the raw title and
response with the personal data masked (the names of the people on the record among them);
the office edits it and approves it, and what it approves must pass the detector unchanged, so
that what shows is exactly what was approved."""

from __future__ import annotations

from dataclasses import dataclass

from redgrid.common.errors import Invalid
from redgrid.common.masking import mask_text


@dataclass(frozen=True)
class Summary:
    title: str
    response: str


def propose(title: str, response: str | None, names: tuple[str, ...]) -> Summary:
    """The detector's proposal: the raw text with what it finds masked."""
    return Summary(mask_text(title, names) or "", mask_text(response or "", names) or "")


def check_clean(summary: Summary, names: tuple[str, ...]) -> Summary:
    """The edited summary as approved, or a 422 naming the field that still holds personal
    data (the detector would mask it)."""
    for field, words, en in (("title", "标题", "title"), ("response", "答复", "response")):
        text = getattr(summary, field)
        masked = mask_text(text, names)
        if masked != text:
            raise Invalid(f"公示稿的{words}中仍有个人信息，请删去后再审核（检测结果：{masked}）",
                          en=f"the summary's {en} still holds personal data; remove it and "
                             f"approve again (the detector reads: {masked})",
                          field=field)
    return summary
