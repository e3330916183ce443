"""Time and peak memory of relgraph given hostile inputs, generated in a temporary
folder: a YAML "billion laughs" sheet, a sheet of 1,000,000 garbage rows, a 100 MB
text and 1 MB of dense lines with no full stop. Each command runs as a user runs it,
against an embedded server started first (so the numbers are relgraph's own, not the
Java server's), and must end with a clean refusal or a result, in bounded time and
memory.

    python -m benchmarks.hostile_bench            # the bomb, the garbage sheet, the text
    python -m benchmarks.hostile_bench --quick    # 100,000 rows, a 10 MB text, 100 KB dense
    python -m benchmarks.hostile_bench --skip-invalid   # also read every garbage row

Peak RSS is the child's ``ru_maxrss`` (os.wait4), wall time the command's.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RELGRAPH = [sys.executable, "-m", "relgraph"]


def yaml_bomb(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = '- name: Minsk\n  country: BY\n  l0: &a0 ["lol","lol","lol","lol","lol","lol"]\n'
    for i in range(1, 9):
        text += f"  l{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]\n"
    text += "  aliases: [*a8]\n"
    (folder / "cities.yaml").write_text(text)
    return folder


def garbage_sheet(folder: Path, rows: int) -> Path:
    """Rows that parse as CSV but hold nothing valid (random words, no dates)."""
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(1)
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -."
    with open(folder / "twinnings.csv", "w", encoding="utf-8") as f:
        f.write("a,b,since,sources\n")
        for _ in range(rows):
            f.write(",".join("".join(rnd.choice(letters) for _ in range(rnd.randint(3, 15)))
                             for _ in range(4)) + "\n")
    return folder


def long_text(path: Path, megabytes: int) -> Path:
    """Paragraphs of our own words naming twinnings, to ``megabytes`` MB."""
    rnd = random.Random(7)
    cities = ["Minsk", "Lyon", "Gomel", "Bryansk", "Vitebsk", "Nancy", "Grodno", "Lublin",
              "Mogilev", "Kaluga", "Brest", "Pinsk", "Orsha", "Smolensk", "Tula", "Kyiv"]
    filler = ["The delegation visited the museum and talked about exchanges.",
              "Officials said the bus between the two regions is full in summer.",
              "Students of both universities met at a summer school.",
              "The mayor spoke about roads, schools and the new hospital."]
    size, target = 0, megabytes * 1_000_000
    with open(path, "w", encoding="utf-8") as f:
        while size < target:
            a, b = rnd.sample(cities, 2)
            para = (f"In {rnd.randint(1990, 2020)} {a} and {b} signed a twinning agreement. "
                    + " ".join(rnd.sample(filler, 3)) + "\n\n")
            f.write(para)
            size += len(para)
    return path


def dense_text(path: Path, kilobytes: int) -> Path:
    """Lines of 20,000 characters of names and relation words with no full stop (a table
    flattened to text): every sentence is as long as it can be and full of triggers."""
    rnd = random.Random(11)
    words = ("Minsk Brest Gomel Lyon Kazan Harbin region Oblast twinned with and the of signed "
             "agreement supplies tractors to from MAZ JSC Belshina its their it we partner "
             "memorandum between exports delivered bought Region's director Ivan Petrov , ;"
             ).split()
    with open(path, "w", encoding="utf-8") as f:
        for _ in range(max(1, kilobytes // 20)):
            line, size = [], 0
            while size < 20_000:
                word = rnd.choice(words)
                line.append(word)
                size += len(word) + 1
            f.write(" ".join(line) + "\n")
    return path


def run(args: list, env: dict) -> dict:
    # Output goes to files: read from two pipes one after the other, a command that
    # fills the second (a thousand problems on stderr) would wait forever.
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        start = time.monotonic()
        proc = subprocess.Popen([*RELGRAPH, *map(str, args)], stdout=out_file,
                                stderr=err_file, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read(), err_file.read()
    lines = [x for x in err.decode(errors="replace").splitlines() if x.strip()]
    return {"seconds": seconds, "rss_mb": usage.ru_maxrss / 1024,
            "exit": proc.returncode, "first": lines[0] if lines else
            out.decode(errors="replace").strip().splitlines()[-1][:100]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="also load the garbage sheet with --skip-invalid --dry-run")
    args = parser.parse_args()
    rows = 100_000 if args.quick else 1_000_000
    megabytes = 10 if args.quick else 100
    dense_kb = 100 if args.quick else 1000
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = {**os.environ, "RELGRAPH_HOME": str(tmp / "home")}
        env.pop("NEO4J_URI", None)
        subprocess.run([*RELGRAPH, "server", "start"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        try:
            cases = [("YAML bomb (load)", ["load", yaml_bomb(tmp / "bomb"), "--no-review"]),
                     (f"{rows:,} garbage rows (load)",
                      ["load", garbage_sheet(tmp / "garbage", rows), "--no-review"])]
            if args.skip_invalid:
                cases.append((f"{rows:,} garbage rows (load --skip-invalid --dry-run)",
                              ["load", tmp / "garbage", "--no-review", "--skip-invalid",
                               "--dry-run"]))
            cases.append((f"{megabytes} MB text (extract)",
                          ["extract", long_text(tmp / "long.txt", megabytes),
                           "-o", tmp / "out.jsonl"]))
            cases.append((f"{dense_kb:,} KB of dense lines (extract)",
                          ["extract", dense_text(tmp / "dense.txt", dense_kb),
                           "-o", tmp / "dense.jsonl"]))
            print("| input | exit | wall s | peak RSS MB | first line of output |")
            print("|---|---|---|---|---|")
            for name, command in cases:
                r = run(command, env)
                print(f"| {name} | {r['exit']} | {r['seconds']:.1f} | {r['rss_mb']:.0f} | "
                      f"{r['first'].replace(str(tmp) + '/', '')[:90]} |", flush=True)
        finally:
            subprocess.run([*RELGRAPH, "server", "stop"], env=env, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
