"""Every hostile or careless input is refused cleanly: exit code 2, one line naming the
file (and the line, where there is one) and the reason, no traceback, and the database
exactly as it was."""

from __future__ import annotations

import re

import pytest
from hostile_inputs import SHEETS, TEXTS, garbage_rows, snapshot

from relgraph.loaders import inputs


def _problem_lines(result, case) -> list[str]:
    """The lines naming the file: ``FILE:LINE: reason`` (a load lists every problem),
    or ``Error: FILE: reason`` (a command stops at one)."""
    lines = [line.removeprefix("Error: ") for line in result.stderr.splitlines()]
    return [line for line in lines if line.startswith(str(case.file))]


def _check_refusal(result, case) -> None:
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert "Traceback" not in result.output
    lines = _problem_lines(result, case)
    assert lines, result.stderr
    where = f"{case.file}:{case.line}:" if case.line else f"{case.file}:"
    assert lines[0].startswith(where), (lines[0], where)
    assert case.reason in lines[0], lines[0]


@pytest.mark.parametrize("make", SHEETS, ids=lambda f: f.__name__)
def test_hostile_sheet_is_refused_and_the_database_unchanged(make, tmp_path, relgraph,
                                                             seeded):
    case = make(tmp_path / "data")
    before = snapshot(seeded)
    result = relgraph("load", case.arg, "--no-review")
    _check_refusal(result, case)
    assert snapshot(seeded) == before


@pytest.mark.parametrize("make", SHEETS, ids=lambda f: f.__name__)
def test_skip_invalid_leaves_out_the_hostile_rows(make, tmp_path, relgraph, seeded):
    """With --skip-invalid the problem is reported as a skipped row or file, and
    nothing of it reaches the database."""
    case = make(tmp_path / "data")
    before = snapshot(seeded)
    result = relgraph("load", case.arg, "--no-review", "--skip-invalid")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    where = f"  {case.file}:{case.line}:" if case.line else f"  {case.file}:"
    skipped = [line for line in result.stdout.splitlines() if line.startswith(where)]
    assert skipped and case.reason in skipped[0], result.stdout
    if case.fatal:
        # Rows read before the file broke off are left out with it.
        assert snapshot(seeded) == before


@pytest.mark.parametrize("make", TEXTS, ids=lambda f: f.__name__)
def test_hostile_text_is_refused(make, tmp_path, relgraph):
    case = make(tmp_path)
    out = tmp_path / "candidates.csv"
    result = relgraph("extract", case.arg, "-o", out)
    _check_refusal(result, case)


def test_garbage_stops_after_the_problem_limit(tmp_path, relgraph, seeded):
    case = garbage_rows(tmp_path / "data", rows=3 * inputs.MAX_PROBLEMS)
    result = relgraph("load", case.arg, "--no-review")
    assert result.exit_code == 2
    assert len(_problem_lines(result, case)) == inputs.MAX_PROBLEMS
    assert re.search(r"stopped reading at .*twinnings\.csv:\d+ after 1,000 problems",
                     result.stderr)
    # With --skip-invalid every row is read; the first problems are listed, all counted.
    result = relgraph("load", case.arg, "--no-review", "--skip-invalid", "--dry-run")
    assert result.exit_code == 0, result.output
    skipped = int(re.search(r"^(\d+) invalid row\(s\) skipped:$", result.stdout, re.M)[1])
    assert skipped > 2 * inputs.MAX_PROBLEMS
    listed = [line for line in result.stdout.splitlines()
              if line.startswith(f"  {case.file}") and " -> " not in line]   # not names
    assert len(listed) <= inputs.MAX_PROBLEMS
    assert f"  ... and {skipped - len({x.split(': ')[0] for x in listed}):,} more" \
        in result.stdout


def test_sheet_that_vanishes_during_the_load(tmp_path, relgraph, seeded, monkeypatch):
    from relgraph.loaders import load as load_module
    folder = tmp_path / "data"
    folder.mkdir()
    sheet = folder / "cities.csv"
    sheet.write_text("name,country\nMinsk,BY\n")
    real_open = load_module.open_sheet

    def open_then_vanish(path, **kw):
        opened = real_open(path, **kw)
        path.unlink()          # found and checked; gone before its rows are read
        return opened
    monkeypatch.setattr(load_module, "open_sheet", open_then_vanish)
    before = snapshot(seeded)
    result = relgraph("load", folder, "--no-review")
    assert result.exit_code == 2, result.output
    assert f"{sheet}: the file disappeared" in result.stderr
    assert snapshot(seeded) == before


def test_link_out_of_the_folder_is_skipped_with_a_warning(tmp_path, relgraph, seeded):
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.csv").write_text("name,country\nSecretville,BY\n")
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "cities.csv").write_text("name,country\nGomel,BY\n")
    (folder / "cities-more.csv").symlink_to(outside / "secret.csv")
    (folder / "regions").symlink_to(outside, target_is_directory=True)
    result = relgraph("load", folder, "--no-review")
    assert result.exit_code == 0, result.output
    assert f"warning: {folder / 'cities-more.csv'}: a link to a file outside" in result.output
    assert f"warning: {folder / 'regions'}: a link to a folder outside" in result.output
    assert "Secretville" not in str(snapshot(seeded))
    # Asked for, the link is read.
    result = relgraph("load", folder, "--no-review", "--follow-links")
    assert result.exit_code == 0, result.output
    assert "Secretville" in str(snapshot(seeded))
