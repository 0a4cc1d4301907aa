"""Rewrite a shipped data table from the package it is derived from (`python -m index.text.charmap`, `… sounds`)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sized
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar

Table = TypeVar("Table", bound=Sized)


def rewrite(argv: list[str] | None, module: str, path: Path, package: str, derive: Callable[[], Table],
            write: Callable[[Path, Table, str], None]) -> int:
    """Derive the table from the installed `package` and write it to `path`, its version named: 0; 1 with a
    hint if the package is missing; 2 given arguments (there are none)."""
    if argv if argv is not None else sys.argv[1:]:
        print(f"usage: python -m {module}  (rewrites index/data/{path.name} from {package})", file=sys.stderr)
        return 2
    try:
        table = derive()
        package_version = version(package)
    except (ImportError, PackageNotFoundError):
        print(f"error: {package} is not installed (hint: pip install -e '.[dev]')", file=sys.stderr)
        return 1
    write(path, table, package_version)
    print(f"wrote {len(table)} characters to {path}")
    return 0
