from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class VpnConnection:
    """[VPN](https://devcenter.heroku.com/articles/private-space-vpn-connection) provides a way to connect your Private Spaces to your network via VPN."""

    id: Optional[str] = None
    """VPN ID

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """VPN Name"""
    public_ip: Optional[str] = None
    """Public IP of VPN customer gateway"""
    routable_cidrs: Optional[list[str]] = None
    """Routable CIDRs of VPN"""
    space_cidr_block: Optional[str] = None
    """CIDR Block of the Private Space

    Read-only: set by the server.
    """
    tunnels: Optional[list[VpnConnectionTunnel]] = None
    ike_version: Optional[int] = None
    """IKE Version

    Read-only: set by the server.
    """
    status: Optional[VpnConnectionStatus] = None
    """Status of the VPN

    Read-only: set by the server.
    """
    status_message: Optional[str] = None
    """Details of the status

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> VpnConnection:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            public_ip=_rt.optional_str(data, "public_ip"),
            routable_cidrs=_rt.optional(data, "routable_cidrs", _rt.list_of(_rt.as_str)),
            space_cidr_block=_rt.optional_str(data, "space_cidr_block"),
            tunnels=_rt.optional(data, "tunnels", _rt.list_of(VpnConnectionTunnel.from_dict)),
            ike_version=_rt.optional_int(data, "ike_version"),
            status=_rt.optional(data, "status", VpnConnectionStatus.decode),
            status_message=_rt.optional_str(data, "status_message"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.public_ip is not None:
            data["public_ip"] = self.public_ip
        if self.routable_cidrs is not None:
            data["routable_cidrs"] = list(self.routable_cidrs)
        if self.space_cidr_block is not None:
            data["space_cidr_block"] = self.space_cidr_block
        if self.tunnels is not None:
            data["tunnels"] = _rt.encode(self.tunnels)
        if self.ike_version is not None:
            data["ike_version"] = self.ike_version
        if self.status is not None:
            data["status"] = self.status.value
        if self.status_message is not None:
            data["status_message"] = self.status_message
        return data


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
            status=_rt.optional(data, "status", VpnConnectionTunnelStatus.decode),
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


class VpnConnectionStatus(str, _rt.OpenEnum):
    """Status of the VPN"""

    PENDING = "pending"
    PROVISIONING = "provisioning"
    ACTIVE = "active"
    DEPROVISIONING = "deprovisioning"
    FAILED = "failed"


class VpnConnectionTunnelStatus(str, _rt.OpenEnum):
    """Status of the tunnel"""

    UP = "UP"
    DOWN = "DOWN"
