from __future__ import annotations

from .. import _runtime as _rt


class TelemetryDrainExporterType(str, _rt.OpenEnum):
    """the transport type to be used for your OpenTelemetry consumer"""

    OTLPHTTP = "otlphttp"
    OTLP = "otlp"
