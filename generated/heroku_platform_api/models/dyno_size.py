from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .dyno_size_generation import DynoSizeGeneration


@dataclass(kw_only=True, slots=True)
class DynoSize:
    """Dyno sizes are the values and details of sizes that can be assigned to dynos. This information can also be found at : [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types)."""

    architecture: Optional[str] = None
    """CPU architecture of this dyno size

    Read-only: set by the server.
    """
    compute: Optional[int] = None
    """minimum vCPUs, non-dedicated may get more depending on load

    Read-only: set by the server.
    """
    cost: Optional[dict[str, Any]] = None
    """price information for this dyno size

    Read-only: set by the server.
    """
    dedicated: Optional[bool] = None
    """whether this dyno will be dedicated to one user

    Read-only: set by the server.
    """
    precise_dyno_units: Optional[float] = None
    """unit of consumption for Heroku Enterprise customers to 2 decimal places

    Read-only: set by the server.
    """
    generation: Optional[DynoSizeGeneration] = None
    """Generation of the Heroku platform for this dyno size

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of the dyno size

    Read-only: set by the server.
    """
    memory: Optional[float] = None
    """amount of RAM in GB

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the dyno size

    Read-only: set by the server.
    """
    private_space_only: Optional[bool] = None
    """whether this dyno can only be provisioned in a private space

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> DynoSize:
        data = _rt.expect_object(data)
        return cls(
            architecture=_rt.optional_str(data, "architecture"),
            compute=_rt.optional_int(data, "compute"),
            cost=_rt.optional(data, "cost", _rt.expect_object),
            dedicated=_rt.optional_bool(data, "dedicated"),
            precise_dyno_units=_rt.optional_float(data, "precise_dyno_units"),
            generation=_rt.optional(data, "generation", _models.DynoSizeGeneration.from_dict),
            id=_rt.optional_str(data, "id"),
            memory=_rt.optional_float(data, "memory"),
            name=_rt.optional_str(data, "name"),
            private_space_only=_rt.optional_bool(data, "private_space_only"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.architecture is not None:
            data["architecture"] = self.architecture
        if self.compute is not None:
            data["compute"] = self.compute
        if self.cost is not None:
            data["cost"] = _rt.encode(self.cost)
        if self.dedicated is not None:
            data["dedicated"] = self.dedicated
        if self.precise_dyno_units is not None:
            data["precise_dyno_units"] = self.precise_dyno_units
        if self.generation is not None:
            data["generation"] = self.generation.to_dict()
        if self.id is not None:
            data["id"] = self.id
        if self.memory is not None:
            data["memory"] = self.memory
        if self.name is not None:
            data["name"] = self.name
        if self.private_space_only is not None:
            data["private_space_only"] = self.private_space_only
        return data
