"""The report's location of each operation, computed once per tag (ec2's one tag
of 1,188 operations made it quadratic: 0.16 s), agrees with the binding."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import binding, pipeline
from helpers import minimal_spec, write_spec


def spec(tmp_path: Path, name: str, tags: list[str]) -> Path:
    paths = {
        f"/{tag}/{i}": {
            "get": {
                "operationId": f"list{tag.title()}{i}",
                "tags": [tag],
                "responses": {"200": {"description": "ok"}},
            }
        }
        for tag in tags
        for i in range(3)
    }
    return write_spec(tmp_path / name, minimal_spec(paths=paths))


@pytest.mark.parametrize("verbs", [{}, {"list": "all"}])
def test_every_location_names_the_generated_method(tmp_path: Path, verbs: dict[str, str]) -> None:
    config = {"method_verbs": verbs} if verbs else {}
    first = pipeline.generate(
        spec(tmp_path, "a.json", ["apps", "dynos"]), ["python"], config=config
    )
    second = pipeline.generate(spec(tmp_path, "b.json", ["dynos"]), ["python"], config=config)
    for result in (first, second):  # two models: nothing cached from one leaks into the other
        options = pipeline.options_for(result.api, config, None)
        py = binding.build(result.api, options)
        expected = {
            m.operation.pointer: f"{options['package']}.api.{tag.ident}:{tag.class_name}.{m.ident}"
            for tag in result.api.tags
            for m in py.resource(tag).methods
        }
        assert result.locations == expected
