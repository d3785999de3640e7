from __future__ import annotations

from .. import _runtime as _rt


class AppTransferState(str, _rt.OpenEnum):
    """the current state of an app transfer"""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
