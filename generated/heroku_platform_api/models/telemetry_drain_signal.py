from __future__ import annotations

from .. import _runtime as _rt


class TelemetryDrainSignal(str, _rt.OpenEnum):
    """OpenTelemetry signal to be sent to the telemetry drain"""

    TRACES = "traces"
    METRICS = "metrics"
    LOGS = "logs"
