from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class BuildpackInstallationUpdate:
    """Properties to update a buildpack installation"""

    buildpack: str
    """location of the buildpack for the app. Either a url (unofficial buildpacks) or an internal urn (heroku official buildpacks)."""

    @classmethod
    def from_dict(cls, data: Any) -> BuildpackInstallationUpdate:
        data = _rt.expect_object(data)
        return cls(
            buildpack=_rt.required(data, "buildpack", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["buildpack"] = self.buildpack
        return data
