from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class Plan:
    """Plans represent different configurations of add-ons that may be added to apps. Endpoints under add-on services can be accessed without authentication."""

    addon_service: Optional[PlanAddonService] = None
    """identity of add-on service"""
    created_at: Optional[datetime] = None
    """when plan was created

    Read-only: set by the server.
    """
    compliance: Optional[list[PlanRegime]] = None
    """the compliance regimes applied to an add-on plan"""
    default: Optional[bool] = None
    """whether this plan is the default for its add-on service

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of plan

    Read-only: set by the server.
    """
    human_name: Optional[str] = None
    """human readable name of the add-on plan

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this plan

    Read-only: set by the server.
    """
    installable_inside_private_network: Optional[bool] = None
    """whether this plan is installable to a Private Spaces app

    Read-only: set by the server.
    """
    installable_outside_private_network: Optional[bool] = None
    """whether this plan is installable to a Common Runtime app

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of this plan

    Read-only: set by the server.
    """
    price: Optional[PlanPrice] = None
    """price"""
    space_default: Optional[bool] = None
    """whether this plan is the default for apps in Private Spaces

    Read-only: set by the server.
    """
    state: Optional[str] = None
    """release status for plan

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when plan was updated

    Read-only: set by the server.
    """
    visible: Optional[bool] = None
    """whether this plan is publicly visible

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Plan:
        data = _rt.expect_object(data)
        return cls(
            addon_service=_rt.optional(data, "addon_service", PlanAddonService.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            compliance=_rt.optional(data, "compliance", _rt.list_of(PlanRegime.decode)),
            default=_rt.optional_bool(data, "default"),
            description=_rt.optional_str(data, "description"),
            human_name=_rt.optional_str(data, "human_name"),
            id=_rt.optional_str(data, "id"),
            installable_inside_private_network=_rt.optional_bool(
                data,
                "installable_inside_private_network",
            ),
            installable_outside_private_network=_rt.optional_bool(
                data,
                "installable_outside_private_network",
            ),
            name=_rt.optional_str(data, "name"),
            price=_rt.optional(data, "price", PlanPrice.from_dict),
            space_default=_rt.optional_bool(data, "space_default"),
            state=_rt.optional_str(data, "state"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            visible=_rt.optional_bool(data, "visible"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addon_service is not None:
            data["addon_service"] = self.addon_service.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.compliance is not None:
            data["compliance"] = _rt.encode(self.compliance)
        if self.default is not None:
            data["default"] = self.default
        if self.description is not None:
            data["description"] = self.description
        if self.human_name is not None:
            data["human_name"] = self.human_name
        if self.id is not None:
            data["id"] = self.id
        if self.installable_inside_private_network is not None:
            data["installable_inside_private_network"] = self.installable_inside_private_network
        if self.installable_outside_private_network is not None:
            data["installable_outside_private_network"] = self.installable_outside_private_network
        if self.name is not None:
            data["name"] = self.name
        if self.price is not None:
            data["price"] = self.price.to_dict()
        if self.space_default is not None:
            data["space_default"] = self.space_default
        if self.state is not None:
            data["state"] = self.state
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.visible is not None:
            data["visible"] = self.visible
        return data


@dataclass(kw_only=True, slots=True)
class PlanAddonService:
    """identity of add-on service"""

    id: Optional[str] = None
    """unique identifier of this add-on-service

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of this add-on-service

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PlanAddonService:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class PlanPrice:
    """price"""

    cents: Optional[int] = None
    """price in cents per unit of plan

    Read-only: set by the server.
    """
    contract: Optional[bool] = None
    """price is negotiated in a contract outside of monthly add-on billing

    Read-only: set by the server.
    """
    unit: Optional[str] = None
    """unit of price for plan

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PlanPrice:
        data = _rt.expect_object(data)
        return cls(
            cents=_rt.optional_int(data, "cents"),
            contract=_rt.optional_bool(data, "contract"),
            unit=_rt.optional_str(data, "unit"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.cents is not None:
            data["cents"] = self.cents
        if self.contract is not None:
            data["contract"] = self.contract
        if self.unit is not None:
            data["unit"] = self.unit
        return data


class PlanRegime(str, _rt.OpenEnum):
    """compliance requirements an add-on plan must adhere to"""

    HIPAA = "HIPAA"
    PCI = "PCI"
