"""The README stays true: settings table, quick start, CI command."""

from __future__ import annotations

import re

from assistant.settings import settings_table


def test_settings_table_matches_the_code(repo_root):
    readme = (repo_root / "README.md").read_text()
    block = readme.split("<!-- settings-table -->")[1].split("<!-- /settings-table -->")[0].strip()
    assert block == settings_table(), "regenerate with: python -m assistant.settings"


def test_quick_start_is_two_commands_and_ci_runs_the_second(repo_root):
    readme = (repo_root / "README.md").read_text()
    quick = readme.split("## Quick start")[1].split("##")[0]
    commands = re.findall(r"^(make \w+)", quick.split("```bash")[1].split("```")[0], flags=re.M)
    assert commands == ["make chat", "make test"]
    ci = (repo_root / ".ci/run").read_text()
    assert ci.strip().splitlines()[-1] == "make test"
    makefile = (repo_root / "Makefile").read_text()
    assert "torch==2.13.0" in makefile.split("-e \".[dev]\"")[0], "torch is pinned and installed first"


def test_cli_commands_in_readme_exist(repo_root):
    from assistant.cli import build_parser

    readme = (repo_root / "README.md").read_text()
    used = set(re.findall(r"^assistant (\w+)", readme, flags=re.M))
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert used and used <= set(sub.choices), used - set(sub.choices)
