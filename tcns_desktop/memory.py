"""Memory management around the few places that build tens of thousands of objects at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with Python's cyclic garbage collector off.

    Building a province's member list (10,000+ records, each a few tuples) triggers several
    full collections that scan every object the program holds; they are pure waste here
    (the new objects form no cycles) and cost as much as the work itself. Reference counting
    still frees memory as usual; the collector resumes, in its previous state, afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
