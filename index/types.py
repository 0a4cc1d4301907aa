"""Plain data types shared by the engine and the front ends."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Document:
    """One report: its id (file stem) and the metadata read from its text."""

    id: str
    title: str
    date: str | None = None
    source: str | None = None
    reporter: str | None = None
    editor: str | None = None


@dataclass(frozen=True)
class Passage:
    """A retrievable unit: a paragraph (or a piece of an over-long one)."""

    id: str  # e.g. "anhui-mass-line-2014-05-07#12" or "...#12.2" for a split paragraph
    doc: str  # Document.id
    paragraph: int  # 1-based paragraph number in the body; 0 for the header (title, date, source)
    section: str | None  # heading of the section the paragraph stands under
    text: str  # the report's own text (spam removed)
    sentences: tuple[str, ...]  # text split at sentence ends (header lines for a paragraph 0)
    position: int  # 0-based index of this passage in the engine's passage list


@dataclass(frozen=True)
class Hit:
    """A passage with its rank (1-based) and BM25 score for one query."""

    rank: int
    passage: Passage
    score: float
    relevant: bool = True  # matches the question well enough to be offered as related (see Engine.ask)


@dataclass(frozen=True)
class Answer:
    """The sentence that answers, where it stands, and what to highlight in it."""

    sentence: str
    passage: Passage
    highlights: tuple[tuple[int, int], ...] = ()  # [start, end) character spans in `sentence`
    lead: str | None = None  # a short direct answer (figure, date, name) when one can be given
    # the one sentence chosen, where `sentence` shows it with the one it is read with (the paragraph's motto it stands
    # under, or the sentence it points back to)
    core: str = ""

    @property
    def stated(self) -> str:
        """The one sentence chosen as the answer (`sentence` without the one shown with it)."""
        return self.core or self.sentence


#: What the engine says of a question: the report answers it; speaks of its subject but not of what is asked;
#: or does not speak of it.
STATUSES = ("answered", "partial", "none")


@dataclass(frozen=True)
class Result:
    """Everything the engine says about one question.

    `answer` is the answer for status "answered"; for "partial" it is what the report does say of the
    question's subject (`subject`), and `unsupported` the asked words the report does not support.
    """

    query: str
    answered: bool
    answer: Answer | None
    hits: tuple[Hit, ...]
    suggestions: tuple[str, ...] = ()
    terms: tuple[str, ...] = field(default=())  # the query's tokens after normalization
    status: str = ""  # one of STATUSES; derived from `answered` when not given
    unsupported: tuple[str, ...] = ()
    subject: str | None = None

    def __post_init__(self) -> None:
        if not self.status:
            object.__setattr__(self, "status", "answered" if self.answered else "none")


@dataclass(frozen=True)
class Removal:
    """One piece of spam removed from a report: which line of which document, what, and by which rule."""

    doc: str
    line: int  # 1-based line number in the source file
    text: str
    rule: str  # "pattern" or "heuristic" or "trailing-line"
    replacement: str = ""  # the report's own word put back in its place, if known


@dataclass(frozen=True)
class Skipped:
    """A report an index build left out: its path in the corpus and why."""

    file: str
    reason: str


@dataclass(frozen=True)
class BuildReport:
    """What a build did, for the one-line summary."""

    path: Path
    documents: int
    passages: int
    vocabulary: int
    removed: tuple[Removal, ...]
    seconds: float
    #: Reports left out because they were empty or could not be decoded.
    skipped: tuple[Skipped, ...] = ()
