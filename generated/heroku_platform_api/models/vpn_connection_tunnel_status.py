from __future__ import annotations

from .. import _runtime as _rt


class VpnConnectionTunnelStatus(str, _rt.OpenEnum):
    """Status of the tunnel"""

    UP = "UP"
    DOWN = "DOWN"
