"""A reader that closes the pipe early (``| head``) ends a command quietly."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("args", [
    ["extract", "{text}"],
    ["extract", "{text}", "--format", "csv"],
    ["resolve", "Minsk"],
])
def test_closed_pipe_gives_no_error_message(args, tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("Lida and Elk have been twin towns since 1998.\n"
                    "The Grodno Region signed an agreement with the Podlaskie Voivodeship.\n",
                    encoding="utf-8")
    env = {**os.environ, "RELGRAPH_HOME": str(tmp_path / "data")}
    env.pop("NEO4J_URI", None)
    argv = [a.format(text=text) for a in args]
    proc = subprocess.Popen([sys.executable, "-m", "relgraph.cli", *argv], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()          # before the command has written anything
    err = proc.stderr.read().decode("utf-8")
    proc.wait(timeout=120)
    assert "unexpected" not in err and "Traceback" not in err, err
    assert "Error" not in err, err
    assert proc.returncode != 0   # the output was not delivered
