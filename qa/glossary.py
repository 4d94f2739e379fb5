"""Abbreviations used in NHS and council papers, and their expansions.

Added to the searched text of a unit (and to a question) that uses the short form, so a question
about "learning disabilities" finds the "LD short breaks" row and "DFGs" finds "Disabled Facilities
Grants". This is search vocabulary only: nothing here is ever shown as an answer.
"""

from __future__ import annotations

import re

ABBREVIATIONS: dict[str, str] = {
    "a&e": "accident and emergency",
    "am": "anticipatory medication",
    "bcf": "better care fund",
    "ibcf": "improved better care fund",
    "d2a": "discharge to assess",
    "dfg": "disabled facilities grant",
    "dfgs": "disabled facilities grants",
    "dhu": "derbyshire health united urgent care",
    "eol": "end of life",
    "fte": "full time equivalent staff",
    "gp": "general practice doctor",
    "hart": "home assessment and reablement team",
    "hwb": "health and wellbeing board",
    "hwbb": "health and wellbeing board",
    "icb": "integrated care board",
    "idt": "integrated discharge team",
    "jhws": "joint health and wellbeing strategy",
    "jhsw": "joint health and wellbeing strategy",
    "jsna": "joint strategic needs assessment",
    "ld": "learning disabilities",
    "llr": "leicester leicestershire and rutland",
    "mh": "mental health",
    "nhs": "national health service",
    "peolc": "palliative and end of life care",
    "respect": "recommended summary plan for emergency care and treatment",
    "uec": "urgent and emergency care",
    "vcse": "voluntary community and social enterprise",
    "vw": "virtual ward",
    "vws": "virtual wards",
}

_TOKEN = re.compile(r"[A-Za-z0-9&]+(?:'s)?")


def expansions(text: str) -> str:
    """The expansions of the abbreviations a text uses, written in capitals or as a plural.

    >>> expansions("LD short breaks and DFG's")
    'learning disabilities disabled facilities grant'
    """
    found: list[str] = []
    for raw in _TOKEN.findall(text):
        word = raw[:-2] if raw.endswith("'s") else raw
        # Short forms are written in capitals ("LD", "VW's"); a lower-case "am" is just a word.
        if not any(c.isupper() for c in word[:2]):
            continue
        key = word.lower()
        if key not in ABBREVIATIONS and key.endswith("s"):
            key = key[:-1]
        if key in ABBREVIATIONS and ABBREVIATIONS[key] not in found:
            found.append(ABBREVIATIONS[key])
    return " ".join(found)
