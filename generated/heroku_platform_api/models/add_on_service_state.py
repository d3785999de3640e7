from __future__ import annotations

from .. import _runtime as _rt


class AddOnServiceState(str, _rt.OpenEnum):
    """release status for add-on service"""

    ALPHA = "alpha"
    BETA = "beta"
    GA = "ga"
    SHUTDOWN = "shutdown"
