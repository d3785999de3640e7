from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .region_2 import Region2


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
