from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .region import Region2


@dataclass(kw_only=True, slots=True)
class Peering:
    """[Peering](https://devcenter.heroku.com/articles/private-space-peering) provides a way to peer your Private Space VPC to another AWS VPC."""

    type: Optional[PeeringType] = None
    """The type of peering connection."""
    pcx_id: Optional[str] = None
    """The AWS VPC Peering Connection ID of the peering.

    Read-only: set by the server.
    """
    cidr_blocks: Optional[list[str]] = None
    """The CIDR blocks of the peer."""
    status: Optional[PeeringStatus] = None
    """The status of the peering connection.

    Read-only: set by the server.
    """
    aws_vpc_id: Optional[str] = None
    """The AWS VPC ID of the peer.

    Read-only: set by the server.
    """
    aws_region: Optional[str] = None
    """The AWS region of the peer connection.

    Read-only: set by the server.
    """
    aws_account_id: Optional[str] = None
    """The AWS account ID of your Private Space.

    Read-only: set by the server.
    """
    expires: Optional[datetime] = None
    """When a peering connection will expire.

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Peering:
        data = _rt.expect_object(data)
        return cls(
            type=_rt.optional(data, "type", PeeringType.decode),
            pcx_id=_rt.optional_str(data, "pcx_id"),
            cidr_blocks=_rt.optional(data, "cidr_blocks", _rt.list_of(_rt.as_str)),
            status=_rt.optional(data, "status", PeeringStatus.decode),
            aws_vpc_id=_rt.optional_str(data, "aws_vpc_id"),
            aws_region=_rt.optional_str(data, "aws_region"),
            aws_account_id=_rt.optional_str(data, "aws_account_id"),
            expires=_rt.optional_datetime(data, "expires"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.type is not None:
            data["type"] = self.type.value
        if self.pcx_id is not None:
            data["pcx_id"] = self.pcx_id
        if self.cidr_blocks is not None:
            data["cidr_blocks"] = list(self.cidr_blocks)
        if self.status is not None:
            data["status"] = self.status.value
        if self.aws_vpc_id is not None:
            data["aws_vpc_id"] = self.aws_vpc_id
        if self.aws_region is not None:
            data["aws_region"] = self.aws_region
        if self.aws_account_id is not None:
            data["aws_account_id"] = self.aws_account_id
        if self.expires is not None:
            data["expires"] = self.expires.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class PeeringInfo:
    """[Peering Info](https://devcenter.heroku.com/articles/private-space-peering) gives you the information necessary to peer an AWS VPC to a Private Space."""

    aws_account_id: Optional[str] = None
    """The AWS account ID of your Private Space.

    Read-only: set by the server.
    """
    aws_region: Optional[Region2] = None
    """region name used by provider

    Read-only: set by the server.
    """
    vpc_id: Optional[str] = None
    """The AWS VPC ID of the peer.

    Read-only: set by the server.
    """
    vpc_cidr: Optional[str] = None
    """The CIDR range of the Private Space VPC"""
    dyno_cidr_blocks: Optional[list[str]] = None
    """The CIDR ranges that should be routed to the Private Space VPC."""
    unavailable_cidr_blocks: Optional[list[str]] = None
    """The CIDR ranges that you must not conflict with."""
    space_cidr_blocks: Optional[list[str]] = None
    """The CIDR ranges that should be routed to the Private Space VPC."""

    @classmethod
    def from_dict(cls, data: Any) -> PeeringInfo:
        data = _rt.expect_object(data)
        return cls(
            aws_account_id=_rt.optional_str(data, "aws_account_id"),
            aws_region=_rt.optional(data, "aws_region", _models.Region2.decode),
            vpc_id=_rt.optional_str(data, "vpc_id"),
            vpc_cidr=_rt.optional_str(data, "vpc_cidr"),
            dyno_cidr_blocks=_rt.optional(data, "dyno_cidr_blocks", _rt.list_of(_rt.as_str)),
            unavailable_cidr_blocks=_rt.optional(
                data,
                "unavailable_cidr_blocks",
                _rt.list_of(_rt.as_str),
            ),
            space_cidr_blocks=_rt.optional(data, "space_cidr_blocks", _rt.list_of(_rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.aws_account_id is not None:
            data["aws_account_id"] = self.aws_account_id
        if self.aws_region is not None:
            data["aws_region"] = self.aws_region.value
        if self.vpc_id is not None:
            data["vpc_id"] = self.vpc_id
        if self.vpc_cidr is not None:
            data["vpc_cidr"] = self.vpc_cidr
        if self.dyno_cidr_blocks is not None:
            data["dyno_cidr_blocks"] = list(self.dyno_cidr_blocks)
        if self.unavailable_cidr_blocks is not None:
            data["unavailable_cidr_blocks"] = list(self.unavailable_cidr_blocks)
        if self.space_cidr_blocks is not None:
            data["space_cidr_blocks"] = list(self.space_cidr_blocks)
        return data


class PeeringStatus(str, _rt.OpenEnum):
    """The status of the peering connection."""

    INITIATING_REQUEST = "initiating-request"
    PENDING_ACCEPTANCE = "pending-acceptance"
    PROVISIONING = "provisioning"
    ACTIVE = "active"
    FAILED = "failed"
    EXPIRED = "expired"
    REJECTED = "rejected"
    DELETED = "deleted"


class PeeringType(str, _rt.OpenEnum):
    """The type of peering connection."""

    HEROKU_MANAGED = "heroku-managed"
    CUSTOMER_MANAGED = "customer-managed"
    UNKNOWN_2 = "unknown"
