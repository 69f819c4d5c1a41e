"""``newsrake --help`` and every command's help say what it does, with an example."""

from __future__ import annotations

import pytest

from crawler.cli import COMMANDS, main


def test_top_level_help_lists_every_command_with_examples(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out and "newsrake demo" in out and "--log-format" in out
    assert all(name in out for name in COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_help_has_a_description_and_an_example(
        name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([name, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    _, _, after_usage = out.partition("\n\n")
    assert after_usage.strip(), f"{name}: no description"
    assert "example" in out and f"newsrake {name}" in out.split("example", 1)[1], name
