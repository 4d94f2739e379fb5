"""Synthetic board reports for scale tests: headings, paragraphs and tables of money and counts,
from a fixed random seed, so every run builds the same corpus.

    .venv/bin/python benchmarks/synth.py OUT_DIR --units 10000
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

PLACES = ["Leicester", "Leicestershire", "Rutland", "Derby", "Nottingham", "Lincoln", "Coventry", "Warwick", "Northampton", "Stoke"]
SERVICES = [
    "falls prevention",
    "home care",
    "reablement",
    "community nursing",
    "urgent care",
    "mental health crisis",
    "dementia support",
    "carers breaks",
    "housing adaptations",
    "hospital discharge",
    "end of life care",
    "stroke rehabilitation",
    "diabetes education",
    "smoking cessation",
    "weight management",
    "social prescribing",
    "virtual wards",
    "respite care",
    "speech therapy",
    "physiotherapy",
]
VERBS = ["improved", "reduced", "expanded", "reviewed", "commissioned", "integrated", "redesigned", "piloted", "extended", "evaluated"]
THINGS = [
    "waiting times",
    "admissions",
    "length of stay",
    "staff capacity",
    "patient experience",
    "referral rates",
    "care packages",
    "readmissions",
    "access",
    "workforce training",
]


def sentence(rng: random.Random) -> str:
    return (
        f"In {rng.choice(PLACES)} the {rng.choice(SERVICES)} team {rng.choice(VERBS)} {rng.choice(THINGS)} "
        f"by {rng.randint(2, 60)}% during {rng.choice(['2022-23', '2023-24', '2024-25'])}."
    )


def money(rng: random.Random) -> str:
    n = rng.choice([rng.randint(5, 999) * 1000, rng.randint(100_000, 9_999_999)])
    return rng.choice([f"£{n:,}", f"£{n // 1000}k", f"£{n / 1e6:.2f} million"])


def report(rng: random.Random, number: int, units: int) -> tuple[str, int]:
    """A markdown report with about `units` units; returns the text and the units it holds."""
    lines = [f"# {rng.choice(PLACES)} Health and Wellbeing Board report {number}", ""]
    made = 0
    section = 0
    while made < units:
        section += 1
        lines += [f"## Priority {section}: {rng.choice(SERVICES).title()}", ""]
        for _ in range(rng.randint(2, 5)):
            lines += [" ".join(sentence(rng) for _ in range(rng.randint(1, 3))), ""]
            made += 1
        rows = rng.randint(4, 12)
        lines.append("Activity\tDetail\tBeneficiaries\tInvestment 24-25\tCommitments")
        for _ in range(rows):
            svc = rng.choice(SERVICES)
            lines.append(
                f"{svc.title()} {rng.randint(1, 99)}\tSupport for {svc} in {rng.choice(PLACES)}\t{rng.randint(10, 20000)}\t"
                f"{money(rng)}\t{rng.choice(VERBS).capitalize()} {rng.choice(THINGS)}"
            )
        lines.append("")
        made += rows
    return "\n".join(lines) + "\n", made


def write_corpus(out: Path, total_units: int, per_report: int = 200, seed: int = 7) -> int:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    made, number = 0, 0
    while made < total_units:
        number += 1
        text, n = report(rng, number, min(per_report, total_units - made))
        (out / f"report-{number:05d}.md").write_text(text, encoding="utf-8")
        made += n
    return number


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--units", type=int, default=10_000)
    a = ap.parse_args()
    print(f"wrote {write_corpus(a.out, a.units)} reports")
