"""Case-insensitive keyword rules at case-sensitive speed.

Python's ``re`` cannot skip ahead through a case-insensitive alternation: ``(?i)instab|unstab|…``
tries every branch at every position of the text. The same pattern in lower case, run over
``text.lower()``, is filtered by its first characters and is three to four times faster on the
page's sentences. :func:`keywords` compiles a rule that way; its matches index the text as
given (a text whose length changes in lower case, like ``İ``, is matched case-insensitively
instead), but the text they hold is lower-cased: read positions, not ``group()``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


def _lower_pattern(pattern: str) -> str:
    """``pattern`` with its letters lower-cased; escapes (``\\S``, ``\\W``, ``\\B``) and group names
    (``(?P<who>``) kept as written."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif pattern.startswith(("(?P<", "(?P="), i):
            end = pattern.index(">" if pattern[i + 3] == "<" else ")", i) + 1
            out.append(pattern[i:end])
            i = end
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


@dataclass(frozen=True)
class Keywords:
    """A case-insensitive pattern with ``search`` and ``match`` (see the module docstring)."""

    lower: re.Pattern
    any_case: re.Pattern

    def _target(self, text: str) -> tuple[re.Pattern, str]:
        folded = text.lower()
        return (self.lower, folded) if len(folded) == len(text) else (self.any_case, text)

    def search(self, text: str) -> re.Match | None:
        pattern, target = self._target(text)
        return pattern.search(target)

    def match(self, text: str) -> re.Match | None:
        pattern, target = self._target(text)
        return pattern.match(target)


def keywords(pattern: str) -> Keywords:
    """Compile a case-insensitive rule (written with or without a leading ``(?i)``)."""
    body = pattern.removeprefix("(?i)")
    if "(?-i" in body:
        raise ValueError(f"keywords() cannot lower-case {pattern!r}")
    return Keywords(re.compile(_lower_pattern(body)), re.compile(body, re.IGNORECASE))
