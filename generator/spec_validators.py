"""openapi-spec-validator's spec validators, made fast on large documents.

The verdicts are the stock ones; only the work done to reach them changes:
the schema keyword validator remembers the schemas it has seen in lists, so
each schema costs a scan of all the earlier ones; here they are sets.
"""

from __future__ import annotations

from typing import Any

from openapi_spec_validator.validation import keywords, validators
from openapi_spec_validator.validation.registries import KeywordValidatorRegistry

# -- The schema keyword validators


class _SchemaIds(set[int]):
    """The keyword validator's records of the schemas it has seen: it appends
    to them and tests membership, which on a list costs a scan each time."""

    append = set.add


class OpenAPIV30SchemaValidator(keywords.OpenAPIV30SchemaValidator):
    def __init__(self, registry: KeywordValidatorRegistry) -> None:
        super().__init__(registry)
        self.visited_schema_ids = _SchemaIds()  # type: ignore[assignment]
        self.meta_checked_schema_ids = _SchemaIds()  # type: ignore[assignment]


class OpenAPIV31SchemaValidator(keywords.OpenAPIV31SchemaValidator):
    def __init__(self, registry: KeywordValidatorRegistry) -> None:
        super().__init__(registry)
        self.visited_schema_ids = _SchemaIds()  # type: ignore[assignment]
        self.meta_checked_schema_ids = _SchemaIds()  # type: ignore[assignment]


class OpenAPIV32SchemaValidator(keywords.OpenAPIV32SchemaValidator):
    def __init__(self, registry: KeywordValidatorRegistry) -> None:
        super().__init__(registry)
        self.visited_schema_ids = _SchemaIds()  # type: ignore[assignment]
        self.meta_checked_schema_ids = _SchemaIds()  # type: ignore[assignment]


# -- The spec validators


class OpenAPIV2SpecValidator(validators.OpenAPIV2SpecValidator):
    keyword_validators = {
        **validators.OpenAPIV2SpecValidator.keyword_validators,
        "schema": OpenAPIV30SchemaValidator,
    }


class OpenAPIV30SpecValidator(validators.OpenAPIV30SpecValidator):
    keyword_validators = {
        **validators.OpenAPIV30SpecValidator.keyword_validators,
        "schema": OpenAPIV30SchemaValidator,
    }


class OpenAPIV31SpecValidator(validators.OpenAPIV31SpecValidator):
    keyword_validators = {
        **validators.OpenAPIV31SpecValidator.keyword_validators,
        "schema": OpenAPIV31SchemaValidator,
    }


class OpenAPIV32SpecValidator(validators.OpenAPIV32SpecValidator):
    keyword_validators = {
        **validators.OpenAPIV32SpecValidator.keyword_validators,
        "schema": OpenAPIV32SchemaValidator,
    }


def spec_validator(version: str, doc: dict[str, Any]) -> validators.SpecValidator:
    """The validator for a document whose ``openapi`` (or ``swagger``) is ``version``."""
    if version.startswith("2."):
        return OpenAPIV2SpecValidator(doc)
    if version.startswith("3.0"):
        return OpenAPIV30SpecValidator(doc)
    if version.startswith("3.2"):
        return OpenAPIV32SpecValidator(doc)
    return OpenAPIV31SpecValidator(doc)
