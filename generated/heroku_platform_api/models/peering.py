from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .peering_status import PeeringStatus
    from .peering_type import PeeringType


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
            type=_rt.optional(data, "type", _models.PeeringType.decode),
            pcx_id=_rt.optional_str(data, "pcx_id"),
            cidr_blocks=_rt.optional(data, "cidr_blocks", _rt.list_of(_rt.as_str)),
            status=_rt.optional(data, "status", _models.PeeringStatus.decode),
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
