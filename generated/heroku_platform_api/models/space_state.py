from __future__ import annotations

from .. import _runtime as _rt


class SpaceState(str, _rt.OpenEnum):
    """availability of this space"""

    ALLOCATING = "allocating"
    ALLOCATED = "allocated"
    DELETING = "deleting"
