"""Hostile and careless inputs, each written into a folder by a small function.

Every maker returns a :class:`Case`: the path to give ``relgraph load`` or ``relgraph
extract``, the file the error must name, the line it must name (None where there is
none) and words of the reason. The test modules run them against the real CLI and the
real embedded server.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path

from relgraph.loaders import inputs


@dataclass
class Case:
    arg: Path            # what the command is given
    file: Path           # the file the message names
    line: int | None     # the line it names, if any
    reason: str          # words the message contains
    fatal: bool = False  # the file cannot be read on: --skip-invalid leaves it out whole


def _pdf(objects: list[str]) -> bytes:
    """A PDF with these objects (1 is the catalog) and a correct cross-reference table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return out


def write(folder: Path, name: str, data: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# -- sheets (relgraph load) ------------------------------------------------------------------
def yaml_bomb(d: Path) -> Case:
    """A "billion laughs": nine lists of nine aliases to the list before, under aliases."""
    text = '- name: Minsk\n  country: BY\n  l0: &a0 ["lol","lol","lol","lol","lol","lol"]\n'
    for i in range(1, 9):
        text += f"  l{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]\n"
    text += "  aliases: [*a8]\n"
    p = write(d, "cities.yaml", text)
    return Case(d, p, None, "aliases make this row expand", fatal=True)


def yaml_recursive_alias(d: Path) -> Case:
    p = write(d, "cities.yaml", "- name: Minsk\n  country: BY\n  aliases: &a [x, *a]\n")
    return Case(d, p, 3, "recursive", fatal=True)


def yaml_deep(d: Path) -> Case:
    p = write(d, "cities.yaml", "- name: Minsk\n  country: BY\n  aliases: "
              + "[" * 100_000 + "]" * 100_000 + "\n")
    return Case(d, p, 3, "nested", fatal=True)


def json_deep(d: Path) -> Case:
    p = write(d, "cities.json", '[{"name": "Minsk", "country": "BY"},\n {"aliases": '
              + "[" * 100_000 + "]" * 100_000 + "}]")
    return Case(d, p, 2, "nested deeper", fatal=True)


def jsonl_deep(d: Path) -> Case:
    p = write(d, "cities.jsonl", '{"name": "Minsk", "country": "BY"}\n{"aliases": '
              + "[" * 100_000 + "]" * 100_000 + "}\n")
    return Case(d, p, 2, "nested deeper")


def csv_duplicate_column(d: Path) -> Case:
    p = write(d, "cities.csv", "name,country,name\nMinsk,BY,Lyon\n")
    return Case(d, p, 1, "'name' appears twice", fatal=True)


def json_duplicate_key(d: Path) -> Case:
    p = write(d, "cities.json", '[\n{"name": "Minsk", "country": "BY", "Name": "Lyon"}\n]')
    return Case(d, p, 2, "appears twice")


def yaml_duplicate_key(d: Path) -> Case:
    p = write(d, "cities.yaml", "- name: Minsk\n  country: BY\n  name: Lyon\n")
    return Case(d, p, 1, "appears twice")


def csv_nul_in_a_cell(d: Path) -> Case:
    # Far enough into the file that the first look at it does not see the NUL.
    note = "x" * (inputs.SNIFF_BYTES + 10)
    p = write(d, "cities.csv", f"name,country,note\nGomel,BY,{note}\nMin\x00sk,BY,\n")
    return Case(d, p, 3, "NUL")


def jsonl_nul_escape(d: Path) -> Case:
    p = write(d, "cities.jsonl", '{"name": "Minsk", "country": "BY"}\n'
              '{"name": "Min\\u0000sk", "country": "BY"}\n')
    return Case(d, p, 2, "NUL")


def random_bytes_sheet(d: Path) -> Case:
    p = write(d, "twinnings.txt", random.Random(5).randbytes(200_000))
    return Case(d, p, None, "binary data", fatal=True)


def xlsx_named_csv(d: Path) -> Case:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    p = write(d, "cities.csv", buf.getvalue())
    return Case(d, p, None, "save the sheet as CSV", fatal=True)


def utf16_csv(d: Path) -> Case:
    p = write(d, "cities.csv", "name,country\nMinsk,BY\n".encode("utf-16"))
    return Case(d, p, None, "UTF-16", fatal=True)


def cp1251_csv(d: Path) -> Case:
    p = write(d, "cities.csv", "name,country\nMinsk,BY\nМинск,BY\n".encode("cp1251"))
    return Case(d, p, 3, "not UTF-8", fatal=True)


def year_zero(d: Path) -> Case:
    p = write(d, "twinnings.csv", 'a,b,since,sources\n"Minsk [city, BY]","Lyon [city, FR]",'
              "0000,web\n")
    write(d, "sources.csv", "key,title\nweb,A web page\n")
    return Case(d, p, 2, "year 0000")


def yaml_year_zero_date(d: Path) -> Case:
    p = write(d, "twinnings.yaml", "- a: Minsk [city, BY]\n  b: Lyon [city, FR]\n"
              "  since: 0000-01-01\n  sources: web\n")
    write(d, "sources.csv", "key,title\nweb,A web page\n")
    return Case(d, p, 1, "year 0")


def long_line(d: Path) -> Case:
    p = write(d, "cities.csv", "name,country\nMinsk,BY\n" + "x" * (inputs.MAX_LINE + 10))
    return Case(d, p, 3, "longer than", fatal=True)


def unclosed_quote(d: Path) -> Case:
    p = write(d, "cities.csv", 'name,country\nMinsk,BY\n"Lyon,FR\n'
              + "word,word\n" * (inputs.MAX_CELL // 5))
    return Case(d, p, 3, "a quote that is never closed", fatal=True)


def too_many_cells(d: Path) -> Case:
    p = write(d, "cities.csv", "name,country\nMinsk,BY\nLyon,FR,extra\n")
    return Case(d, p, 3, "3 cells but the header has 2")


def json_not_a_list(d: Path) -> Case:
    p = write(d, "cities.json", json.dumps({"name": "Minsk", "country": "BY"}))
    return Case(d, p, 1, "expected a JSON list", fatal=True)


def yaml_two_documents(d: Path) -> Case:
    p = write(d, "cities.yaml", "- name: Minsk\n  country: BY\n---\n- name: Lyon\n"
              "  country: FR\n")
    return Case(d, p, 3, "more than one YAML document", fatal=True)


def garbage_rows(d: Path, rows: int = 20_000) -> Case:
    """Rows that parse but are wrong: reading stops after MAX_PROBLEMS problems."""
    rnd = random.Random(3)
    letters = "abcdefghijklmnopqrstuvwxyz0123456789 -."

    def word():
        return "".join(rnd.choice(letters) for _ in range(rnd.randint(3, 12)))
    p = write(d, "twinnings.csv", "a,b,since,sources\n" + "".join(
        f"{word()},{word()},{word()},{word()}\n" for _ in range(rows)))
    return Case(d, p, 2, "not an ISO date")


SHEETS = [yaml_bomb, yaml_recursive_alias, yaml_deep, json_deep, jsonl_deep,
          csv_duplicate_column, json_duplicate_key, yaml_duplicate_key, csv_nul_in_a_cell,
          jsonl_nul_escape, random_bytes_sheet, xlsx_named_csv, utf16_csv, cp1251_csv,
          year_zero, yaml_year_zero_date, long_line, unclosed_quote, too_many_cells,
          json_not_a_list, yaml_two_documents, garbage_rows]


# -- texts (relgraph extract) ----------------------------------------------------------------
def random_bytes_text(d: Path) -> Case:
    p = write(d, "notes.txt", random.Random(9).randbytes(300_000))
    return Case(p, p, None, "binary data")


def pdf_named_txt(d: Path) -> Case:
    p = write(d, "notes.txt", _pdf(["<< /Type /Catalog /Pages 2 0 R >>",
                                    "<< /Type /Pages /Kids [] /Count 0 >>"]))
    return Case(p, p, None, "give it a .pdf name")


def pdf_page_tree_bomb(d: Path) -> Case:
    """Seven levels of ten references to the same subtree: the tree claims 10 million
    pages in about a kilobyte."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(7):
        child = 3 + level
        objects.append(f"<< /Type /Pages /Kids [{' '.join([f'{child} 0 R'] * 10)}] "
                       f"/Count {10 ** (7 - level)} >>")
    objects.append("<< /Type /Page /MediaBox [0 0 100 100] >>")
    p = write(d, "notes.pdf", _pdf(objects))
    return Case(p, p, None, "not a readable PDF")


def pdf_cyclic_pages(d: Path) -> Case:
    p = write(d, "notes.pdf", _pdf(["<< /Type /Catalog /Pages 2 0 R >>",
                                    "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 10000000 >>",
                                    "<< /Type /Page /MediaBox [0 0 100 100] >>"]))
    return Case(p, p, None, "not a readable PDF")


def pdf_garbage(d: Path) -> Case:
    p = write(d, "notes.pdf", b"%PDF-1.4\n" + random.Random(2).randbytes(5000))
    return Case(p, p, None, "not a readable PDF")


def latin1_text(d: Path) -> Case:
    p = write(d, "notes.txt", "Ties.\n\nMinsk and Lyon, caf\u00e9.\n".encode("latin-1"))
    return Case(p, p, 3, "not UTF-8")


def long_text_line(d: Path) -> Case:
    p = write(d, "notes.txt", "Ties.\n" + "word " * (inputs.MAX_LINE // 5 + 10))
    return Case(p, p, 2, "longer than")


def unknown_suffix(d: Path) -> Case:
    p = write(d, "notes.docx", b"PK\x03\x04")
    return Case(p, p, None, "cannot extract from .docx")


TEXTS = [random_bytes_text, pdf_named_txt, pdf_page_tree_bomb, pdf_cyclic_pages,
         pdf_garbage, latin1_text, long_text_line, unknown_suffix]


def snapshot(store) -> tuple:
    """Every node and relationship with its properties: equal snapshots, same data."""
    nodes = store.run("MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p "
                      "ORDER BY id")
    rels = store.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, "
                     "properties(r) AS p ORDER BY a, t, b")
    return (sorted((r["id"], sorted(r["labels"]), sorted(r["p"].items())) for r in nodes),
            sorted((r["a"], r["t"], r["b"], sorted(map(repr, r["p"].items()))) for r in rels))
