"""The schema is read with libyaml's parser when PyYAML has it: the same schema as the
pure-Python parser reads."""

from importlib import resources

import yaml

from relgraph.graph import schema


def test_the_schema_read_by_either_parser_is_the_same():
    text = resources.files("relgraph.graph").joinpath("schema.yaml").read_text(encoding="utf-8")
    slow = schema.Schema(yaml.load(text, Loader=yaml.SafeLoader))
    assert schema.SCHEMA.labels == slow.labels
    assert schema.SCHEMA.relationships == slow.relationships
    assert vars(schema.SCHEMA) == vars(slow)
