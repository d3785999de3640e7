from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .vpn_connection_tunnel_status import VpnConnectionTunnelStatus


@dataclass(kw_only=True, slots=True)
class VpnConnectionTunnel:
    """Tunnel info"""

    last_status_change: Optional[str] = None
    """Timestamp of last status changed"""
    ip: Optional[str] = None
    """Public IP address for the tunnel"""
    customer_ip: Optional[str] = None
    """Public IP address for the customer side of the tunnel"""
    pre_shared_key: Optional[str] = None
    """Pre-shared key"""
    status: Optional[VpnConnectionTunnelStatus] = None
    """Status of the tunnel"""
    status_message: Optional[str] = None
    """Details of the status"""

    @classmethod
    def from_dict(cls, data: Any) -> VpnConnectionTunnel:
        data = _rt.expect_object(data)
        return cls(
            last_status_change=_rt.optional_str(data, "last_status_change"),
            ip=_rt.optional_str(data, "ip"),
            customer_ip=_rt.optional_str(data, "customer_ip"),
            pre_shared_key=_rt.optional_str(data, "pre_shared_key"),
            status=_rt.optional(data, "status", _models.VpnConnectionTunnelStatus.decode),
            status_message=_rt.optional_str(data, "status_message"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.last_status_change is not None:
            data["last_status_change"] = self.last_status_change
        if self.ip is not None:
            data["ip"] = self.ip
        if self.customer_ip is not None:
            data["customer_ip"] = self.customer_ip
        if self.pre_shared_key is not None:
            data["pre_shared_key"] = self.pre_shared_key
        if self.status is not None:
            data["status"] = self.status.value
        if self.status_message is not None:
            data["status_message"] = self.status_message
        return data
