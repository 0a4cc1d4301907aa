"""Make a synthetic corpus of N passages that reads like an archive of news reports.

    python bench/gen_corpus.py N OUT_DIR [--seed 1] [--no-report]

Every document looks like the report in corpus/: a title, a "发表时间:… 来源:…" line, section headings and
indented paragraphs, a reporter now and then, an editor line at the end. Its sentences are sentences of the
report in which about half of the words are replaced by words drawn from jieba's dictionary in proportion
to their frequency there (jieba's frequencies come from real text, so the vocabulary keeps growing with the
corpus the way real text's does). Paragraph lengths follow the report's; each paragraph is one passage
(at most 300 characters) and each document adds its header passage, so the corpus has exactly N passages.
The report itself is document 0 (unless --no-report), so its questions still have their answers.

Documents go into subfolders of at most 1,000 files. The same N and seed give the same corpus.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.corpus.chunking import MAX_PASSAGE_CHARS  # noqa: E402
from index.corpus.documents import HEADING_MAX_CHARS, parse_report  # noqa: E402
from index.corpus.files import corpus_files  # noqa: E402
from index.corpus.reports import collect_passages  # noqa: E402
from index.text.places import jieba_dictionary  # noqa: E402
from index.text.tokenization import import_jieba  # noqa: E402

#: Share of the report's words replaced by dictionary words.
REPLACE = 0.5
#: Body paragraphs per document (uniform in this range).
PARAGRAPHS = (8, 40)
#: Paragraphs per section (uniform in this range).
SECTION = (3, 8)
FILES_PER_FOLDER = 1000
SOURCES = ("安徽日报", "人民日报", "新华社", "光明日报", "经济日报", "中国青年报", "新安晚报", "合肥晚报", "工人日报",
           "法制日报", "中安在线", "科技日报")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳"
_END = "。!?!?…"
_NOT_HEADING_END = _END + "”’\"):;:;,,、"


class Words:
    """Draws dictionary words in proportion to their frequency, in large vectorized batches."""

    def __init__(self, rng: np.random.Generator) -> None:
        words: list[str] = []
        freqs: list[int] = []
        with jieba_dictionary().open(encoding="utf-8") as handle:
            for line in handle:
                parts = line.split()
                if len(parts) >= 2 and all("\u4e00" <= ch <= "\u9fd5" for ch in parts[0]):
                    words.append(parts[0])
                    freqs.append(int(parts[1]))
        self.words = words
        self._cdf = np.cumsum(np.asarray(freqs, dtype=np.float64))
        self._cdf /= self._cdf[-1]
        self._rng = rng
        self._batch: list[int] = []
        self._next = 0

    def draw(self) -> str:
        """One word."""
        if self._next >= len(self._batch):
            u = self._rng.random(1 << 18)
            self._batch = np.searchsorted(self._cdf, u, side="right").clip(0, len(self.words) - 1).tolist()
            self._next = 0
        word = self.words[self._batch[self._next]]
        self._next += 1
        return word


class Generator:
    """Writes documents built from the report's sentences with dictionary words mixed in."""

    def __init__(self, corpus: Path, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        self.words = Words(self.rng)
        jieba = import_jieba()
        seg = jieba.Tokenizer()
        seg.initialize()
        _, passages, _ = collect_passages(corpus, corpus_files(corpus))
        sentences = [s for p in passages if p["paragraph"] > 0 for s in p["sentences"]]
        self.lengths = [sum(len(s) for s in p["sentences"]) for p in passages if p["paragraph"] > 0]
        self.sentences = [self._template(seg, s) for s in sentences]
        self.titles: list[list[tuple[str, bool]]] = []
        self.headings: list[list[tuple[str, bool]]] = []
        for path in corpus_files(corpus):
            lines = path.read_text(encoding="utf-8-sig").splitlines()
            report = parse_report(path.stem, lines)
            self.titles.append(self._template(seg, report.document.title))
            self.headings.extend(self._template(seg, p.section) for p in report.paragraphs if p.section)
        self.headings = list({tuple(h): h for h in self.headings}.values()) or self.titles
        self._uniform: list[float] = []

    @staticmethod
    def _template(seg: object, text: str) -> list[tuple[str, bool]]:
        """The text's words, each marked whether it may be replaced (Chinese words only)."""
        words = list(seg.cut(text.strip()))  # type: ignore[attr-defined]
        return [(w, all("\u4e00" <= ch <= "\u9fd5" for ch in w)) for w in words]

    def _u(self) -> float:
        if not self._uniform:
            self._uniform = self.rng.random(1 << 18).tolist()
        return self._uniform.pop()

    def _pick(self, n: int) -> int:
        return min(int(self._u() * n), n - 1)

    def _fill(self, template: list[tuple[str, bool]]) -> str:
        return "".join(self.words.draw() if free and self._u() < REPLACE else word for word, free in template)

    def _sentence(self) -> str:
        return self._fill(self.sentences[self._pick(len(self.sentences))])

    def _short(self, templates: list[list[tuple[str, bool]]]) -> str:
        """A heading or title: no sentence-final punctuation at its end, at most HEADING_MAX_CHARS."""
        text = self._fill(templates[self._pick(len(templates))]).strip()[:HEADING_MAX_CHARS]
        while text and text[-1] in _NOT_HEADING_END:
            text = text[:-1]
        return text or "综述"

    def _name(self) -> str:
        given = "".join(GIVEN[self._pick(len(GIVEN))] for _ in range(1 + (self._u() < 0.6)))
        return SURNAMES[self._pick(len(SURNAMES))] + given

    def paragraph(self) -> str:
        """Sentences up to a length drawn from the report's paragraph lengths (at most one passage)."""
        target = min(self.lengths[self._pick(len(self.lengths))], MAX_PASSAGE_CHARS)
        text = self._sentence()
        while len(text) < target:
            more = self._sentence()
            if len(text) + len(more) > MAX_PASSAGE_CHARS:
                break
            text += more
        if len(text) > MAX_PASSAGE_CHARS:  # one over-long sentence: cut it at a sentence end of our own
            text = text[: MAX_PASSAGE_CHARS - 1] + "。"
        # A paragraph must not look like a heading (short, no final punctuation).
        if text[-1] not in _END and len(text) <= HEADING_MAX_CHARS:
            text += "。"
        return text

    def document(self, paragraphs: int) -> str:
        """One report with `paragraphs` body paragraphs."""
        year = 2005 + self._pick(15)
        date = f"{year}-{1 + self._pick(12):02d}-{1 + self._pick(28):02d}"
        lines = [self._short(self.titles), f"发表时间:{date}    来源:{SOURCES[self._pick(len(SOURCES))]}", ""]
        until_heading = 0
        for number in range(paragraphs):
            if until_heading <= 0 and number > 0:
                lines.append(self._short(self.headings))
                lines.append("")
                until_heading = SECTION[0] + self._pick(SECTION[1] - SECTION[0] + 1)
            until_heading -= 1
            text = self.paragraph()
            if number == 0 and self._u() < 0.3:
                text = f"本报讯(记者 {self._name()})" + text
                if len(text) > MAX_PASSAGE_CHARS:
                    text = text[: MAX_PASSAGE_CHARS - 1] + "。"
            lines.append("  " + text)
            lines.append("")
        lines.append(f"(责任编辑:{self._name()})")
        return "\n".join(lines) + "\n"


def generate(n: int, out: Path, seed: int = 1, include_report: bool = True, corpus: Path | None = None,
             quiet: bool = False) -> tuple[int, int]:
    """Write a corpus of exactly `n` passages into `out` (replaced if it exists): (documents, passages)."""
    corpus = corpus or ROOT / "corpus"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    gen = Generator(corpus, seed)
    made = documents = 0
    if include_report:
        for path in corpus_files(corpus):
            _, passages, _ = collect_passages(corpus, [path])
            if made + len(passages) > n:
                break
            shutil.copyfile(path, out / path.name)
            made += len(passages)
            documents += 1
    started = time.perf_counter()
    last_folder: Path | None = None
    while made < n:
        left = n - made
        body = PARAGRAPHS[0] + gen._pick(PARAGRAPHS[1] - PARAGRAPHS[0] + 1)
        body = min(body, left - 1)  # with one passage left, a header-only document
        folder = out / f"{documents // FILES_PER_FOLDER:04d}"
        if folder != last_folder:
            folder.mkdir(exist_ok=True)
            last_folder = folder
        (folder / f"report-{documents:07d}.txt").write_text(gen.document(body), encoding="utf-8")
        made += body + 1
        documents += 1
        if not quiet and documents % 2000 == 0:
            rate = made / (time.perf_counter() - started)
            print(f"\r{made:,} / {n:,} passages ({rate:,.0f}/s)", end="", file=sys.stderr, flush=True)
    if not quiet:
        print(f"\r{documents:,} documents, {made:,} passages → {out}" + " " * 20, file=sys.stderr)
    return documents, made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of passages")
    parser.add_argument("out", type=Path, help="corpus folder to write (replaced if it exists)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-report", action="store_true", help="leave the report itself out")
    args = parser.parse_args()
    if args.n < 1:
        parser.error("N must be at least 1")
    generate(args.n, args.out, seed=args.seed, include_report=not args.no_report)
    size = sum(p.stat().st_size for p in args.out.rglob("*.txt"))
    print(f"{size / 1e6:.1f} MB in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
