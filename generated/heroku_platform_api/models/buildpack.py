from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


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
            buildpack=_rt.optional(data, "buildpack", BuildpackInstallationBuildpack.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.ordinal is not None:
            data["ordinal"] = self.ordinal
        if self.buildpack is not None:
            data["buildpack"] = self.buildpack.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class BuildpackInstallationBuildpack:
    """buildpack"""

    url: Optional[str] = None
    """location of the buildpack for the app. Either a url (unofficial buildpacks) or an internal urn (heroku official buildpacks)."""
    name: Optional[str] = None
    """either the Buildpack Registry name or a URL of the buildpack for the app"""

    @classmethod
    def from_dict(cls, data: Any) -> BuildpackInstallationBuildpack:
        data = _rt.expect_object(data)
        return cls(
            url=_rt.optional_str(data, "url"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.url is not None:
            data["url"] = self.url
        if self.name is not None:
            data["name"] = self.name
        return data


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
