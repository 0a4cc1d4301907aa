"""The names and versions of the two index layouts: what a reader checks before it reads anything else.

The index path holds either a JSON index (`JSON_FORMAT`, index/store/indexfile.py) or a small JSON pointer
to a large index's arrays (`LARGE_FORMAT`, index/store/bigstore.py); a version the reader does not know is
rebuilt.
"""

from __future__ import annotations

JSON_FORMAT = "qabot-index"
JSON_VERSION = 2
LARGE_FORMAT = "qabot-index-large"
LARGE_VERSION = 2
