"""The command line through its runner (``main``) and as the installed ``resqa`` script."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ui.cli import HELP, main

SUBCOMMANDS = ["parse", "index", "ask", "chat", "eval", "serve", "bench"]


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue()


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    text = capsys.readouterr().out
    for name in SUBCOMMANDS:
        assert name in text
        assert HELP[name] in text


@pytest.mark.parametrize("argv", [["bogus"], ["ask"], ["parse", "--no-such-option"], []])
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage: resqa" in capsys.readouterr().err


def test_bad_setting_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RESQA_PORT", "not-a-port")
    code, _ = run(["parse"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "RESQA_PORT" in err


def test_parse_json_shape() -> None:
    code, out = run(["parse", "--json"])
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"symbol", "title", "language", "adopted", "meeting", "units"}
    assert data["symbol"] == "A/RES/68/272"
    unit = next(u for u in data["units"] if u["unit"] == "op-15")
    assert set(unit) >= {
        "unit",
        "kind",
        "number",
        "label",
        "label_en",
        "text",
        "footnotes",
        "references",
    }
    assert unit["label"] == "执行部分第15段"


@pytest.mark.parametrize(
    "content", [None, b"", b"\x00\x01\x02binary\xff\xfe", "没有编号的段落。".encode()]
)
def test_parse_bad_file_one_line_exit_2(
    tmp_path: Path, content: bytes | None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    code, out = run(["parse", str(path)])
    err = capsys.readouterr().err
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and str(path) in err


def test_installed_script_runs_offline() -> None:
    script = Path(sys.executable).with_name("resqa")
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "parse" in result.stdout
    result = subprocess.run([str(script), "nope"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
