from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .list_regions_response_item_provider import ListRegionsResponseItemProvider


@dataclass(kw_only=True, slots=True)
class ListRegionsResponseItem:
    id: Optional[str] = None
    name: Optional[str] = None
    description: Optional[str] = None
    country: Optional[str] = None
    locale: Optional[str] = None
    private_capable: Optional[bool] = None
    provider: Optional[ListRegionsResponseItemProvider] = None

    @classmethod
    def from_dict(cls, data: Any) -> ListRegionsResponseItem:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            description=_rt.optional_str(data, "description"),
            country=_rt.optional_str(data, "country"),
            locale=_rt.optional_str(data, "locale"),
            private_capable=_rt.optional_bool(data, "private_capable"),
            provider=_rt.optional(
                data,
                "provider",
                _models.ListRegionsResponseItemProvider.from_dict,
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.description is not None:
            data["description"] = self.description
        if self.country is not None:
            data["country"] = self.country
        if self.locale is not None:
            data["locale"] = self.locale
        if self.private_capable is not None:
            data["private_capable"] = self.private_capable
        if self.provider is not None:
            data["provider"] = self.provider.to_dict()
        return data
