"""The PII detector against its corpus (pii_corpus.yaml beside this file) and its properties:
what it masks, what it must leave, and that masking is idempotent and never adds."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from redgrid.common.masking import mask_data, mask_text

CORPUS = yaml.safe_load((Path(__file__).parent / "pii_corpus.yaml").read_text("utf-8"))
MASKED, INTACT = CORPUS["masked"], CORPUS["intact"]


def test_the_corpus_is_big_enough():
    assert len(MASKED) >= 100 and len(INTACT) >= 50


@pytest.mark.parametrize("case", MASKED, ids=[c["text"][:30] for c in MASKED])
def test_personal_data_is_masked(case):
    masked = mask_text(case["text"], names=case.get("names", ()))
    assert masked != case["text"]
    if "expect" in case:
        assert masked == case["expect"]
    for secret in case.get("pii", ()):
        assert secret not in masked and unicodedata.normalize("NFKC", secret) not in masked
    for name in case.get("names", ()):
        assert name not in masked
    assert mask_text(masked, names=case.get("names", ())) == masked  # idempotent


@pytest.mark.parametrize("text", INTACT)
def test_what_is_not_personal_stays(text):
    assert mask_text(text) == text


def test_names_are_masked_only_when_given():
    assert mask_text("张三丰反映漏水") == "张三丰反映漏水"
    assert mask_text("张三丰反映漏水", names=["张三丰", "", "张"]) == "张**反映漏水"


def test_structured_values_are_masked_but_ids_and_skipped_keys_stay():
    value = {"id": "0190a5b3-1381-2345-6789-abcdef012345", "title": "电话13812345678",
             "number": "DZ-20261207-0001", "notes": ["张三丰 身份证320102199001011232"],
             "phone": "13812345678", "count": 13812345678, "at": "13812345678"}
    assert mask_data(value, names=["张三丰"], skip=lambda k: k == "at") == {
        "id": "0190a5b3-1381-2345-6789-abcdef012345", "title": "电话138****5678",
        "number": "DZ-20261207-0001", "notes": ["张** 身份证32**************32"],
        "phone": "138****5678", "count": 13812345678, "at": "13812345678"}


# ---- properties
SPELLED = str.maketrans("〇零一二三四五六七八九幺", "001234567891")
MOBILES = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
SEPARATORS = st.sampled_from(["", " ", "-", ".", "  ", "－", "　"])
CHINESE = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), max_size=12)
PLAIN = st.text(alphabet=st.sampled_from(list("的了是在有我们反映楼道路灯漏水，。、！ abcXYZ")),
                max_size=60)
ANY = st.text(alphabet=st.sampled_from(list("0123456789０１２３ -+()（）@.号栋单元室户张三丰先生苏A微信QQ:：x"
                                             "一八幺\u200b")),
              max_size=60)


@settings(max_examples=300, deadline=None)
@given(ANY, st.lists(st.sampled_from(["张三丰", "张三", "李敏"]), max_size=2))
def test_masking_twice_is_masking_once(text, names):
    once = mask_text(text, names=names)
    assert mask_text(once, names=names) == once


@settings(max_examples=300, deadline=None)
@given(ANY)
def test_masking_never_adds_digits(text):
    """A mask only takes digits away: never more of them, never a run longer than the
    text had (so it cannot join two numbers into a new one)."""
    masked = mask_text(text)
    # digits as the detector reads them (it reads 一三八… spelled out as digits)
    form = unicodedata.normalize("NFKC", text).translate(SPELLED)
    assert len(re.findall(r"[0-9]", masked)) <= len(re.findall(r"[0-9]", form))
    longest = max((len(r) for r in re.findall(r"[0-9]+", form)), default=0)
    assert all(len(r) <= longest for r in re.findall(r"[0-9]+", masked))


@settings(max_examples=300, deadline=None)
@given(PLAIN)
def test_text_without_personal_data_is_left_as_it_is(text):
    assert mask_text(text) == text


@settings(max_examples=300, deadline=None)
@given(CHINESE, MOBILES, SEPARATORS, CHINESE)
def test_a_mobile_in_any_spacing_never_survives(before, mobile, sep, after):
    spaced = f"{mobile[:3]}{sep}{mobile[3:7]}{sep}{mobile[7:]}"
    masked = mask_text(before + spaced + after)
    assert mobile not in re.sub(r"\D", "", unicodedata.normalize("NFKC", masked))
    assert masked == before + f"{mobile[:3]}****{mobile[7:]}" + after
