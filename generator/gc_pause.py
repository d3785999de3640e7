"""Work done with Python's cycle collector paused.

The generator's structures (the parsed document, the model, the binding, the
rendered text) are trees of new objects, freed by reference counting; the
collector finds no cycles in them, yet the allocations of a large build trigger
collection after collection, each scanning everything built so far.  The build
and the binding pause it (library callers get that too); the command line
pauses it for the whole run, since it is a process of its own; forked workers
switch it back on (``workers._worker_started``).
"""

from __future__ import annotations

import contextlib
import gc
from typing import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off inside the block, and as it was before afterwards
    (nested pauses leave it off until the outermost one ends)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
