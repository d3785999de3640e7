from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .buildpack_installation_buildpack import BuildpackInstallationBuildpack


@dataclass(kw_only=True, slots=True)
class BuildpackInstallation:
    """A buildpack installation represents a buildpack that will be run against an app."""

    ordinal: Optional[int] = None
    """determines the order in which the buildpacks will execute

    Read-only: set by the server.
    """
    buildpack: Optional[BuildpackInstallationBuildpack] = None
    """buildpack"""

    @classmethod
    def from_dict(cls, data: Any) -> BuildpackInstallation:
        data = _rt.expect_object(data)
        return cls(
            ordinal=_rt.optional_int(data, "ordinal"),
            buildpack=_rt.optional(
                data,
                "buildpack",
                _models.BuildpackInstallationBuildpack.from_dict,
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.ordinal is not None:
            data["ordinal"] = self.ordinal
        if self.buildpack is not None:
            data["buildpack"] = self.buildpack.to_dict()
        return data
