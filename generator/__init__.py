"""An OpenAPI client generator: spec -> intermediate model -> templates -> code."""

__version__ = "0.1.0"
