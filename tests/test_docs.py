"""Every command, option and make variable a user can reach is documented in the README."""

from __future__ import annotations

import argparse
import re

import pytest
from conftest import ROOT

from etl.cli import build_parser

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _options(parser: argparse.ArgumentParser) -> set[str]:
    found: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.add(f"python -m etl {name}")
                found |= _options(sub)
        else:
            found.update(s for s in action.option_strings if s not in ("-h", "--help"))
    return found


@pytest.mark.parametrize("option", sorted(_options(build_parser())))
def test_cli_option_is_documented(option):
    assert option.rsplit(" ", 1)[-1] in README, f"{option} is not documented in README.md"


def _make_targets_and_variables() -> set[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    phony = re.search(r"^\.PHONY:(.*)$", makefile, re.M)
    targets = {f"make {t}" for t in phony.group(1).split()} if phony else set()
    variables = set(re.findall(r"^([A-Z]+) \?=", makefile, re.M))
    return targets | variables


@pytest.mark.parametrize("name", sorted(_make_targets_and_variables()))
def test_make_target_or_variable_is_documented(name):
    assert f"`{name}`" in README or f"`{name} " in README or f"{name}" in README.split("## Commands")[1]


def test_readme_starts_with_the_two_commands():
    first_block = README.split("```")[1]
    assert "make run" in first_block and "make test" in first_block
