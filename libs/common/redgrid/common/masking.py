"""Residents' personal data masked wherever it leaves its owner's view (公示, events, logs).

`mask_text` is the detector for free Chinese text: mobiles, landlines, ID numbers (身份证),
bank cards, e-mails, licence plates, room-level addresses, QQ/WeChat ids and the names of the
people on the record. It looks at the text normalised (NFKC: full-width digits, ＠, （）) and
replaces only what it found in the text as written. What it finds and leaves: docs/security.md.
No library serves this (see the docs); it is regular expressions with the checks that make them
precise (GB 11643 check digit, Luhn, real dates, province codes, the words around a number).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date

_BUILDING = re.compile(r"^(.*?(?:\d+\s*(?:栋|幢|号楼|座)|(?:栋|幢|号楼|座)))")
_PLACE = re.compile(r"^(.*?(?:小区|社区|村|路|街|巷|道|里|苑|园|城))")
_MOBILE = re.compile(r"^(?:\+?86)?(1\d{2})\d{4}(\d{4})$")


def mask_name(name: str | None) -> str | None:
    """张三 -> 张*, 欧阳娜娜 -> 欧***; a single character stays as *."""
    if not name:
        return name
    name = name.strip()
    return name[0] + "*" * (len(name) - 1) if len(name) > 1 else "*"


def mask_phone(phone: str | None) -> str | None:
    """13812345678 -> 138****5678; other numbers keep only their last four digits."""
    if not phone:
        return phone
    digits = re.sub(r"[\s\-()]", "", phone)
    m = _MOBILE.match(digits)
    if m:
        return f"{m.group(1)}****{m.group(2)}"
    return "*" * max(0, len(digits) - 4) + digits[-4:] if len(digits) > 4 else "****"


def mask_address(address: str | None) -> str | None:
    """Cut to the building: 双井巷12号3栋2单元401室 -> 双井巷12号3栋; no building -> the street."""
    if not address:
        return address
    address = address.strip()
    m = _BUILDING.match(address)
    if m:  # cut after the building (an address cut there already stays as it is)
        return m.group(1)
    m = _PLACE.match(address)
    if m and m.group(1) != address:
        return m.group(1)
    return address[: max(1, len(address) // 2)] + "…"


# ---- the detector: each kind is a pattern and a function from its match to the mask (None:
# not this kind after all). The patterns read the NFKC form, ASCII digits only.
_SEP = r"[ \t\-‐‑‒–—.·()]"  # what people put between the digits of one number
_PREFIX = r"(?:(?:\+|00)\s*86|\(\s*\+?86\s*\)|86(?=[ \-]))[ \-]*"  # +86, 0086, (+86), 86-
# A number ends where the digits do, and never begins or ends at an earlier mask (masking
# twice is masking once).
_NOT_AFTER = r"(?![0-9*]|[ \-.]\*)"

MOBILE = re.compile(rf"(?=[0-9+(])(?<![0-9+*])(?:{_PREFIX})?(?:\((1[3-9][0-9])\)|(1 ?[3-9] ?[0-9]))"
                    rf"((?:{_SEP}{{0,3}}[0-9]){{8}}){_NOT_AFTER}")
LANDLINE = re.compile(
    rf"(?=[0-9+(])(?<![0-9+*])(?:(?:\+|00)86[ \-]*\(?0?|[(]?0)(10|2[0-9][0-9]?|[3-9][0-9]{{2}})[)]?[ \-]*"
    rf"([2-9](?:[ \-]?[0-9]){{6,7}}){_NOT_AFTER}(?:[ ]*(?:-|转|ext\.?)[ ]*[0-9]{{1,5}}(?![0-9]))?")
ID_18 = re.compile(r"(?=[1-8])(?<![A-Za-z0-9*])([1-8][0-9]{5}) ?((?:18|19|20)[0-9]{6}) ?([0-9]{3}[0-9Xx])"
                   r"(?![A-Za-z0-9*])")
ID_15 = re.compile(r"(?=[1-8])(?<![A-Za-z0-9*])([1-8][0-9]{5})([0-9]{6})([0-9]{3})(?![A-Za-z0-9*])")
CARD = re.compile(rf"(?=[0-9])(?<![A-Za-z0-9*])([0-9]{{4}}(?:[ \-]?[0-9]){{8,15}}){_NOT_AFTER}")
EMAIL = re.compile(r"(?=[A-Za-z0-9])(?<![A-Za-z0-9._%+\-@*])([A-Za-z0-9][A-Za-z0-9._%+\-]*)@"
                   r"([A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})")
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_LETTER = "A-HJ-NP-Z"
PLATE = re.compile(
    rf"(?=[{_PROVINCES}])(?<![0-9*])([{_PROVINCES}][{_PLATE_LETTER}])[ ·•.\-]?"
    rf"([DF][{_PLATE_LETTER}0-9][0-9]{{4}}|[0-9]{{5}}[DF]|[{_PLATE_LETTER}0-9]{{4}}[{_PLATE_LETTER}0-9挂学警])"
    r"(?![A-Za-z0-9*])")
_NUM = r"(?:[0-9]+|[一二三四五六七八九十]+)"
_ROOM_PART = (rf"{_NUM}单元|{_NUM}(?:层|楼(?![道梯下上顶]))|[0-9A-Za-z]{{1,5}}(?:室(?!厅)|户|号房|号(?![楼院线门]))"
              r"|[0-9]{1,2}(?=-[0-9])|[0-9]{2,5}(?![\- ]?\*)(?![0-9*年月日元人户个号栋幢楼层次件%.:点时分岁米平万千百亿克斤吨天周期届级路街巷弄])")
# room-level parts after a building (栋 幢 号楼 座 号); the tail is cut to ** (not a lone floor)
ROOM = re.compile(rf"(?=[栋幢号座])(?<=[0-9A-Za-z一二三四五六七八九十])(?:栋|幢|号楼|座|号)((?:[ \-#]?(?:{_ROOM_PART}))+)")
UNIT = re.compile(rf"(?=[0-9一二三四五六七八九十])(?<![0-9第*])({_NUM}单元(?:[ \-]?(?:{_ROOM_PART}))*)")
DASHED_ROOM = re.compile(r"(?=[0-9\s])(?<=[区苑园村寓厦城庭府邸湾里号])\s?([0-9]{1,3})-([0-9]{1,2}-[0-9]{3,4})(?![0-9\-*])")
QQ = re.compile(r"(?:QQ|qq|Qq|扣扣)(?:群)?(?:号码|号)?[ :：]*([1-9][0-9]{4,11})(?![0-9*])")
WECHAT = re.compile(r"(?:微信|(?<![A-Za-z])(?:wechat|WeChat|weixin|wx|WX|vx|VX|V信|v信))(?!公众号|群|支付|小程序|扫)"
                    r"(?:号码|号)?[ :：]*([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9*])")

_PHONE_WORDS = ("电话", "手机", "号码", "联系", "来电", "致电", "tel", "Tel", "TEL", "微信")
_ID_WORDS = ("身份证", "证件", "身份号", "公民号", "ID")
_CARD_WORDS = ("卡号", "银行卡", "信用卡", "储蓄卡", "账号", "帐号", "账户", "帐户")
_CHECK_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_PROVINCE_CODES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45,
                   46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91}
_FAST = re.compile(r"[0-9@０-９＠]|[〇零一二三四五六七八九幺](?:[ \-]?[〇零一二三四五六七八九幺]){6}|单元|微信|[WwVv][Xx]|[Ww][Ee][Cc][Hh][Aa][Tt]|[Vv]信|weixin")


def _keep(value: str, head: int, tail: int) -> str:
    return value[:head] + "*" * max(1, len(value) - head - tail) + value[len(value) - tail:]


def _digits(value: str) -> str:
    return re.sub(r"[^0-9Xx]", "", value)


_FILLER = re.compile(r"[\s:：,，是为的号码(（]{0,6}$")


def _said(text: str, start: int, words: tuple[str, ...]) -> bool:
    """The text says what the number at `start` is: 身份证(号码)(：)320…, 卡号 6222…"""
    before = text[max(0, start - 16):start]
    return any(before[:cut].endswith(words)
               for cut in range(_FILLER.search(before).start(), len(before) + 1))


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1880 <= year <= date.today().year


def _check_digit(first17: str) -> str:
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, _CHECK_WEIGHTS, strict=True)) % 11]


def _luhn(digits: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _mobile(m: re.Match, text: str) -> str | None:
    if re.fullmatch(r"[0-9]+\.[0-9]+", m.group(0)) and not _said(text, m.start(), _PHONE_WORDS):
        return None  # 134.20512345: a decimal (a longitude), unless the text says it is a phone
    digits = _digits(m.group(1) or m.group(2)) + _digits(m.group(3))
    return f"{digits[:3]}****{digits[-4:]}"


def _landline(m: re.Match, text: str) -> str:
    return f"0{m.group(1)}-****{_digits(m.group(2))[-4:]}"


def _id18(m: re.Match, text: str) -> str | None:
    number = (m.group(1) + m.group(2) + m.group(3)).upper()
    born = m.group(2)
    if int(number[:2]) not in _PROVINCE_CODES or not _real_date(
            int(born[:4]), int(born[4:6]), int(born[6:])):
        return None
    if _check_digit(number[:17]) != number[17] and not _said(text, m.start(), _ID_WORDS):
        return None  # a wrong check digit: not an ID number, unless the text says it is one
    return _keep(number, 2, 2)


def _id15(m: re.Match, text: str) -> str | None:
    born = m.group(2)
    if int(m.group(1)[:2]) not in _PROVINCE_CODES or not _real_date(
            1900 + int(born[:2]), int(born[2:4]), int(born[4:])):
        return None
    return _keep(m.group(0), 2, 2)


def _card(m: re.Match, text: str) -> str | None:
    digits = _digits(m.group(1))
    if not 13 <= len(digits) <= 19:
        return None
    said = _said(text, m.start(), _CARD_WORDS)
    # Cards issued here begin 3 (JCB, Amex), 4, 5, 6 (UnionPay 62); 12345 orders and our own
    # numbers begin with a year (2…), so a bare number must begin so and pass the Luhn check.
    if not said and not (digits[0] in "3456" and _luhn(digits)):
        return None
    return _keep(digits, 0, 4)


def _email(m: re.Match, text: str) -> str:
    return f"{m.group(1)[0]}***@{m.group(2)}"


def _plate(m: re.Match, text: str) -> str | None:
    if not any(c.isdigit() for c in m.group(2)):
        return None  # 苏ABCDE…: a word, not a plate
    return m.group(1) + "*" * len(m.group(2))


def _room(m: re.Match, text: str) -> str | None:
    tail = m.group(1)
    if not re.search(r"单元|室|户|房|号|(?<![0-9])[0-9]{3,5}(?![0-9层楼])", tail):
        return None  # only a floor: 人民医院3号楼2层 stays
    return "**"


def _dashed(m: re.Match, text: str) -> str:
    return m.group(1) + "-**"


def _account(m: re.Match, text: str) -> str:
    return _keep(m.group(1), 1, 0) if not m.group(1).isdigit() else _keep(m.group(1), 2, 2)


Finder = tuple[re.Pattern, Callable[[re.Match, str], str | None], int, tuple[str, ...]]
# (pattern, mask, group replaced (0: the whole match), words one of which the text must have:
# a cheap test before the pattern's scan)
_DIGIT = tuple("0123456789")
FINDERS: tuple[Finder, ...] = (
    (EMAIL, _email, 0, ("@",)),
    (ID_18, _id18, 0, _DIGIT),
    (ID_15, _id15, 0, _DIGIT),
    (MOBILE, _mobile, 0, _DIGIT),
    (LANDLINE, _landline, 0, ("0", "86")),
    (CARD, _card, 0, _DIGIT),
    (PLATE, _plate, 0, _DIGIT),
    (QQ, _account, 1, ("QQ", "qq", "Qq", "扣扣")),
    (WECHAT, _account, 1, ("微信", "wechat", "WeChat", "weixin", "wx", "WX", "vx", "VX", "信")),
    (ROOM, _room, 1, ("栋", "幢", "号", "座")),
    (UNIT, lambda m, t: "**", 1, ("单元",)),
    (DASHED_ROOM, _dashed, 0, ("-",)),
)


class _Nfkc(dict):
    """A str.translate table that learns: each character's NFKC form, found once; format
    characters (zero-width spaces and joiners, soft hyphens) dropped: they hide a number."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        self[code] = "" if unicodedata.category(ch) == "Cf" else unicodedata.normalize("NFKC", ch)
        return self[code]


class _Uneven(dict):
    """A str.translate table: '' for characters whose NFKC form is one character, else 'x'."""

    def __missing__(self, code: int) -> str:
        self[code] = "" if len(_NFKC[code]) == 1 else "x"
        return self[code]


_NFKC, _UNEVEN = _Nfkc(), _Uneven()
# Seven and more Chinese digits in a row (spaces and dashes between) are a number spelled out:
# read as digits for the finding, one character for one.
_CHINESE_DIGITS = str.maketrans("〇零一二三四五六七八九幺", "001234567891")
_SPELLED = re.compile(r"[〇零一二三四五六七八九幺](?:[ \-]?[〇零一二三四五六七八九幺]){6,}")


def _normalised(text: str) -> tuple[str, list[int] | None]:
    """The NFKC form (of each character), and where each of its characters came from in `text`
    (None: one for one)."""
    if text.isascii():
        return text, None
    form = text.translate(_NFKC)
    if _SPELLED.search(form):  # 一三八一二三四五六七八: a number spelled out, digit for digit
        form = _SPELLED.sub(lambda m: m.group(0).translate(_CHINESE_DIGITS), form)
    if not text.translate(_UNEVEN):
        return form, None
    origin = []
    for i, ch in enumerate(text):
        origin.extend([i] * len(_NFKC[ord(ch)]))
    origin.append(len(text))
    return form, origin


@functools.lru_cache(maxsize=1024)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern | None:
    """张三丰 (also 张 三 丰) anywhere; the longest name first."""
    wanted = sorted({unicodedata.normalize("NFKC", n).strip() for n in names if n}, key=len,
                    reverse=True)
    wanted = [n for n in wanted if len(n) >= 2]
    if not wanted:
        return None
    return re.compile("|".join(r"\s?".join(map(re.escape, n)) for n in wanted))


def find(text: str, names: tuple[str, ...] = ()) -> tuple[list[tuple[int, int, str]], bool]:
    """The personal data in `text` (its NFKC form): (start, end, mask) in order, never
    overlapping (the earlier, then the longer, wins); and whether one overlapped another (what
    lost may hide a number of its own: masking runs again)."""
    found: list[tuple[int, int, str]] = []
    pattern = _names_pattern(names) if names else None
    if pattern is not None:
        found += [(m.start(), m.end(), mask_name(re.sub(r"\s", "", m.group(0))) or "*")
                  for m in pattern.finditer(text)]
    if _FAST.search(text):
        for regex, mask, group, needs in FINDERS:
            if not any(word in text for word in needs):
                continue
            for m in regex.finditer(text):
                masked = mask(m, text)
                if masked is not None:
                    found.append((m.start(group), m.end(group), masked))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    kept: list[tuple[int, int, str]] = []
    overlapped = False
    for start, end, masked in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, masked))
        elif end > kept[-1][1]:  # lost, reaching past the one kept: its scan went past it
            overlapped = True
    return kept, overlapped


def _mask_once(text: str, names: tuple[str, ...]) -> tuple[str, bool]:
    form, origin = _normalised(text)
    spans, overlapped = find(form, names)
    out, at = [], 0
    for start, end, masked in spans:
        if origin is not None:
            start, end = origin[start], origin[end - 1] + 1
        if start < at:  # two normalised spans from one character as written
            overlapped = True
            continue
        out += [text[at:start], masked]
        at = end
    out.append(text[at:])
    return "".join(out), overlapped


def mask_text(text: str | None, names: Iterable[str] = ()) -> str | None:
    """Free text (a title, a response, a note) with the personal data in it masked: the text
    as written, only what was found replaced; `names` are the people on the record
    (reporter, parties), masked wherever they appear (张三丰先生 -> 张**先生)."""
    if not text:
        return text
    names = tuple(names or ())
    if not names and not _FAST.search(text):
        return text
    for _ in range(3):
        text, again = _mask_once(text, names)
        if not again:
            break
    return text


_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def mask_data(value, names: Iterable[str] = (), skip: Callable[[str], bool] | None = None):
    """Every string in a JSON-like value (dicts, lists) through `mask_text`; uuids, numbers and
    the values of keys that `skip` names (ids, times) as they are."""
    names = tuple(names or ())
    if isinstance(value, str):
        return value if _UUID.match(value) else mask_text(value, names)
    if isinstance(value, dict):
        return {k: v if skip and isinstance(k, str) and skip(k) else mask_data(v, names, skip)
                for k, v in value.items()}
    if type(value) in (list, tuple):
        return type(value)(mask_data(v, names, skip) for v in value)
    return value
