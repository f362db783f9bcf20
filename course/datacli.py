"""``course data ...``: maintainer commands for the datasets.

``course data manifest`` rewrites ``data/manifest.json`` (checksums, row counts, schemas)
after checking that every dataset still loads; ``course data manifest --check`` only
reports whether the manifest is up to date (exit code 1 if not).
"""

from __future__ import annotations

import argparse
import json


def _manifest(args: argparse.Namespace) -> int:
    from course import data

    directory = data.data_dir()
    fresh = data.build_manifest(directory)
    path = directory / data.MANIFEST
    current = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
    if args.check:
        if current == fresh:
            print(f"{data.MANIFEST} is up to date ({len(fresh['datasets'])} datasets).")
            return 0
        print(f"{data.MANIFEST} is out of date; run `course data manifest`.")
        return 1
    data.write_manifest(directory)
    counts = data.load_all(directory)  # a file that does not check out is reported, exit 2
    for name, n in counts.items():
        print(f"{name}: {n} rows")
    print(f"Wrote {data.MANIFEST}.")
    return 0


def register(sub) -> None:
    """Add the ``data`` subcommand to the course CLI."""
    parser = sub.add_parser("data", help="maintain the datasets (manifest of checksums)")
    inner = parser.add_subparsers(dest="data_command", metavar="ACTION")
    manifest = inner.add_parser("manifest", help="rewrite data/manifest.json, then load every dataset")
    manifest.add_argument("--check", action="store_true",
                          help="only report whether the manifest is up to date")
    manifest.set_defaults(func=_manifest)
