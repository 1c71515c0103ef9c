"""Assemble BENCHMARKS.md from the result sections the benchmark scripts write.

Each script in benchmarks/ and scripts/ writes one markdown section under
benchmarks/results/ with the exact command that produced it; this joins them in a fixed
order so BENCHMARKS.md never holds a figure without its command.

    python benchmarks/assemble.py
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORDER = [
    ("summary.md", "Summary"),
    ("retrieval.md", "Source retrieval and speed (issue 2)"),
    ("index.md", "Indexing time (issue 2)"),
    ("verdicts.md", "Source verdicts: source left out, two-source blends (issue 2)"),
    ("audit_cases.md", "Whole audit on labelled content-farm rewrites (issues 2 and 3)"),
    ("consistency.md", "Change audit (issue 3)"),
    ("claims.md", "Change audit on labelled claims, by kind of change (issue 3)"),
    ("faithful.md", "False alarms on faithful whole-article rewrites (issue 3)"),
    ("rounds.md", "Do the audit's rules carry to new text? (issue 3)"),
    ("detect.md", "Machine-written text (issue 4)"),
    ("batch.md", "Batch jobs on Spark: copies across a corpus, check throughput"),
    ("alignment_fit.md", "How the alignment similarity was chosen"),
    ("experiments.md", "Tried and not adopted"),
]

HEADER = """# Benchmarks

Every figure below comes from a script in this repository, run on the project's 2-core
machine against the public data in `../shared/data` (see its READMEs), next to a baseline run
in the same command. Each section names its command and date. Fitted parts were fitted on
data other than what they are scored on; each section says which.

Regenerate a section by running its command, then `python benchmarks/assemble.py`.
"""


def main() -> None:
    parts = [HEADER]
    for name, title in ORDER:
        path = ROOT / "benchmarks" / "results" / name
        if path.exists():
            body = path.read_text(encoding="utf-8").strip()
            levels = [len(x) - len(x.lstrip("#")) for x in body.splitlines() if x.startswith("#")]
            shift = "#" * (3 - min(levels)) if levels and min(levels) < 3 else ""
            body = "\n".join(
                (shift + line if line.startswith("#") else line) for line in body.splitlines()
            )
            parts.append(f"## {title}\n\n{body}\n")
    (ROOT / "BENCHMARKS.md").write_text("\n".join(parts), encoding="utf-8")
    print(f"wrote {ROOT / 'BENCHMARKS.md'}")


if __name__ == "__main__":
    main()
