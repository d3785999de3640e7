from __future__ import annotations

from .. import _runtime as _rt


class AddOnBillingEntityType(str, _rt.OpenEnum):
    """type of Object of the billing entity; new types allowed at any time."""

    APP = "app"
    TEAM = "team"
