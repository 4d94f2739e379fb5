"""What a question asks for, read from its wording alone. Pure functions.

>>> read_intent("Which activity had the largest investment?").aggregate
'max'
>>> read_intent("How many people did PCNs help?").measure
'count'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from qa.lexicon import words
from qa.values import BOUND_WORDS

Measure = Literal["money", "count"]
Aggregate = Literal["max", "min", "total", "rows"]

_NOUNS = "|".join(words("count_nouns"))  # what reports count: people helped, referrals, admissions
_MONEY = re.compile(
    r"\b(how much|costs?|costing|costly|spend|spent|spending|invest\w*|fund(s|ed|ing)?|budgets?|money|"
    r"allocat\w*|paid|pay|price|expenditure|expensive|cheapest|pounds?|cash|financ\w*)\b|£"
)
_COUNT = re.compile(
    rf"\b(how many|number of|{_NOUNS}|headcount|how much (of )?(the )?(population|people)|"
    r"count of|people (were )?(helped|supported|reached))\b"
)
_MAX = re.compile(r"\b(largest|biggest|highest|greatest|most|maximum|top|max|costliest|most expensive|largest share)\b")
_MIN = re.compile(r"\b(smallest|lowest|least|fewest|minimum|min|cheapest)\b")
_TOTAL = re.compile(r"\b(total|totals|sum|altogether|combined|in all|add(ed)? up)\b")
_PEOPLE = re.compile(rf"\b(people|persons|{_NOUNS}|helped|help|supported|reached|users|clients|fewest|staff)\b")
_ROW_COUNT = re.compile(rf"\bhow many ({'|'.join(words('row_nouns'))})\b")
_DESCRIBE = re.compile(r"^\s*(what (is|are|was|were|does|do)|describe|explain|tell me about|what's)\b")
_QUANTITY = re.compile(
    r"\b(how many|how much|number of|what (is|was) the (population|percentage|proportion|rate|total|number|size|cost)|"
    r"what percentage|what proportion|what share)\b"
)


@dataclass(frozen=True)
class Intent:
    measure: Measure | None  # the kind of figure asked for, if any
    aggregate: Aggregate | None
    describe: bool  # "what is ...": the description column or the passage
    both: bool = False  # asks for a count and an amount at once ("how many ... and what did it cost")
    quantity: bool = False  # asks for a figure of any kind (how many, how much, what percentage, population)
    form: "Form | None" = None  # the shape of answer asked for beyond a figure or passage (question_form)


def read_intent(question: str) -> Intent:
    q = question.lower()
    money = bool(_MONEY.search(q))
    count = bool(_COUNT.search(q))
    measure: Measure | None = "count" if count and not re.search(r"\bhow much\b|£", q) else ("money" if money else None)
    if measure is None and count:
        measure = "count"
    aggregate: Aggregate | None = None
    if _ROW_COUNT.search(q):
        aggregate = "rows"
    elif _TOTAL.search(q) and measure:
        aggregate = "total"
    elif _MIN.search(q) or _MAX.search(q):
        people = bool(_PEOPLE.search(q))
        if measure or people or re.search(r"cheapest|expensive", q):
            aggregate = "min" if _MIN.search(q) else "max"
            measure = "count" if people and not money else (measure or "money")
    both = bool(re.search(rf"\bhow many\b|number of|{_NOUNS}", q)) and bool(re.search(r"\b(cost|costs|spent|spend|invest\w*|how much|budget|funding)\b", q))
    return Intent(
        measure=measure,
        aggregate=aggregate,
        describe=bool(_DESCRIBE.search(q)),
        both=both and aggregate is None,
        quantity=bool(_QUANTITY.search(q)),
        form=question_form(question),
    )


# Operations on figures of a table, most specific first: the first that matches is the question's.
Operation = Literal["periods", "rows", "count_over", "compare", "pct_change", "change", "average", "ratio", "share", "sum"]
_CHANGE_WORD = r"(?:change|changes|changed|increase[sd]?|decrease[sd]?|grow(?:th|n)?|rise|rose|fall|fell|decline[sd]?|drop(?:ped)?|movement|variance)"
OPERATIONS: tuple[tuple[Operation, re.Pattern[str]], ...] = (
    ("periods", re.compile(r"\b(?:which|what) (?:fiscal |financial |calendar )?(?:years|periods|dates)\b.*\b(?:table|included|provide|cover|relate|shown|report)|"
                           r"\bwhich (?:fiscal |financial )?year does the (?:table|information)")),
    ("rows", re.compile(r"^\s*(?:what|which|list)\b.*\b(?:types|components|categories|kinds|items|sources|segments|elements|classes|breakdown)\b")),
    ("count_over", re.compile(r"\b(?:in )?how many (?:fiscal |financial |calendar )?(?:years|quarters|months|periods)\b"
                              rf"(?=.*\b(?:{BOUND_WORDS})\s*[-$£€]?\s*\d)")),
    ("compare", re.compile(r"\b(?:which|what) (?:fiscal |financial )?(?:year|period|quarter|month)\b|\bin which\b|"
                           r"\bwhich (?:was|is|were|one|had|has|of)\b.*\b(?:larger|higher|greater|more|bigger|smaller|lower|less|fewer)\b|"
                           r"\b(?:larger|higher|greater|bigger|smaller|lower)\b[^?]*\bor\b")),
    ("pct_change", re.compile(rf"\b(?:percent(?:age)?|%)\s*{_CHANGE_WORD}|{_CHANGE_WORD}\s+(?:in\s+)?(?:percent(?:age)?|%)|"
                              rf"growth rate|by what (?:percent(?:age)?|%)|how much (?:percent|%)")),
    ("change", re.compile(rf"\b{_CHANGE_WORD}\b|\bdifference\b|\bhow much (?:more|less|higher|lower)\b")),
    ("average", re.compile(r"\b(?:average|mean)\b")),
    ("ratio", re.compile(r"\bratio\b")),
    ("share", re.compile(r"\b(?:proportion|percentage|share|what percent|% of|as a percent)")),
    ("sum", re.compile(r"\b(?:total|sum|combined|altogether|in all|add(?:ed)? up|together)\b")),
)


def operation(question: str) -> Operation | None:
    """The operation on figures a question asks for, if any.

    >>> [operation(q) for q in ("What is the percentage change in revenue from 2018 to 2019?",
    ...     "What was the change in sales between 2017 and 2018?", "What is the average cost?",
    ...     "In which year was the tax larger?", "What is the ratio of A to B?", "What was revenue in 2019?")]
    ['pct_change', 'change', 'average', 'compare', 'ratio', None]
    >>> [operation(q) for q in ("What fiscal years are included in the table?", "What are the components of revenue?",
    ...     "In which year was the share of earnings higher?", "How many years did net sales exceed $200,000 thousand?")]
    ['periods', 'rows', 'compare', 'count_over']
    """
    q = question.lower()
    return next((name for name, pattern in OPERATIONS if pattern.search(q)), None)


def without_operation(question: str, op: Operation | None) -> str:
    """The question with the words of its operation taken out, leaving what it is about.

    >>> without_operation("What is the percentage change in revenue?", "pct_change")
    'what is the  in revenue?'
    """
    q = question.lower()
    if op is None:
        return q
    pattern = dict(OPERATIONS)[op]
    return pattern.sub(" ", q, count=1)


# What shape of answer a question asks for, beyond a figure or a passage. The first form whose
# pattern matches is the question's: a definition or a location is asked for explicitly, a yes/no
# question by its opening verb, a list by a plural after "what are", a summary by an open request.
Form = Literal["define", "section", "yesno", "list", "summary"]
_AUX = r"(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would)"
_CONTAINER = r"(?:chapter|section|part|paragraph|page|appendix|annex|heading|priority|workstream|theme|strand|table)"
FORMS: tuple[tuple[Form, re.Pattern[str]], ...] = (
    ("define", re.compile(r"\bstands? for\b|\bwhat (?:does|do) (?:the )?(?:abbreviation |acronym |term |word )?\S+ mean\b|"
                          r"\bwhat is meant by\b|\bdefin(?:e|ition of)\b|\bmeaning of\b")),
    ("section", re.compile(rf"\b(?:which|what) {_CONTAINER}s?\b.*\b(?:covers?|about|mentions?|talks?|discuss\w*|deals?|address\w*|"
                           rf"describes?|lists?|sets? out|under|includes?|is|are|in)\b|"
                           r"\bwhere (?:in|does|do|is|are|can i find|will i find)\b")),
    ("yesno", re.compile(rf"^\s*{_AUX}(?:n't| not)?\s(?!.*\bor\b)")),
    ("list", re.compile(r"^\s*(?:list|name|enumerate|give me (?:a list|all))\b|"
                        r"\b(?:what|which) (?:are|were) (?:all )?(?:the )?(?:\w+[ -]){0,3}?\w+s\b|"
                        r"\b(?:what|which) (?:\w+[ -]){0,2}?\w+s (?:are|were|sit|fall|does|do|did|has|have|had)\b|"
                        r"\bwho (?:spoke|attended|were|are)\b")),
    ("summary", re.compile(r"^\s*(?:tell me (?:about|more)|summari[sz]e|give (?:me )?(?:an )?overview|overview of)|"
                           r"\bhow (?:is|are) .* going\b|\bwhat(?:'s| is| are) happening\b|"
                           r"\bwhat (?:got|has got|went|is getting|has gone) (?:better|worse)\b|\bwhat (?:has )?improved\b|"
                           r"\bwhat(?:'s| is| are)\b.* doing (?:about|on|to|for)\b|\bplans? for the next\b|"
                           r"\bwhat (?:is|was) the (?:\w+ ){0,6}(?:report|paper|plan|document) about\b|\bmain (?:challenges|points|issues|risks)\b")),
)


def question_form(question: str) -> Form | None:
    """The shape of answer a question asks for, or None for a look-up.

    >>> [question_form(q) for q in ("What does ICS stand for?", "Which chapter covers finances?",
    ...     "Was the strategy approved in 2022?", "What are the workstreams for end of life care?",
    ...     "Tell me about falls", "How many people were helped?")]
    ['define', 'section', 'yesno', 'list', 'summary', None]
    >>> [question_form(q) for q in ("Is A larger or B?", "which services are in the table",
    ...     "what activities are funded under prevention", "where does it mention carers")]
    [None, 'list', 'list', 'section']
    """
    q = question.lower()
    return next((form for form, pattern in FORMS if pattern.search(q)), None)
