from __future__ import annotations

from .. import _runtime as _rt


class ReviewAppStatus(str, _rt.OpenEnum):
    """current state of the review app"""

    PENDING = "pending"
    CREATING = "creating"
    CREATED = "created"
    DELETING = "deleting"
    DELETED = "deleted"
    ERRORED = "errored"
