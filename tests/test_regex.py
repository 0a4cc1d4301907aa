"""The rules' regular expressions: compiled on first use, with `re`'s class optimization remembered."""

from __future__ import annotations

import gc
import re
from typing import Any

import pytest

import index.answering.engine  # noqa: F401  (every module holding rules)
from index.text.regex import _Deferred, regex


def test_a_rule_is_the_compiled_pattern_it_stands_for() -> None:
    counted = regex(r"(\d+)(?P<unit>个|名)")
    assert counted.pattern == r"(\d+)(?P<unit>个|名)"
    assert counted.search("抽调170人组成16个督导组").group(1, "unit") == ("16", "个")
    assert counted.sub("N", "16个,3名") == "N,N" and counted.findall("16个") == [("16", "个")]
    assert counted.groupindex == {"unit": 2}
    with pytest.raises(re.error):
        regex("[").search("x")  # a broken rule fails where it is used, as re.compile's would


def test_remembered_class_optimization_compiles_every_rule_as_re_does(monkeypatch: pytest.MonkeyPatch) -> None:
    compiler: Any = re._compiler  # type: ignore[attr-defined]
    remembered = compiler._optimize_charset
    assert hasattr(remembered, "__wrapped__")
    rules = [(r.pattern, r.flags) for r in gc.get_objects() if isinstance(r, _Deferred)]
    assert len(rules) > 500
    ours = [compiler._code(re._parser.parse(p, f), f) for p, f in rules]  # type: ignore[attr-defined]
    monkeypatch.setattr(compiler, "_optimize_charset", remembered.__wrapped__)
    assert ours == [compiler._code(re._parser.parse(p, f), f) for p, f in rules]  # type: ignore[attr-defined]
