"""``keywords``: a case-insensitive rule run over lower-cased text finds what ``re.IGNORECASE`` finds."""
from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from icsfeed.extract.impact import sentences
from icsfeed.extract.keywords import Keywords, keywords

MODULES = [importlib.import_module(f"icsfeed.extract.{name}") for name in ("classify", "impact")]
RULES = {f"{module.__name__}.{name}": value for module in MODULES
         for name, value in vars(module).items() if isinstance(value, Keywords)}


def _span(match: re.Match | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


@pytest.fixture(scope="module")
def seed_sentences(seed_messages) -> list[str]:
    return sorted({s for m in seed_messages for text in (m.title, *m.body.splitlines()) for s in sentences(text)})


def test_the_engine_uses_keyword_rules():
    assert len(RULES) >= 30


@pytest.mark.parametrize("name", sorted(RULES))
def test_every_rule_matches_the_seed_as_ignorecase_does(name, seed_sentences):
    rule = RULES[name]
    for sentence in seed_sentences:
        assert _span(rule.search(sentence)) == _span(rule.any_case.search(sentence)), sentence
        assert _span(rule.match(sentence)) == _span(rule.any_case.match(sentence)), sentence


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"abcDEFæøÅİßK  .-:/0123", "Done", "CANCELLED", "Nødprocedure"]),
                max_size=30).map("".join))
def test_positions_index_the_text_as_given(text):
    rule = keywords(r"(?i)done|cancel+ed|nødprocedure|\bk\b|(?P<who>def)")
    assert _span(rule.search(text)) == _span(rule.any_case.search(text))


def test_escapes_and_group_names_keep_their_case():
    rule = keywords(r"(?i)\bTFE\b\S*|(?P<Who>WO)\d+")
    assert rule.search("see TFE-test").span() == (4, 12)
    assert rule.search("ref wo123").start("Who") == 4
    assert rule.search("TFEX") is None


def test_a_case_sensitive_part_is_refused():
    with pytest.raises(ValueError):
        keywords(r"(?i)a(?-i:B)")
