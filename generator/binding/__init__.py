"""The Python binding: how the API is spelled in Python, computed once.

The builder's IR says what the API *is*; the binding says how the generated
Python client spells it: the package name, one resource class per tag, one
method per operation with its exact signature (page arguments and per-call
options included) and where each argument goes on the wire, the result type
and its decoder, and the model and enum classes with their fields.  Every
target (the python client, the CLI over it, the Markdown reference) renders
from this one object, so they cannot disagree about a name.
"""

from __future__ import annotations

from .api import Binding, build
from .methods import Arg, Method, Resource, Wire
from .models import EnumClass, FieldBinding, ModelClass
from .naming import DEFAULT_OPTIONS, SHADOWED_MODULES, package_options
from .types import PyType, py_type

__all__ = [
    "Arg",
    "Binding",
    "DEFAULT_OPTIONS",
    "EnumClass",
    "FieldBinding",
    "Method",
    "ModelClass",
    "PyType",
    "Resource",
    "SHADOWED_MODULES",
    "Wire",
    "build",
    "package_options",
    "py_type",
]
