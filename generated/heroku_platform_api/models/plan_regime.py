from __future__ import annotations

from .. import _runtime as _rt


class PlanRegime(str, _rt.OpenEnum):
    """compliance requirements an add-on plan must adhere to"""

    HIPAA = "HIPAA"
    PCI = "PCI"
