"""Problem answers in the reader's language: Chinese by default, English on request, no regex
or repr ever."""

from __future__ import annotations

from redgrid.common import wording


def test_chinese_unless_english_comes_first():
    assert not wording.english(None) and not wording.english("zh-CN,zh;q=0.9,en;q=0.8")
    assert wording.english("en") and wording.english("en-GB,zh;q=0.5")
    assert wording.title("not-found", False) == "未找到，或不在您的管辖范围内"
    assert wording.title("not-found", True) == "No such thing, or not yours to see"
    assert wording.title("some-new-slug", False, "Own words") == "Own words"


def test_validation_messages_say_what_is_wrong_without_regex_or_repr():
    pattern = {"type": "string_pattern_mismatch", "msg": "String should match pattern '^[0-9]+$'",
               "ctx": {"pattern": "^[0-9]+$"}}
    assert wording.message(pattern, False) == "格式不正确"
    assert "^" not in wording.message(pattern, True)
    enum = {"type": "enum", "msg": "Input should be 'sms', 'email' or 'inbox'",
            "ctx": {"expected": "'sms', 'email' or 'inbox'"}}
    assert wording.message(enum, False) == "只能是：sms、email、inbox"
    assert wording.message(enum, True) == "must be one of: sms, email, inbox"
    long = {"type": "string_too_long", "ctx": {"max_length": 200}}
    assert wording.message(long, False) == "不能超过 200 个字符"
    own = {"type": "value_error", "msg": "Value error, 含控制字符", "ctx": {"error": "含控制字符"}}
    assert wording.message(own, False) == "含控制字符"
    assert wording.message({"type": "never-heard-of"}, False) == "取值不正确"


def test_our_validators_words_in_both_languages_and_roles_by_their_names():
    ours = {"type": "string_too_long", "msg": "title 不能超过 5 个字符",
            "ctx": {"field": "title", "max_length": 5,
                    "en": "{field} has at most {max_length} characters"}}
    assert wording.message(ours, False) == "title 不能超过 5 个字符"
    assert wording.message(ours, True) == "title has at most 5 characters"
    assert wording.roles(["grid_worker", "community_admin"], False) == "网格员、社区管理员"
    assert wording.roles(["grid_worker", "community_admin"], True) == \
        "grid worker, community admin"
