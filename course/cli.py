"""The instructor and maintainer command line: ``course SUBCOMMAND ...``.

A thin argparse layer. Each subcommand lives in its own module, which provides
``register(subparsers)``; the parser built there sets ``func(args) -> int``.

Exit codes: 0 success; 1 the command ran but found a problem (a failed check, a
submission that could not be graded); 2 bad usage or bad input files.
"""

from __future__ import annotations

import argparse
import importlib
import sys

#: Modules that contribute subcommands, in the order ``--help`` lists them.
COMMAND_MODULES = ("course.execute", "course.editions", "course.grading", "course.links",
                   "course.datacli",
                   "course.site")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="course",
        description="Tools for the EO 13768 civics course: re-execute lessons, build "
                    "student and teacher editions, grade submissions, build the site.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except (FileNotFoundError, ValueError) as exc:
        print(f"course {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
