from __future__ import annotations

from .. import _runtime as _rt


class AddonState(str, _rt.OpenEnum):
    PROVISIONING = "provisioning"
    PROVISIONED = "provisioned"
    DEPROVISIONED = "deprovisioned"
