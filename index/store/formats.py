"""The name and version of the index format: what a reader checks before it reads anything else.

The index path holds a small JSON pointer naming the current version of the index's files (see
index/store/layout.py); one format for every size, a report's or an archive's. A version the reader does not
know, and the formats of older qabot releases, are rebuilt.
"""

from __future__ import annotations

FORMAT = "qabot-index"
VERSION = 3
#: Formats older releases wrote (a JSON file of a report, a pointer to an archive's arrays): names and versions.
OLD_FORMATS: dict[str, tuple[int, ...]] = {"qabot-index": (1, 2), "qabot-index-large": (1, 2)}
