"""The question as the bot understood it, in the user's own words.

The engine reads questions in their matching form (哪四个 → 哪4个, 蕪湖 → 芜湖, full-width → half-width) and
rewrites a follow-up in full from the conversation's question ("那芜湖市呢?" → "请问芜湖市开展了哪4个专项行动?").
What the bot shows ("问：…") is that understanding, but every stretch of it that the user typed (in this message
or in the question it follows up) in their own characters, and without a polite opening such as 请问.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

Normalize = Callable[[str], str]
NormalizeWithOffsets = Callable[[str], tuple[str, list[int]]]

#: Polite openings left out of the question shown ("请问合肥市…" → "合肥市…").
_POLITE = re.compile(r"^\s*(?:请问一下|請問一下|请问|請問|请教一下|请教|麻烦问一下|问一下|我想问一下|我想问|想问一下|想问"
                     r"|我想知道|想知道)[\s,，:：]*")


def _loose(text: str) -> str:
    return "".join(text.split())


def rewritten(normalize: Normalize, text: str, understood: str) -> bool:
    """Did the engine read the message as another question than its own words (a follow-up rewritten in full)?"""
    return _loose(normalize(understood)) != _loose(normalize(text))


def in_own_words(normalize: NormalizeWithOffsets, understood: str, sources: Sequence[str]) -> str:
    """`understood` with each stretch that matches one of `sources` (as the engine reads them) in the source's own
    characters (the longest stretches first); what matches none stays as understood."""
    reading, _ = normalize(understood)
    own: dict[int, tuple[int, str]] = {}  # where a stretch of `reading` starts → its length, the user's text
    covered = [False] * len(reading)
    blocks = []  # (length, start in reading, start in the source's reading, source, its offsets)
    for source in sources:
        folded, offsets = normalize(source)
        for block in SequenceMatcher(None, reading, folded, autojunk=False).get_matching_blocks():
            if block.size:
                blocks.append((block.size, block.a, block.b, source, [*offsets, len(source)]))
    for size, a, b, source, offsets in sorted(blocks, key=lambda x: -x[0]):  # the longest stretches first
        i = a
        while i < a + size:  # the parts of the stretch no longer one took already
            if covered[i]:
                i += 1
                continue
            j = i
            while j < a + size and not covered[j]:
                covered[j] = True
                j += 1
            own[i] = (j - i, source[offsets[b + i - a]:offsets[b + j - a]])
            i = j
    out: list[str] = []
    at = 0
    while at < len(reading):
        if at in own:
            size, text = own[at]
            out.append(text)
            at += size
        else:
            out.append(reading[at])
            at += 1
    return "".join(out)


def tidy(question: str) -> str:
    """The question without a polite opening (请问, 我想知道 …), its spaces folded."""
    bare = _POLITE.sub("", question, count=1)
    return " ".join((bare or question).split())
