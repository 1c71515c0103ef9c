"""The ``unspun`` command's entry point: an interrupt while the command is still loading
(numpy, spaCy, typer: about half a second) ends it quietly, as one during a command does."""

from __future__ import annotations

import signal
import sys
from types import FrameType

__all__ = ["main"]


def main() -> None:
    previous = {sig: signal.signal(sig, _quit) for sig in (signal.SIGINT, signal.SIGTERM)}
    from .cli import main as run  # the slow import

    for sig, handler in previous.items():
        signal.signal(sig, handler)
    run()


def _quit(signum: int, frame: FrameType | None) -> None:
    sys.stderr.write("interrupted\n")
    raise SystemExit(128 + signum)
