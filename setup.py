"""The compiled parts (optional): the archive scorer's inner loop (index/ranking/cscan.c) and jieba's
segmentation for index builds (index/text/csegment.c).

Everything else is in pyproject.toml. Where no C compiler is found the install goes on without the
extensions: the scorer uses its numpy path and builds segment in Python (the same results, slower).
"""

from __future__ import annotations

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class BuildExt(build_ext):
    """Floating-point contraction off (no fused multiply-add: the scores must be rank-bm25's, and the
    segmentation's log probabilities jieba's, to the bit)."""

    def build_extensions(self) -> None:
        if self.compiler.compiler_type != "msvc":
            for extension in self.extensions:
                extension.extra_compile_args = ["-O2", "-ffp-contract=off", "-fno-fast-math"]
        super().build_extensions()


setup(
    ext_modules=[Extension("index.ranking.cscan", ["index/ranking/cscan.c"], optional=True),
                 Extension("index.text.csegment", ["index/text/csegment.c"], optional=True)],
    cmdclass={"build_ext": BuildExt},
)
