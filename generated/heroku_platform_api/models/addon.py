from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .addon_billed_price import AddonBilledPrice
    from .addon_state import AddonState
    from .app_build_stack import AppBuildStack


@dataclass(kw_only=True, slots=True)
class Addon:
    id: Optional[str] = None
    name: Optional[str] = None
    app: Optional[AppBuildStack] = None
    addon_service: Optional[AppBuildStack] = None
    plan: Optional[AppBuildStack] = None
    provider_id: Optional[str] = None
    state: Optional[AddonState] = None
    config_vars: Optional[list[str]] = None
    billed_price: Optional[AddonBilledPrice] = None
    web_url: Optional[str] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Addon:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            app=_rt.optional(data, "app", _models.AppBuildStack.from_dict),
            addon_service=_rt.optional(data, "addon_service", _models.AppBuildStack.from_dict),
            plan=_rt.optional(data, "plan", _models.AppBuildStack.from_dict),
            provider_id=_rt.optional_str(data, "provider_id"),
            state=_rt.optional(data, "state", _models.AddonState.decode),
            config_vars=_rt.optional(data, "config_vars", _rt.list_of(_rt.as_str)),
            billed_price=_rt.optional(data, "billed_price", _models.AddonBilledPrice.from_dict),
            web_url=_rt.optional_str(data, "web_url"),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.addon_service is not None:
            data["addon_service"] = self.addon_service.to_dict()
        if self.plan is not None:
            data["plan"] = self.plan.to_dict()
        if self.provider_id is not None:
            data["provider_id"] = self.provider_id
        if self.state is not None:
            data["state"] = self.state.value
        if self.config_vars is not None:
            data["config_vars"] = list(self.config_vars)
        if self.billed_price is not None:
            data["billed_price"] = self.billed_price.to_dict()
        if self.web_url is not None:
            data["web_url"] = self.web_url
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
