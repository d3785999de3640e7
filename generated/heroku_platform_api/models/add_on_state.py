from __future__ import annotations

from .. import _runtime as _rt


class AddOnState(str, _rt.OpenEnum):
    """state in the add-on's lifecycle"""

    PROVISIONING = "provisioning"
    PROVISIONED = "provisioned"
    DEPROVISIONED = "deprovisioned"
