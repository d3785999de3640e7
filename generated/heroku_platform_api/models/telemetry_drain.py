from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .telemetry_drain_exporter import TelemetryDrainExporter
    from .telemetry_drain_owner import TelemetryDrainOwner
    from .telemetry_drain_signal import TelemetryDrainSignal


@dataclass(kw_only=True, slots=True)
class TelemetryDrain:
    """A telemetry drain forwards OpenTelemetry traces, metrics, and logs to your own consumer. For Fir-generation apps only."""

    created_at: Optional[datetime] = None
    """when the telemetry drain was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of telemetry drain

    Read-only: set by the server.
    """
    owner: Optional[TelemetryDrainOwner] = None
    """entity that owns this telemetry drain"""
    signals: Optional[list[TelemetryDrainSignal]] = None
    """OpenTelemetry signals to send to telemetry drain"""
    exporter: Optional[TelemetryDrainExporter] = None
    """OpenTelemetry exporter configuration"""
    updated_at: Optional[datetime] = None
    """when telemetry drain was last updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TelemetryDrain:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            owner=_rt.optional(data, "owner", _models.TelemetryDrainOwner.from_dict),
            signals=_rt.optional(data, "signals", _rt.list_of(_models.TelemetryDrainSignal.decode)),
            exporter=_rt.optional(data, "exporter", _models.TelemetryDrainExporter.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.signals is not None:
            data["signals"] = _rt.encode(self.signals)
        if self.exporter is not None:
            data["exporter"] = self.exporter.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
