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

from qa.lexicon import pattern, words
from qa.text import tokenize
from qa.values import BOUND_WORDS

Measure = Literal["money", "count"]
Aggregate = Literal["max", "min", "total", "rows"]

_NOUNS = "|".join(words("count_nouns"))  # what reports count: people helped, cases, visits
_MONEY = re.compile(
    r"\b(how much|costs?|costing|costly|spend|spent|spending|invest\w*|fund(s|ed|ing)?|budgets?|money|"
    r"allocat\w*|paid|pay|price|expenditure|expensive|cheapest|pounds?|cash|financ\w*|overspen\w*|underspen\w*)\b|£"
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


def asks_for_money(question: str) -> bool:
    """Whether "how much" asks for an amount of money: a word of spending, cost or funding beside it.

    >>> asks_for_money("How much did the council spend on the app?"), asks_for_money("How much did admissions fall?")
    (True, False)
    >>> asks_for_money("What was the budget?"), asks_for_money("how much of the funding went on staff")
    (False, True)
    """
    q = question.lower()
    return bool(re.search(r"\bhow much\b", q)) and bool(_MONEY.search(re.sub(r"\bhow much\b", " ", q)))


@dataclass(frozen=True)
class Intent:
    measure: Measure | None  # the kind of figure asked for, if any
    aggregate: Aggregate | None
    describe: bool  # "what is ...": the description column or the passage
    both: bool = False  # asks for a count and an amount at once ("how many ... and what did it cost")
    quantity: bool = False  # asks for a figure of any kind (how many, how much, what percentage, population)
    form: "Form | None" = None  # the shape of answer asked for beyond a figure or passage (question_form)
    forms: "tuple[Form, ...]" = ()  # every form the question's wording fits, `form` first (question_forms)


_CHANGE_WORDS = frozenset(words("rise_words")) | frozenset(words("fall_words")) | frozenset(words("change_headers"))
_MONEY_NAMED = pattern("money_named_words", whole_words=True)  # words naming an amount of money (lexicon)


def how_much_changed(question: str) -> bool:
    """ "How much" asks by how much something moved, not for money, when no word of money is beside
    it and a word of rising or falling is ("how much has the waiting list come down since July").

    >>> how_much_changed("how much has the waiting list come down since july"), how_much_changed("how much is the grant")
    (True, False)
    >>> how_much_changed("how much did spending rise"), how_much_changed("how much do we save by ending the reduction scheme")
    (False, False)
    """
    q = question.lower()
    if re.search(r"\bhow much\b", q) is None or asks_for_money(q) or _MONEY_NAMED.search(q):
        return False
    return bool(_CHANGE_WORDS & set(re.findall(r"[a-z]+", q)))


def read_intent(question: str) -> Intent:
    q = question.lower()
    money = bool(_MONEY.search(q)) and not how_much_changed(q)
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
    forms = question_forms(question)
    if asks_actions(question) and "list" not in forms:
        forms = (*forms, "list")  # "what is the board being asked to do": things done, which a list answers whole
    both = bool(re.search(rf"\bhow many\b|number of|{_NOUNS}", q)) and bool(
        re.search(r"\b(cost|costs|spent|spend|invest\w*|how much|budget|funding)\b", q)
    )
    return Intent(
        measure=measure,
        aggregate=aggregate,
        describe=bool(_DESCRIBE.search(q)),
        both=both and aggregate is None,
        quantity=bool(_QUANTITY.search(q)),
        form=question_form(question),
        forms=forms,
    )


# Operations on figures of a table, most specific first: the first that matches is the question's.
Operation = Literal["periods", "rows", "count_over", "extreme", "compare", "pct_change", "change", "average", "ratio", "share", "sum"]
_CHANGE_WORD = (
    r"(?:change|changes|changed|cut|cuts|increase[sd]?|decrease[sd]?|grow(?:th|n)?|grew|rise|rose|fall|fell|decline[sd]?|drop(?:ped)?|movement|variance|"
    r"reduc(?:e|ed|es|tion)|risen|rising|fallen|falling|(?:go|goes|went|gone|going|come|comes|came|coming) (?:up|down))"
)
_PERIOD_SUPERLATIVE = re.compile(
    r"\b(?:highest|lowest|largest|smallest|biggest|most|least|fewest)\b[^?]*?\b(?!(?:the|this|that|a|an|each|per|last|next|every)\b)\w+\s+"
    r"(?:year|month|quarter|period)\s*\??\s*$"
)
OPERATIONS: tuple[tuple[Operation, re.Pattern[str]], ...] = (
    (
        "periods",
        re.compile(
            r"\b(?:which|what) (?:fiscal |financial |calendar )?(?:years|periods|dates)\b.*\b(?:table|included|provide|cover|relate|shown|report)|"
            r"\bwhich (?:fiscal |financial )?year does the (?:table|information)"
        ),
    ),
    (
        "rows",
        re.compile(
            # not when an operation on figures is asked of the items ("the change in Personnel-related items")
            r"^\s*(?:what|which|list)\b(?!.*\b(?:change|changes|average|mean|sum|total|ratio|percentage|proportion|difference|increase|decrease)\b)"
            r".*\b(?:types|components|categories|kinds|items|sources|segments|elements|classes|breakdown)\b"
            # the noun the question asks for, not a word naming a column ("the all types 4hr performance")
            r"(?=\s*(?:$|[?,.]|(?:of|are|were|in|does|do|did|is|was|that|for|by|which|there|and|the|to|within|under|make|\w+(?:ed|ing))\b))"
        ),
    ),
    (
        "count_over",
        re.compile(
            r"\b(?:in )?how many (?:fiscal |financial |calendar )?(?:years|quarters|months|periods)\b"
            rf"(?=.*\b(?:{BOUND_WORDS})\s*[-$£€]?\s*\d)"
        ),
    ),
    # "the lowest performance month": the period a row's figure is lowest in, not the row with
    # the lowest figure (a period word ending the question, with no "the"/"this" before it)
    ("compare", _PERIOD_SUPERLATIVE),
    (
        "extreme",
        re.compile(
            r"^\s*(?:which|what|who)\b(?!(?:.*\b(?:the|which|what|a|each))? (?:fiscal |financial )?(?:years?|periods?|quarters?|months?|dates?)\b)(?!.*\bor\b)"
            r".*\b(?:highest|largest|biggest|greatest|most|best|lowest|smallest|least|fewest|worst)\b|"
            # typed as a search: "most active ward in 2022-23", not "most recent figures" or "most of the budget"
            r"^\s*(?:the\s+)?(?:highest|largest|biggest|greatest|most|best|lowest|smallest|least|fewest|worst)\b(?!\s+(?:of|recent|recently|likely|up)\b)"
        ),
    ),
    (
        "compare",
        re.compile(
            r"\b(?:which|what) (?:fiscal |financial )?(?:year|period|quarter|month)\b|\bin which\b|"
            r"\bwhich (?:was|is|were|one|had|has|of)\b.*\b(?:larger|higher|greater|more|bigger|smaller|lower|less|fewer)\b|"
            r"\b(?:larger|higher|greater|bigger|smaller|lower|more|fewer|further)\b(?! or less)[^?]*\bor\b|\bmore or less than\b(?!.*\bby how much\b)|"
            r"\b(?:vs|versus)\b(?=.*\b(?:larger|higher|greater|bigger|smaller|lower|more|fewer|better|worse)\b)|"
            # "is the rate here higher than england", "how do we compare to england"
            r"(?<!how much )\b(?:higher|lower|better|worse) than\b|\bhow (?:do|does|did) (?:[\w'’-]+ ){1,5}?compare\b|"
            # "was august or september worse", not "was it better or worse"
            r"^\s*(?:was|were|is|are)\b(?![^?]*\b(?:better|worse|higher|lower|more|less) or\b)[^?]*\bor\b[^?]*"
            r"\b(?:larger|higher|greater|bigger|smaller|lower|more|fewer|better|worse)\b(?! than)"
        ),
    ),
    (
        "pct_change",
        re.compile(
            rf"(?:\bpercent(?:age)?|%)\s*{_CHANGE_WORD}|{_CHANGE_WORD}\s+(?:in\s+)?(?:percent(?:age)?|%)|"
            rf"growth rate|by what (?:percent(?:age)?|%)|how much (?:percent|%)"
        ),
    ),
    (
        "change",
        re.compile(
            rf"\b{_CHANGE_WORD}\b|\bdifference\b|\bgap\b(?=.*\bbetween\b)|\bhow much (?:more|less|higher|lower|longer|shorter|bigger|smaller|greater)\b|"
            r"\bhow many (?:more|fewer|less)\b(?=.*\b(?:than|compared|versus|vs)\b)|"
            r"\bhow far (?:[\w'’-]+ ){0,6}?(?:above|below|over|under|from|off)\b|\bby how much\b|(?<=\bworth )(?:above|below|over|under)\b|"
            r"\b(?:better or worse|worse or better|improv(?:e|ed|ing) or (?:worsen|deteriorat|get worse|got worse)\w*)\b"
        ),
    ),
    # "mean" is the verb of "what does a score of 4 mean?", not an average
    ("average", re.compile(r"\baverage\b|^(?!.*\b(?:does|do|did|would|will|could|might)\b.*\bmean\b).*\bmean\b")),
    ("ratio", re.compile(r"\bratio\b")),
    ("share", re.compile(r"\b(?:proportion|percentage|share|what percent(?:age)?|as a percent(?:age)?)\b|%\s*of\b")),
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
    >>> [operation(q) for q in ("What are the components comprising personnel expenses?", "whats the all types 4hr performance for july")]
    ['rows', None]
    >>> [operation(q) for q in ("how much has the waiting list come down since july", "how much have admissions risen since 2021")]
    ['change', 'change']
    >>> operation("whats the % increase in survey responses between 23/24 and 24/25")  # "%" begins no word: no \\b before it
    'pct_change'

    >>> [operation(q) for q in ("Which fund paid the highest rate?", "In which year was the rate highest?", "Which is larger, A or B?")]
    ['extreme', 'compare', 'compare']
    >>> operation("What is the component with the highest obligation in 1-5 years?")
    'extreme'
    >>> operation("What was the lowest A&E performance month?"), operation("Which fund had the highest return this month?")
    ('compare', 'extreme')
    >>> operation("Which fund had the best total return?")
    'extreme'
    >>> [operation(q) for q in ("How much did borrowing reduce between 2024 and 2028?", "How far below its cost was the value?",
    ...     "Was it worth more or less than its cost, and by how much?", "How much did the grant go up from 2022 to 2023?")]
    ['change', 'change', 'change', 'change']
    >>> operation("What is the change in Personnel-related items from 2018 to 2019?"), operation("What are the classes of shares?")
    ('change', 'rows')
    >>> operation("What is the mean score?"), operation("What does a score of 4 mean on the register?")
    ('average', None)
    >>> operation("what's the gap in female life expectancy between A and B"), operation("what is the budget gap in 2026-27?")
    ('change', None)
    >>> operation("How much is the fund worth above what we paid for it?"), operation("Is the fund worth more or less than we paid?")
    ('change', 'compare')
    >>> operation("how many more appointments in oct compared to sept"), operation("how many more beds will open"), operation("were there more calls in sept or oct")
    ('change', None, 'compare')
    >>> operation("pendrick vs astley fen, whose face to face % is higher")
    'compare'
    >>> operation("did the cat 2 mean get better or worse from oct to nov"), operation("has it improved or deteriorated since q1")
    ('change', 'change')
    >>> operation("how far is the financial plan risk from its target score"), operation("how far is CR01 above its target")
    ('change', 'change')
    >>> operation("is the rate here higher than england"), operation("how do we compare to england"), operation("how much higher is it than in 2024")
    ('compare', 'compare', 'change')
    >>> operation("was august or september worse for harm incidents?"), operation("was it better or worse in q2?")
    ('compare', 'change')
    >>> operation("which division is further overspent - surgery or medicine?")
    'compare'
    """
    q = question.lower()
    return next((name for name, pattern in OPERATIONS if pattern.search(q)), None)


def without_operation(question: str, op: Operation | None) -> str:
    """The question with the words of its operation taken out, leaving what it is about.

    >>> without_operation("What is the percentage change in revenue?", "pct_change")
    'what is the  in revenue?'
    >>> without_operation("What is A as a percentage of B?", "share")
    'what is a   of b?'
    >>> without_operation("which trust has the bigger forecast deficit - ostrevale or dunmarrow?", "compare")
    'which trust has the  forecast deficit - ostrevale  dunmarrow?'
    """
    q = question.lower()
    if op is None:
        return q
    pattern = dict(OPERATIONS)[op]
    if op == "compare":  # "the bigger forecast deficit - A or B": the words between are what is compared
        return pattern.sub(lambda m: " " + " ".join(w for w in m.group(0).split() if w not in _COMPARING) + " ", q, count=1)
    return pattern.sub(" ", q, count=1)


# the words of a comparison's pattern that ask for it; the others it spans name what is compared
_COMPARING = frozenset(
    "which what in fiscal financial year period quarter month was is were one had has of or "
    "larger higher greater more bigger smaller lower less fewer highest lowest largest smallest biggest most least".split()
)


# What shape of answer a question asks for, beyond a figure or a passage. The first form whose
# pattern matches is the question's: a definition or a location is asked for explicitly, a yes/no
# question by its opening verb, a list by a plural after "what are", a summary by an open request.
# The patterns read the question's core (core_question): polite wrappers such as "can you" or
# "could you tell me" are taken off first, so "can you list…" is a list and "do you know if…" a
# yes/no question.
Form = Literal["define", "reason", "section", "yesno", "list", "summary"]
_AUX = r"(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|must|may|might|shall)"
_CONTAINER = rf"(?:{'|'.join(words('place_kinds'))})"  # the kinds of place a report labels ("which chapter …")
_DOCUMENT = r"(?:report|plan|document|paper|papers|strategy|update|statement|policy|dashboard|scorecard|briefing|annex|appendix|it|they)"
# a plural noun: ends in "s" but not "ss" ("progress", "access" are not plurals)
_PLURAL = r"\w+[^\Ws]s"
_PLACE_VERB = (
    r"(?:covers?|covered|about|mentions?|mentioned|talks?|discuss\w*|deals?|dealt|address\w*|describes?|described|"
    r"lists?|listed|sets? out|set out|explains?|explained|looks? at|refers? to|found|say|says|said|under)"
)
FORMS: tuple[tuple[Form, re.Pattern[str]], ...] = (
    (
        "define",
        re.compile(
            r"\bstands? for\b|\bwhat (?:does|do) (?:the )?(?:abbreviation |acronym |term |word )?\S+ mean\b|"
            r"\bwhat is meant by\b|\bdefin(?:e|ition of)\b|\bmeaning of\b|\bshort for\b|"
            r"\ban? (?:abbreviation|acronym) (?:for|of)\b|\b(?:full|long) (?:form|name|version) of\b"
        ),
    ),
    (
        "reason",
        re.compile(
            r"^(?!\s*how (?:much|many)\b)(?:\s*why\b|.*\b(?:what|which)\b.*(?:\b(?:reasons?|caused|causes|causes? of|led to|lead to|drove|"
            r"accounted for|accounts? for|driven by)\b|\b(?:attributed|attributable|due|owing) to\s*\??\s*$))"
        ),
    ),
    (
        "section",
        re.compile(
            rf"\b(?:which|what) {_CONTAINER}s?\b(?! (?:do|does|did|are there|were there|have|has)\b).*\b(?:{_PLACE_VERB}|is|are|in)\b|"
            rf"^\s*(?:is|are) there (?:a|an|any) {_CONTAINER}s? (?:on|about|covering|for|dealing with|that)\b|"
            rf"\bunder (?:which|what) (?:{_CONTAINER}s?|headings?)\b|"
            rf"\bwhere (?:in|within)\b|\bwhere (?:can|could|would|will|should|do|does|did) (?:i|we|you|one) (?:find|read|look|see)\b|"
            rf"\bwhere (?:does|do|did) (?:the |this |that )?(?:[\w'’&-]+ ){{0,3}}?{_DOCUMENT}\b|"
            rf"\bwhere (?:is|are|was|were)\b.*\b(?:{_PLACE_VERB}|in (?:the|this|that) (?:\w+ ){{0,3}}{_DOCUMENT})\b|"
            rf"\bwhere(?:'s|’s| is| are)? (?:the )?(?:bits?|parts?|pieces?|stuff|{_CONTAINER}s?) (?:about|on|covering|dealing with|that)\b"
        ),
    ),
    (
        "yesno",
        re.compile(
            r"^\s*(?:if|whether)\b(?!.*\b(?:what|which|how|who|when|where|why)\b)|"
            rf"^\s*{_AUX}(?:n't| not)?\s(?!.*\bor\b(?! not\b))|"
            # "18-64 care home admissions - are we below england?": the asking clause comes last
            rf"(?:\s[-–—]|,|:)\s+{_AUX}(?:n't| not)?\s(?![^-–—,:]*\bor\b(?! not\b))[^-–—,:]*$"
        ),
    ),
    (
        "list",
        re.compile(
            rf"^\s*(?:list|name|enumerate|give me (?:a list|all)|what (?:kinds?|types?|sorts?) of)\b|"
            rf"^\s*(?:tell|show|give) me (?!(?:about|an?|more|some|overview|summary|rundown)\b)(?:all )?(?:the )?(?:(?:full )?list of )?(?:\w+[ -]){{0,3}}?{_PLURAL}\b|"
            r"\bwhat are they\b|\bwho (?:sits?|serves?) on\b|\bwho are (?:the )?members\b|"
            rf"\b(?:what|which) (?:are|were) (?:all )?(?:the )?(?:[\w'’]+[ -]){{0,3}}?{_PLURAL}\b|"
            rf"\b(?:what|which) (?:\w+[ -]){{0,3}}?{_PLURAL} (?:are|were|is|was|sit|fall|does|do|did|has|have|had)\b|"
            rf"^\s*which (?:\w+[ -]){{0,2}}?{_PLURAL} (?:in|on|under|from|of|within)\b|"
            r"\bwho (?:spoke|attended|were|are)\b"
        ),
    ),
    (
        "summary",
        re.compile(
            r"^\s*what (?:the|this|that|their|its) (?:[\w'’&-]+ ){0,8}?(?:found|finds|says|said|shows|showed|concluded|concludes)(?: about\b.*)?\s*\??\s*$|"
            r"^\s*(?:tell me (?:about|more)|summari[sz]e|sum up|give (?:me )?(?:an? )?(?:\w+ ){0,2}?(?:overview|summary|rundown)|"
            r"(?:an? )?(?:\w+ ){0,2}?(?:overview|summary|rundown) of)|\b(?:the )?gist of\b|"
            r"\bhow (?:is|are|has|have) .* (?:going|progressing|getting on|doing)\b|\bwhat(?:'s| is| are) happening\b|"
            r"\bwhat (?:\w+ ){0,2}?(?:got|has got|went|is getting|has gone|have got) (?:better|worse)\b|\bwhat (?:\w+ ){0,2}?(?:has |have )?improved\b|"
            r"\bwhat(?:'s| is| are| has been| was)\b.* (?:doing (?:about|on|to|for)|(?:done|being done) (?:about|on|for))\b|"
            r"^(?!\s*how (?:much|many)\b).*\bplans? (?:(?!\bor\b)[\w'’-]+ ){0,8}?(?:for|over|in) the (?:next|coming)\b|^\s*what(?:'s| is| has been) (?:being )?planned(?= (?:for|in|over|during|next|this|by)\b|\s*\??\s*$)|"
            r"\bwhat (?:progress|headway)\b|\bwhat(?:'s| is) the latest\b|"
            r"\bwhat (?:does|do|did) (?:the |this |that |it |they )?(?:\w+ ){0,4}(?:say|says|said) (?:about|on)\b|"
            r"\bwhat (?:is|was) the (?:\w+ ){0,6}(?:report|paper|plan|document) about\b|"
            r"\b(?:main|key|headline) (?:challenges|points|issues|risks|messages|findings|highlights|themes|achievements|takeaways)\b"
        ),
    ),
)

# Polite or indirect wrappers around the question itself, taken off before its form is read.
_WRAPPER = re.compile(
    r"^\s*(?:(?:please|pls|ok|okay|so|and|hi|hello)[,!]?\s+|"
    r"(?:can|could|would|will) you(?: please)?\s+(?=\w)(?!(?:explain|describe)\b)|"
    r"(?:i(?:'d| would) like to know|i want to know|i need to know|i wonder|i'm wondering|do you know|does anyone know)\s+|"
    r"(?:tell|show) me\s+(?=(?:if|whether|which|what|where|who|when|how)\b)|"
    r"(?:find out|check)\s+(?=(?:if|whether)\b))",
    re.I,
)


def core_question(question: str) -> str:
    """The question without the polite or indirect wrappers around it, lower-cased.

    >>> core_question("Can you please tell me whether the plan was approved?")
    'whether the plan was approved?'
    >>> core_question("could you list the strands"), core_question("Do you know which chapter covers finances")
    ('list the strands', 'which chapter covers finances')
    >>> core_question("can the board approve it")
    'can the board approve it'
    """
    q = question.lower().strip()
    while (m := _WRAPPER.match(q)) and m.end() < len(q):
        q = q[m.end() :]
    return q


def question_form(question: str) -> Form | None:
    """The shape of answer a question asks for, or None for a look-up.

    >>> [question_form(q) for q in ("What does ICS stand for?", "Which chapter covers finances?",
    ...     "Was the strategy approved in 2022?", "What are the strands for end of life care?",
    ...     "Tell me about falls", "How many people were helped?")]
    ['define', 'section', 'yesno', 'list', 'summary', None]
    >>> [question_form(q) for q in ("Why did costs fall?", "What led to the increase in revenue?",
    ...     "What is the increase in revenue attributed to?", "How much of the decrease was due to lower sales?")]
    ['reason', 'reason', 'reason', None]
    >>> question_form("What is the main cause of delays?"), question_form("If journeys returned, what shortfall would that cause?")
    ('reason', None)
    >>> question_form("18-64 care home admissions - are we below england?"), question_form("day case activity - above or below plan?")
    ('yesno', None)
    >>> [question_form(q) for q in ("Is A larger or B?", "which services are in the table",
    ...     "what activities are funded under prevention", "where does it mention carers")]
    [None, 'list', 'list', 'section']
    >>> question_forms("tell me the strands"), question_forms("tell me about falls"), question_forms("who sits on the board")
    (('list',), ('summary',), ('list',))
    >>> question_form("what's MTFS short for"), question_form("what is the full form of RSG")
    ('define', 'define')
    >>> question_form("what themes do the task groups cover"), question_form("which theme covers carers")
    ('list', 'section')
    >>> [question_form(q) for q in ("is there a section on carers", "can you list the risks",
    ...     "what progress has been made on falls", "do you know if the plan was approved", "where is the hospital")]
    ['section', 'list', 'summary', 'yesno', None]
    """
    q = core_question(question)
    return next((form for form, pattern in FORMS if pattern.search(q)), None)


def question_forms(question: str) -> tuple[Form, ...]:
    """Every form a question's wording fits, in precedence order: when the first form's answerer
    finds nothing that fits, the next is tried ("what are the key messages…" is a list or a summary).

    >>> question_forms("what are the key messages of the report"), question_forms("how many people were helped")
    (('list', 'summary'), ())
    >>> question_forms("could you give me a short summary of the borrowing strategy"), question_forms("what's the plan for health and care over the next 12 months")
    (('summary',), ('summary',))
    >>> question_form("which money market funds was the council using"), question_form("which activities in the mobility table reduce admissions")
    ('list', 'list')
    >>> question_form("which new laws or schemes are pushing up waste costs")
    'list'
    >>> question_forms("what's planned for 2025 in the covenant report"), question_forms("what is planned spending in 2025?")
    (('summary',), ())
    >>> question_forms("how many staff does the plan fund over the next year")
    ()
    """
    q = core_question(question)
    return tuple(form for form, pattern in FORMS if pattern.search(q))


# The wording of where-questions, read by the place answerer and by the relevance gate.
def plural_pattern(word: str) -> str:
    """A regex for a word and its plural, for the kinds of place a report labels (lexicon data).

    >>> [bool(re.fullmatch(plural_pattern(w), t)) for w, t in (("page", "pages"), ("appendix", "appendices"), ("annex", "annexes"), ("entry", "entries"))]
    [True, True, True, True]
    """
    if word.endswith("y"):
        return f"{word[:-1]}(?:y|ies)"
    if word.endswith("ix"):
        return f"{word[:-2]}(?:ix|ices|ixes)"
    if word.endswith(("x", "s", "ch", "sh")):
        return f"{word}(?:es)?"
    return f"{word}s?"


KINDS = re.compile(  # the kinds of place a question may ask for
    rf"\b({'|'.join(plural_pattern(w) for w in words('place_kinds'))})\b",
    re.I,
)
# Words that say "where" rather than what about: taken out of a place question's subject.
_PLACE_WORDS = re.compile(
    r"\b(?:where|which|what|in|within|under|is|are|there|a|an|any|the|this|that|of|on|about|does|do|did|can|could|"
    r"would|will|should|i|we|you|one|find|read|look|see|covers?|covered|covering|mentions?|mentioned|talks?|talking|"
    r"discuss\w*|deals?|dealt|dealing|address\w*|describes?|described|lists?|listed|sets?|set|out|explains?|explained|"
    r"looks?|refers?|referred|say|says|said|found|goes|go|into|please|tell|me|you|could|would)\b",
    re.I,
)
_DOCUMENT_PHRASE = re.compile(
    r"\b(?:(?:in|of|from|within) )?(?:the|this|that|their|its) ((?:(?!(?:of|in|on|about|for|the|and)\b)[\w'’&-]+ (?:and )?){0,3}?)"
    r"(?:report|plan|document|paper|strategy|update|statement|policy|dashboard|scorecard|briefing)s?\b",
    re.I,
)


def place_text(question: str) -> str:
    """A where-question less its place words and the phrase naming the document: what it is about.

    >>> " ".join(place_text("In which part of the annual report is the Falls car discussed?").split())
    'Falls car ?'
    """
    q = _DOCUMENT_PHRASE.sub(" ", question)  # the document is not the subject (document_words)
    return _PLACE_WORDS.sub(" ", KINDS.sub(" ", q))  # case kept: a name stays a name for the gate


def without_document(question: str) -> str:
    """The question without the phrase naming the document it asks about.

    >>> " ".join(without_document("Has KCC kept its gold award in the covenant report?").split())
    'Has KCC kept its gold award ?'
    """
    return _DOCUMENT_PHRASE.sub(" ", question) if _DOCUMENT_PHRASE.search(question.lower()) else question


def document_words(question: str) -> frozenset[str]:
    """The stems naming the document a question asks about ("in the covenant report" -> covenant).

    >>> sorted(document_words("which section of the sen report covers falls")), sorted(document_words("where are falls"))
    (['sen'], [])
    >>> sorted(document_words("where are the recommendations of the sen report"))
    ['sen']
    >>> sorted(document_words("which section of the quality and safety paper covers staffing")), sorted(document_words("where in the dashboard is finance"))
    (['qualiti', 'safeti'], [])
    """
    return frozenset(t for m in _DOCUMENT_PHRASE.finditer(core_question(question)) for t in tokenize(m.group(1)))


_SEVERAL = re.compile(rf"{pattern('several_words', whole_words=True).pattern}|\w \band\b \w", re.I)  # lexicon several_words


_MANNER = re.compile(
    r"^\s*how (?:is|are|was|were|will|would|does|do|did|can|could|should)\b(?! (?:much|many|long|often|far|old|big|large|soon)\b)"
    r"(?!.*\b(?:going|doing|progressing|getting on|performing)\b)",  # "how is the work going": how well, a summary
    re.I,
)


_ACTIONS = re.compile(r"^\s*what (?:will|would|should|could|can|does|do|did|must|is|are) (?:\S+ ){1,6}?(?:do|doing)\b|^\s*what happens\b")


def asks_actions(question: str) -> bool:
    """Whether a question asks what someone will do or what happens ("what will the council do to
    prevent homelessness", "what happens at OPEL 4"): things done, which a list answers whole.

    >>> asks_actions("what will the council do to prevent homelessness"), asks_actions("what happens if a site reaches level 4")
    (True, True)
    >>> asks_actions("what is the trust board being asked to do")
    True
    >>> asks_actions("what does the council spend on homelessness"), asks_actions("what % of people need nothing more")
    (False, False)
    """
    return _ACTIONS.search(core_question(question)) is not None


def asks_manner(question: str) -> bool:
    """Whether a question asks how something is done ("How is the spend paid for?"): words, not a figure.

    >>> asks_manner("How is the 2025-26 technology spend paid for?"), asks_manner("How much is the spend?"), asks_manner("How is the work going?")
    (True, False, False)
    """
    return bool(_MANNER.search(question))


def offers_choice(question: str) -> bool:
    """Whether a question offers alternatives ("did A or B return more?"): its answer may be about
    either, so it need not name both.

    >>> offers_choice("Did the Aegon fund or the Ninety One fund do better?"), offers_choice("What did the Aegon fund return?")
    (True, False)
    >>> offers_choice("pendrick vs astley fen, whose rate is higher")
    True
    """
    return bool(re.search(r"\bor\b|\bvs\b|\bversus\b", question, re.I))


def asks_for_several(question: str) -> bool:
    """Whether a look-up asks for more than one thing at once.

    >>> asks_for_several("What are the respective values of municipal and corporate bonds?"), asks_for_several("What was revenue in 2019?")
    (True, False)
    """
    return bool(_SEVERAL.search(question))
