"""Calibrate the answer thresholds on the tuning half of the question sets, and show what they give.

    python bench/calibrate.py [--half tune|test|all]

Questions: tests/data/own.jsonl, tune3.jsonl to tune604.jsonl but the held-out tune106-108, tune112-114,
tune120-122, tune126-128, tune132-134, tune138-140, tune144-146, tune150-152, tune156-158, tune162-164, tune168-170, tune174, tune176, tune178, tune183, tune186, tune187, tune190, tune191, tune194, tune197, tune200, tune205, tune209, tune214, tune219, tune222, tune227, tune231, tune235, tune238, tune243, tune247, tune250, tune254, tune259, tune262, tune266, tune270, tune274, tune279, tune283, tune287, tune291, tune295, tune299, tune303, tune307, tune311, tune315, tune319, tune323, tune327, tune331, tune335, tune339, tune343, tune347, tune351, tune355, tune359, tune363, tune367, tune371, tune375, tune379, tune383, tune387, tune391, tune395, tune399, tune403, tune407, tune411, tune415, tune419, tune423, tune427, tune431, tune435, tune439, tune443, tune447, tune451, tune455, tune459, tune463, tune467, tune471, tune475, tune479, tune483, tune487, tune491, tune495, tune499, tune503, tune507, tune511,
tune515, tune519, tune523, tune527,
tune531, tune535, tune539, tune543, tune547, tune551, tune555, tune559, tune563, tune567, tune571, tune575, tune579,
tune583, tune587, tune591, tune595, tune599 and tune603 (and the keep/refuse variants of tests/data/metamorphic.jsonl), only the half
asked for (tune by default: the test half is for reporting, never for choosing), plus the sets written to tune against
(dev.jsonl, extra.jsonl, tune2.jsonl). For every pair of thresholds on a grid (MIN_COVERAGE, MIN_EVIDENCE in
index/answering/decision.py) it counts answerable questions answered and unanswerable ones not answered, and prints
the best pairs; a confident wrong answer costs twice a refusal. Then the figures with the shipped values.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.answering import decision  # noqa: E402
from index.answering.loading import load_engine  # noqa: E402
from index.evaluation import half_of, read_metamorphic, read_questions  # noqa: E402
from index.store.building import build_index  # noqa: E402

#: A confident answer to a question the report does not answer costs this many refusals.
WRONG_COST = 2.0
#: Question sets split in halves by `half_of`: the tune half chooses, the test half reports.
SETS_BY_HALF = ("own.jsonl", *(f"tune{n}.jsonl" for n in (*range(3, 106), *range(109, 112), *range(115, 120),
                                                          *range(123, 126), *range(129, 132), *range(135, 138), *range(141, 144),
                                                          *range(147, 150), *range(153, 156), *range(159, 162), *range(165, 168),
                                                          *range(171, 174), 175, 177, 179, 180, 181, 182, 184, 185, 188, 189, 192, 193, 195, 196, 198, 199,
                                                          201, 202, 203, 204, 206, 207, 208, 210, 211, 212, 213,
                                                          215, 216, 217, 218, 220, 221, 223, 224, 225, 226, 228,
                                                          229, 230, 232, 233, 234, 236, 237, 239, 240, 241, 242, 244,
                                                          245, 246, 248, 249, 251, 252, 253, 255, 256, 257, 258,
                                                          260, 261, 263, 264, 265, 267, 268, 269, 271, 272,
                                                          273, 275, 276, 277, 278, 280, 281, 282, 284,
                                                          285, 286, 288, 289, 290, 292, 293, 294, 296, 297, 298,
                                                          300, 301, 302, 304, 305, 306, 308, 309, 310, 312, 313,
                                                          314, 316, 317, 318, 320, 321, 322, 324,
                                                          325, 326, 328, 329, 330, 332,
                                                          333, 334, 336, 337, 338, 340, 341, 342, 344, 345, 346,
                                                          348, 349, 350, 352, 353, 354, 356, 357, 358, 360,
                                                          361, 362, 364,
                                                          365, 366, 368, 369, 370, 372, 373, 374, 376, 377, 378, 380, 381, 382, 384, 385, 386, 388, 389, 390, 392, 393, 394, 396, 397, 398, 400, 401, 402, 404, 405, 406, 408, 409, 410, 412,
                                                          413, 414, 416, 417, 418, 420, 421, 422, 424, 425, 426, 428,
                                                          429, 430, 432, 433, 434, 436, 437, 438, 440, 441, 442, 444,
                                                          445, 446, 448, 449, 450, 452, 453, 454, 456, 457, 458, 460,
                                                          461, 462, 464, 465, 466, 468, 469, 470, 472, 473, 474, 476,
                                                          477, 478, 480, 481, 482, 484, 485, 486, 488, 489, 490, 492,
                                                          493, 494, 496, 497, 498, 500, 501, 502, 504, 505, 506, 508,
                                                          509, 510, 512, 513, 514, 516, 517, 518, 520, 521, 522, 524,
                                                          525, 526, 528, 529, 530, 532, 533, 534, 536, 537, 538, 540,
                                                          541, 542, 544, 545, 546, 548, 549, 550, 552, 553, 554, 556,
                                                          557, 558, 560, 561, 562, 564, 565, 566, 568,
                                                          569, 570, 572, 573, 574, 576, 577, 578, 580,
                                                          581, 582, 584, 585, 586, 588, 589, 590,
                                                          592, 593, 594, 596, 597, 598, 600, 601, 602,
                                                          604)))
#: Question sets that are tuning data as a whole (never reported as held out).
SETS_TO_TUNE = ("dev.jsonl", "extra.jsonl", "tune2.jsonl")
COVERAGE_GRID = [round(0.30 + 0.05 * i, 2) for i in range(11)]
EVIDENCE_GRID = [0.15, 0.2, 0.25, *(round(0.30 + 0.10 * i, 2) for i in range(10))]


def cases(half: str) -> Iterator[tuple[str, bool]]:
    """(question, answerable) over the chosen half of the own sets."""
    for name in SETS_BY_HALF:
        for item in read_questions(ROOT / "tests/data" / name):
            if half in ("all", half_of(str(item["id"]))):
                yield item["q"], item["expect"] is not None
    for name in SETS_TO_TUNE:  # written to tune against, whole
        if half != "test" and (ROOT / "tests/data" / name).is_file():
            yield from ((item["q"], item["expect"] is not None) for item in read_questions(ROOT / "tests/data" / name))
    for item in read_metamorphic(ROOT / "tests/data/metamorphic.jsonl"):
        if half in ("all", half_of(str(item["id"]))):
            yield from ((q, True) for q in item["keep"])
            yield from ((q, False) for q in item["refuse"])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "test", "all"), default="tune")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "index.json"
        build_index(ROOT / "corpus", path)
        engine = load_engine(path, ROOT / "corpus")
        questions = list(cases(args.half))
        shipped = (decision.MIN_COVERAGE, decision.MIN_EVIDENCE)
        scores = []
        for coverage in COVERAGE_GRID:
            for evidence in EVIDENCE_GRID:
                decision.MIN_COVERAGE, decision.MIN_EVIDENCE = coverage, evidence
                answered = [engine.ask(q).status == "answered" for q, _ in questions]
                right = sum(a for a, (_, ok) in zip(answered, questions, strict=True) if ok)
                wrong = sum(a for a, (_, ok) in zip(answered, questions, strict=True) if not ok)
                scores.append((right - WRONG_COST * wrong, coverage, evidence, right, wrong))
        decision.MIN_COVERAGE, decision.MIN_EVIDENCE = shipped
    answerable = sum(ok for _, ok in questions)
    print(f"{len(questions)} questions ({args.half} half): {answerable} answerable, "
          f"{len(questions) - answerable} not")
    print("best threshold pairs (score = answered right − 2 × answered wrong):")
    for score, coverage, evidence, right, wrong in sorted(scores, reverse=True)[:8]:
        print(f"  MIN_COVERAGE {coverage:.2f}  MIN_EVIDENCE {evidence:.2f}  score {score:.0f}  "
              f"answerable answered {right}/{answerable}  unanswerable answered {wrong}")
    now = next(s for s in scores if (s[1], s[2]) == shipped) if shipped in [(s[1], s[2]) for s in scores] else None
    if now:
        print(f"shipped: MIN_COVERAGE {shipped[0]}  MIN_EVIDENCE {shipped[1]}  score {now[0]:.0f}  "
              f"answerable answered {now[3]}/{answerable}  unanswerable answered {now[4]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
