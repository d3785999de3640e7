from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .telemetry_drain_exporter_type_2 import TelemetryDrainExporterType2


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
            type=_rt.required(data, "type", _models.TelemetryDrainExporterType2.decode),
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
