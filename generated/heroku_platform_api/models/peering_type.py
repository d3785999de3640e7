from __future__ import annotations

from .. import _runtime as _rt


class PeeringType(str, _rt.OpenEnum):
    """The type of peering connection."""

    HEROKU_MANAGED = "heroku-managed"
    CUSTOMER_MANAGED = "customer-managed"
    UNKNOWN_2 = "unknown"
