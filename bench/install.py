"""What installing qabot costs a user: the time of `pip install -e` and the size of the result.

    python bench/install.py [REPO] [--extras fast,test] [--runs 3] [--top 12] [--json]

For each run: a fresh virtual environment in a temporary folder (`python -m venv`, pip included), then
`pip install -q -e REPO[EXTRAS]` timed (wall clock, pip's own cache as it is: what a user who installed once
before sees). Then the size of the environment's site-packages (apparent size, MB = 10^6 bytes, pip
included) and of each installed distribution (the files its RECORD lists, compiled .pyc included), largest
first. REPO defaults to this repository; point it at another checkout (say a `git worktree` of an older
commit) to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

#: Run inside the new environment: the size of site-packages and of each distribution's files.
_MEASURE = r"""
import json, os, site, sys
from importlib import metadata
root = next(p for p in site.getsitepackages() if p.endswith("site-packages"))
total = 0
for folder, _, names in os.walk(root):
    for name in names:
        path = os.path.join(folder, name)
        if not os.path.islink(path):
            total += os.path.getsize(path)
sizes = {}
for dist in metadata.distributions(path=[root]):
    size = 0
    for file in dist.files or []:
        path = file.locate()
        if os.path.isfile(path) and not os.path.islink(path) and str(path).startswith(root):
            size += os.path.getsize(path)
    sizes[dist.metadata["Name"]] = size
print(json.dumps({"total": total, "packages": sizes, "python": sys.version.split()[0]}))
"""


def _git_label(repo: Path) -> str:
    """branch @ short commit of a checkout (or just its path when it is no git checkout)."""
    try:
        head = subprocess.run(["git", "-C", str(repo), "log", "-1", "--format=%h"], capture_output=True,
                              text=True, check=True).stdout.strip()
        branch = subprocess.run(["git", "-C", str(repo), "rev-parse", "--abbrev-ref", "HEAD"],
                                capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return str(repo)
    return f"{repo} ({branch} @ {head})"


def measure(repo: Path, extras: str, python: str) -> dict[str, Any]:
    """One fresh environment: install seconds, site-packages bytes and bytes per distribution."""
    with tempfile.TemporaryDirectory(prefix="qabot-install-") as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([python, "-m", "venv", str(venv)], check=True)
        bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
        target = f"{repo}[{extras}]" if extras else str(repo)
        start = time.perf_counter()
        subprocess.run([str(bin_dir / "pip"), "install", "-q", "-e", target], check=True,
                       stderr=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
        sizes = json.loads(subprocess.run([str(bin_dir / "python"), "-c", _MEASURE], capture_output=True,
                                          text=True, check=True).stdout)
    return {"seconds": seconds, **sizes}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("repo", nargs="?", type=Path, default=ROOT, help="checkout to install (default: this one)")
    parser.add_argument("--extras", default="", help="extras to install with it, e.g. fast or test")
    parser.add_argument("--runs", type=int, default=1, help="fresh environments to install into (default 1)")
    parser.add_argument("--top", type=int, default=12, help="largest distributions to list (default 12)")
    parser.add_argument("--python", default=sys.executable, help="interpreter for the environments")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    repo = args.repo.resolve()
    runs = [measure(repo, args.extras, args.python) for _ in range(max(1, args.runs))]
    times = [r["seconds"] for r in runs]
    last = runs[-1]
    packages = sorted(last["packages"].items(), key=lambda item: -item[1])
    if args.json:
        print(json.dumps({"repo": _git_label(repo), "extras": args.extras, "seconds": times,
                          "site_packages_mb": last["total"] / 1e6,
                          "packages_mb": {name: size / 1e6 for name, size in packages}}, indent=2))
        return 0
    print(f"repo:          {_git_label(repo)}")
    print(f"extras:        {args.extras or 'none'}   (Python {last['python']}, {len(packages)} distributions)")
    spread = f" (min {min(times):.1f}, max {max(times):.1f}, {len(times)} runs)" if len(times) > 1 else ""
    print(f"pip install:   {statistics.median(times):.1f} s median{spread}")
    print(f"site-packages: {last['total'] / 1e6:.1f} MB (pip included)")
    print()
    print(f"{'distribution':<28}{'MB':>8}")
    for name, size in packages[: args.top]:
        print(f"{name:<28}{size / 1e6:>8.1f}")
    rest = sum(size for _, size in packages[args.top:])
    if len(packages) > args.top:
        print(f"{f'{len(packages) - args.top} others':<28}{rest / 1e6:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
