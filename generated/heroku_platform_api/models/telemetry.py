from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


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
            owner=_rt.optional(data, "owner", TelemetryDrainOwner.from_dict),
            signals=_rt.optional(data, "signals", _rt.list_of(TelemetryDrainSignal.decode)),
            exporter=_rt.optional(data, "exporter", TelemetryDrainExporter.from_dict),
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


@dataclass(kw_only=True, slots=True)
class TelemetryDrainCreateBodyOwner:
    """entity that owns this telemetry drain"""

    id: str
    """unique identifier of owner"""
    type: TelemetryDrainOwnerType
    """type of owner"""

    @classmethod
    def from_dict(cls, data: Any) -> TelemetryDrainCreateBodyOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            type=_rt.required(data, "type", TelemetryDrainOwnerType.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["type"] = self.type.value
        return data


@dataclass(kw_only=True, slots=True)
class TelemetryDrainExporter:
    """OpenTelemetry exporter configuration"""

    type: TelemetryDrainExporterType2
    """the transport type to be used for your OpenTelemetry consumer"""
    endpoint: str
    """URI of your OpenTelemetry consumer"""
    headers: Optional[dict[str, str]] = None
    """JSON headers to send to your OpenTelemetry consumer"""

    @classmethod
    def from_dict(cls, data: Any) -> TelemetryDrainExporter:
        data = _rt.expect_object(data)
        return cls(
            type=_rt.required(data, "type", TelemetryDrainExporterType2.decode),
            endpoint=_rt.required(data, "endpoint", _rt.as_str),
            headers=_rt.optional(data, "headers", _rt.dict_of(_rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["type"] = self.type.value
        data["endpoint"] = self.endpoint
        if self.headers is not None:
            data["headers"] = _rt.encode(self.headers)
        return data


@dataclass(kw_only=True, slots=True)
class TelemetryDrainOwner:
    """entity that owns this telemetry drain"""

    id: str
    """unique identifier of owner"""
    type: TelemetryDrainOwnerType
    """type of owner"""

    @classmethod
    def from_dict(cls, data: Any) -> TelemetryDrainOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            type=_rt.required(data, "type", TelemetryDrainOwnerType.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["type"] = self.type.value
        return data


class TelemetryDrainExporterType(str, _rt.OpenEnum):
    """the transport type to be used for your OpenTelemetry consumer"""

    OTLPHTTP = "otlphttp"
    OTLP = "otlp"


class TelemetryDrainExporterType2(str, _rt.OpenEnum):
    """the transport type to be used for your OpenTelemetry consumer"""

    OTLPHTTP = "otlphttp"
    OTLP = "otlp"


class TelemetryDrainOwnerType(str, _rt.OpenEnum):
    """type of owner"""

    APP = "app"
    SPACE = "space"


class TelemetryDrainSignal(str, _rt.OpenEnum):
    """OpenTelemetry signal to be sent to the telemetry drain"""

    TRACES = "traces"
    METRICS = "metrics"
    LOGS = "logs"
