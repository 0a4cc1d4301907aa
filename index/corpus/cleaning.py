"""Remove injected spam from scraped reports before anything is indexed.

Two rules, both reported with where they struck:
- configurable patterns (regular expressions) for known injections, each with the word it replaced where
  that is known (`beplay官网app` stood where the report said 文化), so readers get the report's own words; and
- a heuristic for the usual shape of such injections: a run of Latin letters glued to Chinese text inside a
  sentence (optionally followed by a spam suffix such as 官网/体育/app), and trailing lines that hold no
  Chinese at all after the report has ended.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from index.types import Removal
from index.text.regex import regex

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_SPAM_SUFFIX = r"(?:体育|娱乐|彩票|棋牌|官方|官网|平台|网址|网站|登录|登陆|注册|下载|入口|客户端|手机版|app|APP|App)"

#: Known injections and the word each replaced ("" where unknown: the text is only removed). Extend with
#: `QABOT_SPAM_PATTERNS`: one per line, `REGEX` or `REGEX => REPLACEMENT`. Tried in order.
DEFAULT_PATTERNS: tuple[tuple[str, str], ...] = (
    ("beplay官网app", "文化"),
    ("beplay2体育官网", "典型"),
    (rf"beplay[A-Za-z0-9]*{_SPAM_SUFFIX}*", ""),
)
REPLACEMENT_SEPARATOR = "=>"

# Latin run glued to a Chinese character on its left, with at least one lower-case letter (acronyms such as
# GDP or PM2.5 are written in capitals and stand apart), optionally followed by spam suffixes.
_GLUED_LATIN = regex(
    rf"(?<=[{_HAN}])(?=[A-Za-z0-9]*[a-z])[A-Za-z][A-Za-z0-9]{{2,}}(?:{_SPAM_SUFFIX}|[A-Za-z0-9])*[ \t\u3000]*"
)
_HAN_RE = regex(f"[{_HAN}]")


def parse_pattern(line: str) -> tuple[str, str]:
    """`REGEX` or `REGEX => REPLACEMENT` (one line of `QABOT_SPAM_PATTERNS`) as (regex, replacement)."""
    regex, _, replacement = line.partition(REPLACEMENT_SEPARATOR)
    return regex.strip(), replacement.strip()


class SpamCleaner:
    """Strips injected spam from the lines of a report."""

    def __init__(self, extra_patterns: Iterable[str] = ()) -> None:
        patterns = [*DEFAULT_PATTERNS, *(parse_pattern(p) for p in extra_patterns if p.strip())]
        self._patterns = [(re.compile(p + r"[ \t\u3000]*"), r) for p, r in patterns if p]

    def clean_lines(self, doc: str, lines: Sequence[str]) -> tuple[list[str], list[Removal]]:
        """Return the cleaned lines (same count; a removed line becomes empty) and what was removed."""
        removals: list[Removal] = []
        cleaned: list[str] = []
        for number, line in enumerate(lines, start=1):
            for pattern, replacement in self._patterns:
                line = self._strip(pattern, line, doc, number, "pattern", removals, replacement)
            line = self._strip(_GLUED_LATIN, line, doc, number, "heuristic", removals)
            cleaned.append(line)
        # Trailing lines without any Chinese after the report's last Chinese line are page furniture.
        for index in range(len(cleaned) - 1, -1, -1):
            text = cleaned[index].strip()
            if not text:
                continue
            if _HAN_RE.search(text):
                break
            removals.append(Removal(doc, index + 1, text, "trailing-line"))
            cleaned[index] = ""
        removals.sort(key=lambda r: r.line)
        return cleaned, removals

    @staticmethod
    def _strip(pattern: re.Pattern[str], line: str, doc: str, number: int, rule: str,
               removals: list[Removal], replacement: str = "") -> str:
        def drop(match: re.Match[str]) -> str:
            removals.append(Removal(doc, number, match.group(0).strip(), rule, replacement))
            return replacement

        return pattern.sub(drop, line)
