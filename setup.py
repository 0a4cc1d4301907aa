"""The compiled parts (optional): the archive scorer's inner loop (index/ranking/cscan.c).

Everything else is in pyproject.toml. Where no C compiler is found the install goes on without the
extension, and the scorer uses its numpy path (the same results, slower).
"""

from __future__ import annotations

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class BuildExt(build_ext):
    """Floating-point contraction off (no fused multiply-add: the scores must be rank-bm25's to the bit)."""

    def build_extensions(self) -> None:
        if self.compiler.compiler_type != "msvc":
            for extension in self.extensions:
                extension.extra_compile_args = ["-O2", "-ffp-contract=off", "-fno-fast-math"]
        super().build_extensions()


setup(
    ext_modules=[Extension("index.ranking.cscan", ["index/ranking/cscan.c"], optional=True)],
    cmdclass={"build_ext": BuildExt},
)
