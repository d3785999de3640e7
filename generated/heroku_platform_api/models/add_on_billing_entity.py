from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .add_on_billing_entity_type import AddOnBillingEntityType


@dataclass(kw_only=True, slots=True)
class AddOnBillingEntity:
    """billing entity associated with this add-on"""

    id: Optional[str] = None
    """unique identifier of the billing entity

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the billing entity

    Read-only: set by the server.
    """
    type: Optional[AddOnBillingEntityType] = None
    """type of Object of the billing entity; new types allowed at any time.

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AddOnBillingEntity:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            type=_rt.optional(data, "type", _models.AddOnBillingEntityType.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.type is not None:
            data["type"] = self.type.value
        return data
