"""Detectors: the boilerplate that strings cannot list, judged by what a block is.

Every source brings its own promo, disclaimer and credit wording, and the site's salespeople change
names, numbers and phrasing; a catalog of strings always lags behind. Each detector here recognises a
kind of junk instead, from cues any source's version of it shares. Their vocabularies and thresholds
are data (rules.toml, one `[[rule]]` each); the judgement is this code. Every detector has a pure
predicate (`is_…`, `parse`, `judge_run`) that tests call on plain text.

Where junk lives matters as much as what it says. Contact blocks and headline lists are peeled off the
end of the body: a detector removes such a block when nothing but other junk separates it from the end
(the cleaner runs the detectors until none finds more, so peeling one block exposes the next). Credit
lines and disclaimers are looked for among the first and last few blocks; QR prompts, calls to action
and share widgets are short, unpunctuated and specific enough to be removed anywhere.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from re import _constants as _sre  # re's parsed form (CPython's own, as base._program reads it)
from re import _parser
from typing import ClassVar

from parkcrawler.clean.base import _CASED, Caseless, Doc, Plan, Removal, Rule, caseless, uncased, union, whole
from parkcrawler.clean.blocks import Block

# Ends of a sentence: real prose ends with one, promos and captions mostly don't.
_STOPS = frozenset("。!?！？…")


def _ends_at_stop(text: str) -> bool:
    """What re.search(r"[。!?！？…]$", text) says (`$`: the end, or before a final "\n"), from the last
    characters: the search tried every 。 of the text before its end."""
    return (text[:-1] if text.endswith("\n") else text)[-1:] in _STOPS


def _fits(text: str, limit: int) -> bool:
    """Whether `text` stripped is at most `limit` long, as the short-block predicates first ask: asked in
    plan, most blocks (long prose) cost no memo lookup per round. strip() copies nothing when nothing goes."""
    return len(text) <= limit or len(text.strip()) <= limit


def _ends_sentence(text: str) -> bool:
    return _ends_at_stop(text.strip())


# Where a sentence ends inside a block, and a bracketed aside closing a block: （欲了解详情，请致电…）.
_BREAKS = "。!?！？;；"
_BREAK_CHARS = frozenset(_BREAKS)
# Ends of runs of sentence breaks and of line breaks in one scan: a run of breaks holds no "\n", so the
# matches of the two alternatives are those of each alone.
_SENTENCE_OR_LINE = re.compile(f"[{_BREAKS}]+|\n")
_FINAL_ASIDE = re.compile(r"[(（【\[][^()（）【】\[\]]*[)）】\]]\s*$")


_NEVER = "(?!)"  # what an empty list of patterns matches: nothing (an empty regex would match everywhere)


def _compile(patterns: list[str]) -> re.Pattern[str] | Caseless:
    return caseless(union(patterns) or _NEVER)


def _opened(pattern: str) -> str:
    """`pattern` without the lookbehinds and optional or repeated characters it opens with (a landline's
    bracket, an e-mail address's name), and without the lookaheads it ends with (a number's, refusing a
    digit after it): matching wherever `pattern` matches (a lookaround consumes nothing; a match taking the
    characters holds a match of the rest right after them), and searched faster (re finds no first
    character to skip to past either). `pattern` itself when its opening cannot be split off safely (and
    its ending likewise)."""
    while True:
        if pattern.startswith(("(?<=", "(?<!")):
            end = _group_end(pattern)
            if not _is_lookbehind(pattern[:end]):
                break
        elif found := _OPTIONAL_CHAR.match(pattern):
            end = found.end()
        else:
            break
        rest = pattern[end:]
        if not rest or rest[0] in "*+?{" or not _compiles(rest):
            break
        pattern = rest
    return _closed(pattern)


def _closed(pattern: str) -> str:
    """`pattern` without the lookaheads it ends with: a match of `pattern` is one of what is left (a
    lookahead consumes nothing). The last group is taken off only when it is one lookahead capturing
    nothing, reaching the end, and what is left compiles and holds no "|" outside groups (that would
    split off a branch's lookahead only: still a superset, but not worth the care)."""
    while pattern.endswith(")"):
        opening = [i for i, char, depth in _syntax(pattern) if char == "(" and depth == 0]
        if not opening or _group_end(pattern[opening[-1] :]) != len(pattern) - opening[-1]:
            break
        rest, last = pattern[: opening[-1]], pattern[opening[-1] :]
        if not rest or not _is_lookahead(last) or not _compiles(rest) or _top_alternatives(rest) != [rest]:
            break
        pattern = rest
    return pattern


def _is_lookahead(source: str) -> bool:
    """Whether `source` is one lookahead, capturing nothing."""
    return _is_lookaround(source, 1)


# What a regex may be made of for its matches to be the same in any text holding them: characters,
# classes, groups, alternations and repeats that backtrack (every way of matching is tried), no
# assertion (anchors, \b, lookarounds: they read around the match), backreference, atomic group or
# possessive repeat (which commit to the first way, which depends on what follows).
_CONTEXT_FREE = {_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY}


def _context_free(pattern: str) -> bool:
    """Whether a search of `pattern` finds a match in a text exactly when one of the text's substrings is
    in its language: then a text in which it finds none has no substring in which it finds one."""
    try:
        return _free_items(_parser.parse(pattern).data)
    except re.error:
        return False


def _free_items(items: list) -> bool:
    for op, arg in items:
        if op is _sre.SUBPATTERN:
            if not _free_items(arg[3].data):
                return False
        elif op is _sre.BRANCH:
            if not all(_free_items(branch.data) for branch in arg[1]):
                return False
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            if not _free_items(arg[2].data):
                return False
        elif op not in _CONTEXT_FREE:
            return False
    return True


# One character, class or escaped character, repeated at least zero times (?, *) or at least once (+: a
# match holds a match of the rest right after the repeats too, an e-mail address's @…); lazy or possessive.
_OPTIONAL_CHAR = re.compile(r"(?:\\[^\w]|\\[dDsSwW]|[^\\()\[\]{}|*+?.^$]|\[(?:\\.|[^\]\\])+\])[?*+][?+]?")


def _compiles(source: str) -> bool:
    try:
        re.compile(source)
    except re.error:
        return False
    return True


def _syntax(pattern: str):
    """The regex source's characters that are syntax, with the group depth before each: (index, char,
    depth), skipping escaped characters and the insides of classes (where ( ) | are literals)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        i += 1
        if char == "\\":
            i += 1  # an escaped character, in a class or not
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += pattern.startswith("^", i)
            i += pattern.startswith("]", i)  # a ] first in a class is one of its characters
        else:
            yield i - 1, char, depth
            depth += (char == "(") - (char == ")")


def _group_end(pattern: str) -> int:
    """Where the group `pattern` opens with ends (0 when it does not close)."""
    return next((i + 1 for i, char, depth in _syntax(pattern) if char == ")" and depth == 1), 0)


def _is_lookbehind(source: str) -> bool:
    """Whether `source` is one lookbehind, capturing nothing."""
    return _is_lookaround(source, -1)


def _is_lookaround(source: str, direction: int) -> bool:
    """Whether `source` is one assertion looking `direction` (1 ahead, -1 behind), capturing nothing."""
    try:
        items = _parser.parse(source).data
    except re.error:
        return False
    return (
        len(items) == 1
        and items[0][0] in (_sre.ASSERT, _sre.ASSERT_NOT)
        and items[0][1][0] == direction
        and re.compile(source).groups == 0
    )


def _trie(words: dict[str, str]) -> str:
    """A regex found where a word of `words` is, followed by what its value (a regex) asks: their union
    with shared openings written once (编(?:辑…|审…|译…)), so that re, at each place one can start (every
    alternative opens with a literal: it skips to those), tries one alternative per distinct next
    character, not every word. The same places found: x(?:a|b) is xa|xb, and a word followed by nothing
    (value "") ends the search there for every longer word through it. Only for whether a text holds one:
    where a match ends differs. The words are literal; "" when there is none."""
    if words.get("") == "":
        return ""
    ends = [then for word, then in words.items() if not word]  # a word ending here, followed by `then`
    below: dict[str, dict[str, str]] = {}
    for word, then in words.items():
        if word:
            below.setdefault(word[0], {})[word[1:]] = then
    branches = [re.escape(char) + _trie(rest) for char, rest in below.items()] + ends
    return "|".join(branches) if len(branches) <= 1 else f"(?:{'|'.join(branches)})"


def _alternatives(words: list[str]) -> str:
    """A regex alternation of literal words, longest first (so 责任编辑 wins over 编辑)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or _NEVER


def _by_first_char(pairs: list[tuple[str, str]]) -> str:
    """The union of `word + then` over (word, then) pairs (`then` a regex, `word` literal), in their order,
    written as one alternative per first character of the words, holding that character's pairs in their
    order: at any place only the pairs whose word opens with the character there can match, so the first
    pair that matches is the union's first, and so is every match (finditer's too). re skips to the places
    where one of these characters stands; a union of groups it tries whole at every place. "" when there
    is no pair or a word is empty (no first character: the plain union is needed)."""
    if not pairs or not all(word for word, _ in pairs):
        return ""
    by_char: dict[str, list[str]] = {}
    for word, then in pairs:
        by_char.setdefault(word[0], []).append(re.escape(word[1:]) + then)
    grouped = [rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})" for rests in by_char.values()]
    return "|".join(re.escape(char) + rest for char, rest in zip(by_char, grouped, strict=True))


class Needs:
    """Characters a match of each of some regexes must hold, tested by a class search and `in` (scans in C).

    Read from the parsed regex: a literal character or a class of literals (one of which the match holds)
    that every match passes through: at the top, inside groups, repeats of at least one, and the sets all
    branches of an alternation share. Only characters without case (CJK, U+3000 to U+9FFF) are read, so
    IGNORECASE changes nothing. A text lacking a character of every set of each regex matches none of them
    (search, match or fullmatch: a match is part of the text). `possible(text)` is falsy when no regex can
    match `text` (a match or True otherwise); it is None when some regex yields no set: then nothing can be
    ruled out.
    """

    def __init__(self, patterns: list[str]) -> None:
        needs = [_needed_sets(p) for p in patterns]
        # Smaller sets first: a regex is ruled out by the first set the text lacks, in fewer `in` tests (the
        # order of an "all" changes nothing).
        self._needs = [tuple(tuple(s) for s in sorted(sets, key=len)) for sets in needs]
        # The characters a text holds one of whenever `possible` is truthy (None when it may be anything):
        # a gate may search them with others in one pass (CreditDetector's claim gate).
        self.firsts: frozenset[str] | None = None
        if not all(needs):
            self.possible = None
        elif all(len(sets) == 1 for sets in needs):
            # Each regex needing one set only, a text may match when it holds a character of any of them:
            # one search of their class in C, not a Python call looping over `in` tests (~2k instructions
            # less per call). The characters are uncased (_caseless_char): no flag needed.
            self.firsts = frozenset().union(*(sets[0] for sets in needs))
            chars = "".join(map(re.escape, sorted(self.firsts)))
            self.possible = re.compile(f"[{chars}]" if chars else _NEVER).search
        else:
            # A text lacking the smallest set of every regex matches none: one class search of those (in C)
            # rules out most texts before the loops below.
            self.firsts = firsts = frozenset().union(*(sets[0] for sets in self._needs))
            self._firsts = re.compile("[" + "".join(map(re.escape, sorted(firsts))) + "]").search
            self.possible = self._possible

    def _possible(self, text: str) -> bool:
        if self._firsts(text) is None:
            return False
        # Loops, not nested any/all: a generator per call cost more than the scans.
        for sets in self._needs:
            for chars in sets:
                for char in chars:
                    if char in text:
                        break
                else:
                    break  # none of this set: this regex cannot match
            else:
                return True
        return False


def _needed_sets(pattern: str) -> list[frozenset[str]]:
    """Sets of characters each match of `pattern` holds one of (see Needs); [] when none is found."""
    try:
        return list(dict.fromkeys(_needed(_parser.parse(pattern).data)))
    except re.error:
        return []


def _needed(items: list) -> list[frozenset[str]]:
    found: list[frozenset[str]] = []
    for op, arg in items:
        if op is _sre.LITERAL and _caseless_char(chr(arg)):
            found.append(frozenset(chr(arg)))
        elif op is _sre.IN and all(o is _sre.LITERAL and _caseless_char(chr(a)) for o, a in arg):
            found.append(frozenset(chr(a) for _, a in arg))  # a class of literals only (no NEGATE, ranges)
        elif op is _sre.SUBPATTERN:
            found += _needed(arg[3].data)
        elif op is _sre.ATOMIC_GROUP:
            found += _needed(arg.data)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found += _needed(arg[2].data)
        elif op is _sre.BRANCH:
            found += _shared([_needed(branch.data) for branch in arg[1]])
    return found


def _shared(branches: list[list[frozenset[str]]]) -> list[frozenset[str]]:
    """What every match of an alternation holds: the sets all branches need, else one set joining a set
    of each branch (nothing when a branch needs none)."""
    common = [s for s in branches[0] if all(s in other for other in branches[1:])]
    if common or not all(branches):
        return common
    return [frozenset().union(*(sets[0] for sets in branches))]


def _caseless_char(char: str) -> bool:
    """A character IGNORECASE matches only as itself: CJK, or ASCII but no letter."""
    return ("\u3000" <= char <= "\u9fff" or (char.isascii() and not char.isalpha())) and uncased(char)


class _AnyOf:
    """Whether any of some regexes matches somewhere in a text: `exact.search` for a text without cased
    characters, `folded.search` for any text (as Caseless's variants), returning a match or None.

    One union of many alternatives is slow to search: re skips to the positions where one could start only
    when every alternative opens with a literal character, else it tries all of them at every position.
    So the patterns' top-level alternatives opening with an uncased literal are one union (searched with
    that skip), and each other one is searched alone, only when the text holds the characters Needs
    finds in it (and, for one opening with a cased letter, a character IGNORECASE matches it with:
    _possible_folded). A match of any of them is one of the patterns' union, and the converse: the same
    answer.
    An alternative opening with a cased letter matches no text without cased characters: `exact` omits it.
    An alternative opening with a choice of uncased literals ([48]00…, (?:加|添加)微信) is one per literal
    (400…, 800…), in the union: the same matches.
    """

    def __init__(self, patterns: list[str]) -> None:
        alternatives = [e for p in patterns for a in _top_alternatives(p) for e in _spread_uncased(a)]
        led = [a for a in alternatives if _first_literal(a, cased=False)]
        others = [a for a in alternatives if a not in led]
        alone = [(a, _possible_folded(a), Caseless.variants(_compile([a]))) for a in others]
        union_ = [(None, Caseless.variants(_compile(led)))] if led else []
        exact = [(possible, r[0]) for a, possible, r in alone if not _first_literal(a, cased=True)]
        self.exact = _AnyOf._Variant([(None, r[0]) for _, r in union_] + exact)
        self.folded = _AnyOf._Variant([(None, r[1]) for _, r in union_] + [(p, r[1]) for _, p, r in alone])

    class _Variant:
        def __init__(self, searches: list) -> None:
            self._searches = searches
            if len(searches) == 1 and searches[0][0] is None:
                self.search = searches[0][1].search  # one regex, nothing to rule out first: its own search

        def search(self, text: str) -> re.Match[str] | None:
            for possible, regex in self._searches:
                if (possible is None or possible(text)) and (found := regex.search(text)):
                    return found
            return None


def _possible_folded(pattern: str):
    """What `Needs([pattern]).possible` says, and for a pattern every match of which opens with a cased letter
    (_first_literal), searched with IGNORECASE, also whether the text holds a character IGNORECASE lets match
    one of those letters (_folded_letters): a search of such a pattern has no class to skip to, and tried
    it at every position of a cased text. Falsy when the pattern cannot match; None when nothing rules out."""
    needs = Needs([pattern]).possible
    if not _first_literal(pattern, cased=True):
        return needs
    letters = _folded_letters(frozenset(_opening_letters(_parser.parse(pattern).data)))
    if needs is None:
        return letters
    return lambda text: needs(text) and letters(text) is not None


def _opening_letters(items: list) -> set[str]:
    """The cased letters every match of the parsed `items` opens with one of (as _opens_with(cased=True)
    accepts them: a letter, a class of letters, branches each opening so)."""
    op, arg = items[0]
    if op is _sre.LITERAL:
        return {chr(arg)}
    if op is _sre.BRANCH:
        return set().union(*(_opening_letters(branch.data) for branch in arg[1]))
    return {chr(a) for _, a in arg}  # an IN of literals only


@functools.cache
def _folded_letters(letters: frozenset[str]):
    """A search (no flag) of every character that re, with IGNORECASE, matches against one of `letters` (cased
    letters), as a literal or in a class of them. Each is found by matching among the cased characters
    (`_CASED`): IGNORECASE compares a character's simple lower (or upper) case mapping with the pattern's, and
    an uncased character maps to itself, which is no cased letter's mapping (a test checks every code point
    for the ASCII letters)."""
    candidates = "".join(_CASED)
    found = {c for letter in letters for c in re.findall(re.escape(letter), candidates, re.IGNORECASE)}
    found |= set(re.findall(f"[{''.join(map(re.escape, sorted(letters)))}]", candidates, re.IGNORECASE))
    return re.compile(f"[{''.join(map(re.escape, sorted(found | letters)))}]").search


# An opening choice of literals: a class of plain characters, or a non-capturing group of plain words.
_CHOICE = re.compile(r"\[([^\]\\^\-\[]+)\]|\(\?:([^()\[\]{}\\.*+?^$]+)\)")


def _spread(pattern: str) -> list[str]:
    """`pattern` as alternatives, one per literal of the choice it opens with ([48]00 -> 400, 800), when it
    opens with one that no quantifier follows; else [pattern]."""
    found = _CHOICE.match(pattern)
    rest = pattern[found.end() :] if found else ""
    if found is None or rest[:1] in ("*", "+", "?", "{") or not _compiles(rest):
        return [pattern]
    literals = list(found[1]) if found[1] is not None else found[2].split("|")
    return [re.escape(literal) + rest for literal in dict.fromkeys(literals)]


def _spread_uncased(pattern: str) -> list[str]:
    """_spread's alternatives when each opens with an uncased literal (all join _AnyOf's union), else
    [pattern]: a cased letter's alternatives would each be searched alone."""
    spread = _spread(pattern)
    return spread if all(_first_literal(a, cased=False) for a in spread) else [pattern]


def _top_alternatives(pattern: str) -> list[str]:
    """`pattern`'s alternatives at its top level (a|b(c|d) -> a, b(c|d)); [pattern] when a part does not
    compile on its own (then the split was not one of alternatives)."""
    cuts = [i for i, char, depth in _syntax(pattern) if char == "|" and depth == 0]
    parts = [pattern[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]
    try:
        for part in parts:
            re.compile(part)
    except re.error:
        return [pattern]
    return parts


def _first_literal(pattern: str, *, cased: bool) -> bool:
    """Whether every match of `pattern` opens with a literal character: with `cased`, a cased one (as
    `uncased` sees case), one of the alternatives' of a group or one of a class of cased letters; else one
    without case (_caseless_char), as re's skip needs (see _AnyOf)."""
    return _opens_with(_parser.parse(pattern).data, cased=cased)


def _opens_with(items: list, *, cased: bool) -> bool:
    if not items:
        return False
    op, arg = items[0]
    if op is _sre.LITERAL:
        char = chr(arg)
        return not uncased(char) if cased else _caseless_char(char)
    if op is _sre.BRANCH and cased:  # (?:VX|WeChat): every branch opens with a cased letter
        return all(_opens_with(branch.data, cased=True) for branch in arg[1])
    if op is _sre.IN and cased:  # [vV]信: a class of cased letters only (no NEGATE, no range)
        return all(o is _sre.LITERAL and not uncased(chr(a)) for o, a in arg)
    return False


def _found_anywhere(patterns: list[str]):
    """Whether any of `patterns` is found in a text, as a search of their union says: by _AnyOf's searches,
    picked by uncased(text) as Caseless picks (the union of alternatives that do not all open with a literal
    is tried at every position of the text). A union renumbers groups: patterns that capture are searched
    as their union."""
    if any(re.compile(p).groups for p in patterns):
        union_ = _compile(patterns)
        return lambda text: union_.search(text) is not None
    found = _AnyOf(patterns)
    # The searches as bound methods in tuples, asked in one function: most texts go through all of them,
    # and a lambda over _Variant.search cost a call and an attribute lookup per regex more.
    exact, folded = ([(p, r.search) for p, r in v._searches] for v in (found.exact, found.folded))

    def found_in(text: str) -> bool:
        for possible, search in exact if uncased(text) else folded:
            if (possible is None or possible(text)) and search(text) is not None:
                return True
        return False

    return found_in


def _line_opening(patterns: list[str]):
    r"""A search finding something in every text that, stripped, fullmatches one of `patterns` (as
    is_picture_credit asks) or has a line (split at "\n") that does, stripped (parse_dateline's): their union
    after (?m)^\s*. `^\s*` stands before the text stripped (at 0, `\s*` taking line breaks too) and before
    each line stripped (`^` at a line's start; `\s` is what strip takes, both asking Py_UNICODE_ISSPACE);
    a pattern that reads no context (_context_free) matches there, followed by more text, the characters
    it fullmatches alone; a union finds what one of its parts finds. Matched as Caseless picks (IGNORECASE
    changes no match in a text without cased characters). Named groups unnamed: patterns naming alike join
    one union, and a context-free pattern refers to none. None when a pattern reads context."""
    if not all(_context_free(p) for p in patterns):
        return None
    return caseless(rf"(?m)^\s*(?:{union([_unnamed(p) for p in patterns]) or _NEVER})").search


def _unnamed(pattern: str) -> str:
    """`pattern` with its named groups not capturing, (?P<outlet>…) -> (?:…): the same matches."""
    opened = [i for i, char, _ in _syntax(pattern) if char == "(" and pattern.startswith("(?P<", i)]
    for i in reversed(opened):
        pattern = pattern[:i] + "(?:" + pattern[pattern.index(">", i) + 1 :]
    return pattern


_ALWAYS = re.compile("").search  # a gate letting every text through: it finds "" at 0


def _kind_gate(patterns: list[str]) -> dict[bool, Callable[[str], re.Match[str] | None]]:
    """A search for a text without cased characters (True) and for any text (False) that finds something
    in every text in which the union of `patterns` (as _compile builds it, picked by case as Caseless picks)
    has a match: _AnyOf's searches of the patterns opened (_opened: each match of a pattern holds a match of
    it opened; _AnyOf finds what their union finds, its `exact` on a text without cased characters). Where
    it finds nothing, a count of that union is 0 and a substitution changes nothing. A union renumbers
    groups: patterns that capture get no gate (every text through), nor do patterns whose union re already
    skips through as fast (each alternative opening with a literal and opened as it is)."""
    opened = [_opened(p) for p in patterns]
    skips = opened == patterns and all(
        _first_literal(a, cased=False) or _first_literal(a, cased=True)
        for p in patterns
        for a in _top_alternatives(p)
    )
    if skips or any(re.compile(p).groups for p in patterns):
        return {True: _ALWAYS, False: _ALWAYS}
    gate = _AnyOf(opened)
    return {True: gate.exact.search, False: gate.folded.search}


def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(pattern.findall(text))  # one list in C, not a Python generator over the matches


_MEMO_LIMIT = 2_000  # entries per memoised predicate, least recently used dropped first: memory stays flat


def _memo(method):
    """Memoise a detector's pure judgement of a text (plus keyword options), keyed on the detector too.

    The cleaner runs every detector again on each round, and the same lines (责任编辑：…, the site's
    contact block) recur across a site's articles: each text is judged once. The cached values are
    never mutated by their callers. functools' cache is written in C: a Python wrapper cost more per
    call than most judgements it saved.
    """
    return functools.lru_cache(maxsize=_MEMO_LIMIT)(method)


def tail_run(blocks: list[Block], claims) -> list[Block]:
    """The longest run at the end of `blocks` whose every block `claims` accepts (in page order)."""
    run: list[Block] = []
    for block in reversed(blocks):
        if not claims(block):
            break
        run.insert(0, block)
    return run


def trailing_lines_start(text: str, claims, head_ok) -> int | None:
    """Where the run of lines at the end of `text` that `claims` accepts starts, when lines are left
    before it and `head_ok` accepts them (…予以倾斜。<br/>编辑/王宇): a real paragraph keeps its head."""
    if "\n" not in text:
        return None  # one line: the run is all of it or none, neither leaving a head (claims is pure)
    lines = text.split("\n")
    kept = len(lines)
    while kept > 0 and claims(lines[kept - 1]):
        kept -= 1
    head = "\n".join(lines[:kept])
    return len(head) + 1 if 0 < kept < len(lines) and head_ok(head) else None


def cut_from(block: Block, start: int) -> Removal:
    """The removal of `block`'s text from position `start` of its NFKC form (`block.norm`) to its end."""
    _, index = block.norm_map()
    begin = index[start]
    return Removal(block, block.text[begin:], set(range(begin, len(block.text))), begin)


# --- contact and advert blocks -------------------------------------------------------------------------


@dataclass
class ContactCues:
    """What a text holds that a contact block is made of."""

    mobiles: int = 0  # mobile numbers, 400/800 hotlines: a salesperson's direct line
    landlines: int = 0  # area-code numbers: offices have them too
    channels: int = 0  # WeChat ids, "同微信", "加我微信", QQ numbers, e-mail addresses: how to reach a person
    words: int = 0  # 微信, 电话, 咨询, 联系, 扫码 ...
    sales: int = 0  # 经理, 先生, 租售, 免费, 欢迎 ...: selling, not informing
    offices: int = 0  # 老师, …科, 办公室, gov.cn, 工作日 ...: an institution's own contact

    @property
    def direct(self) -> int:
        return self.mobiles + self.channels

    def __add__(self, other: ContactCues) -> ContactCues:
        # Field by field, written out: runs are summed every round, and a generator over vars() cost more.
        return ContactCues(
            self.mobiles + other.mobiles,
            self.landlines + other.landlines,
            self.channels + other.channels,
            self.words + other.words,
            self.sales + other.sales,
            self.offices + other.offices,
        )


@dataclass(eq=False, kw_only=True)
class ContactDetector(Rule):
    """Salespeople's contact blocks at the end of a body, in any wording and markup.

    Walking up from the end, it collects contact-ish blocks (at most `max_chars` long, holding a
    phone number or a contact channel, or `min_words` contact and sales words, or any such word when
    at most `short_chars` long), letting through at most `max_fillers` short blocks without cues in a
    row. The run is a contact block when it offers a direct way to reach a person (a mobile or 400
    number, a WeChat id, a QQ number, an e-mail address) and its advert cues (direct ways and sales
    words: 经理, 租售, 免费 ...) number at least `min_cues` and outweigh the cues of an institution
    (老师, …科, gov.cn, 工作日). That keeps a notice's own 联系方式 section and a park's service
    hotline in prose; contact words (电话, 联系, 邮箱) are in both and decide nothing.

    Three shapes of the run's edges. A block of selling (a sales word, at most `pitch_chars` long: a
    service slogan, 温馨提示：来电请说明所需面积…) may stand in the run like a short filler. A sentence of
    reporting (ending a sentence, no sales word, and at least `prose_chars` long without its numbers,
    channels and contact words: contact is not what it says) stops the walk: an event's own
    registration line with its e-mail and 会务咨询电话 is the article's, even right above the site's
    contact lines. And a real paragraph with the contact appended in the same block
    (…租金补贴政策。（欲了解详情，请致电…）) loses only that tail: the tail is cut where the sentence
    holding the first number or channel starts, when what is left before it is a sentence of at least
    `min_head` characters with no number, channel or sales word.
    """

    kind: ClassVar[str] = "contact"
    peels: ClassVar[bool] = True
    mobiles: list[str]
    landlines: list[str]
    channels: list[str]
    words: list[str]
    sales: list[str]
    offices: list[str]
    pitch_words: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    max_chars: int = 120
    short_chars: int = 20
    max_fillers: int = 1
    min_words: int = 3
    min_cues: int = 2
    pitch_chars: int = 60
    prose_chars: int = 40
    min_head: int = 20
    min_cues_inside: int = 3

    def __post_init__(self) -> None:
        super().__post_init__()
        self._mobiles, self._landlines = _compile(self.mobiles), _compile(self.landlines)
        self._channels, self._words = _compile(self.channels), _compile(self.words)
        self._sales, self._offices = _compile(self.sales), _compile(self.offices)
        self._pitch_words = _compile(self.pitch_words)
        self._places = _compile(self.places)
        # The six cue regexes for a text without cased characters, and for any text: one case test per text.
        cues = (self._mobiles, self._landlines, self._channels, self._words, self._sales, self._offices)
        exact, folded = zip(*map(Caseless.variants, cues), strict=True)
        self._cue_regexes = {True: exact, False: folded}
        # Per kind of cue, whether a text may hold one, as _cue_gate asks (_kind_gate): cues counts and
        # is_reporting takes out a kind only when its gate finds something. A number's or a channel's regex
        # opens with a lookbehind or a repeated class, and an office's with a class or ^, so re tries them
        # at every position; their gates open with literals re skips to, and most texts hold no such cue.
        kinds = (self.mobiles, self.landlines, self.channels, self.words, self.sales, self.offices)
        gates = [_kind_gate(patterns) for patterns in kinds]
        self._cue_kinds = {case: tuple(g[case] for g in gates) for case in (True, False)}
        # Whether a text holds any cue but an office's, in one search of those patterns opened without their
        # lookbehinds and optional characters (a match of a pattern holds one of it without them): most texts
        # hold none, and all their counts are then 0. A union renumbers groups: built only of patterns that
        # capture none.
        reaching = [*self.mobiles, *self.landlines, *self.channels, *self.words, *self.sales]
        self._cue_gate = None  # without one, every text is counted
        if not any(re.compile(p).groups for p in reaching):
            gate = _AnyOf([_opened(p) for p in reaching])
            self._cue_gate = {True: gate.exact, False: gate.folded}
        # Whether tail_start may answer None for a text _without_cues, without cutting it into sentences:
        # each sentence is a substring of the text, and _in_tail rules out one _without_cues when min_words
        # is positive. A gate pattern that reads no context (_context_free) finds in a substring only what
        # it finds in the text, folded or not (exact is asked of an uncased text, whose substrings are
        # uncased; folded of a cased one, and folded finds what exact finds in an uncased substring, as
        # Caseless says): a text without cues has no sentence with one.
        self._tail_gated = (
            self._cue_gate is not None
            and self.min_words > 0
            and all(_context_free(_opened(p)) for p in reaching)
        )
        # Whether a text may hold a mobile number or a channel (cues.direct), as _cue_gate of those patterns:
        # find_inside removes nothing from blocks none of which holds one.
        direct = [*self.mobiles, *self.channels]
        self._direct_gate = None  # without one, find_inside asks every block
        if not any(re.compile(p).groups for p in direct):
            gate = _AnyOf([_opened(p) for p in direct])
            self._direct_gate = {True: gate.exact, False: gate.folded}

    @_memo
    def _without_cues(self, text: str) -> bool:
        """Whether `text` holds no mobile, landline, channel, word or sales cue (office cues aside).

        Memoised: is_contactish, cues, is_reporting and tail_start's sentences ask it of the same texts."""
        return self._cue_gate is not None and self._cue_gate[uncased(text)].search(text) is None

    @_memo
    def cues(self, text: str) -> ContactCues:
        case = uncased(text)
        may = self._cue_kinds[case]  # a kind its gate finds nothing of in a text counts 0 there (_kind_gate)
        if self._without_cues(text):
            return ContactCues(offices=_count(self._cue_regexes[case][5], text) if may[5](text) else 0)
        mobile, landline, channel, word, sale, office = self._cue_regexes[case]
        # Numbers are counted once: a mobile number is not also a landline.
        mobiles = _count(mobile, text) if may[0](text) else 0
        rest = mobile.sub(" ", text) if mobiles else text  # most texts hold none: no second scan
        return ContactCues(
            mobiles=mobiles,
            landlines=_count(landline, rest) if may[1](rest) else 0,
            channels=_count(channel, text) if may[2](text) else 0,
            words=_count(word, text) if may[3](text) else 0,
            sales=_count(sale, text) if may[4](text) else 0,
            offices=_count(office, text) if may[5](text) else 0,
        )

    @_memo
    def is_contactish(self, text: str) -> bool:
        size = len(text) - text.count("\n")  # its length without line breaks, no copy made
        if size > self.max_chars:
            return False  # before counting cues: most blocks are long prose
        if self._without_cues(text):
            return self.min_words <= 0 or bool(self._places.search(text))  # as below, every count 0
        cues = self.cues(text)
        numbers = cues.mobiles + cues.landlines + cues.channels
        said = cues.words + cues.sales
        # One incidental word (咨询, 联系) does not make a sentence part of a contact block.
        return size <= self.max_chars and (
            numbers > 0
            or said >= self.min_words
            or (size <= self.short_chars and said > 0)
            or bool(self._places.search(text))  # where to find the office: part of a contact card
        )

    def judge_run(self, texts: list[str]) -> bool:
        """Whether these consecutive blocks, together, are a contact advert."""
        cues = sum((self.cues(t) for t in texts), ContactCues())
        # Contact words (电话, 联系, 邮箱) are in a notice's contact section too: only direct ways
        # to reach a person and selling words tell an advert; an office's landline too when words only a
        # pitch uses invite the call (欢迎致电招商热线0519-…), with no cue of an institution.
        advert = cues.direct + cues.sales
        invited = cues.landlines and not cues.offices and any(self._pitch_words.search(t) for t in texts)
        return (cues.direct > 0 or invited) and advert >= self.min_cues and advert > cues.offices

    @_memo
    def is_pitch(self, text: str) -> bool:
        """A line of selling without a way to reach anyone: it may stand inside a contact run."""
        cues = self.cues(text)
        return len(text) <= self.pitch_chars and cues.sales > 0 and not cues.direct + cues.landlines

    @_memo
    def is_reporting(self, text: str) -> bool:
        """A sentence of reporting: ending a sentence, without a word only a pitch uses (`pitch_words`:
        经理, 免费, 欢迎 ...; 出租 and 招商 are news words too), and still at least `prose_chars` long once
        its numbers, channels and contact words are taken out (contact is not its substance). A contact
        run stops at it."""
        text = text.strip()
        if not _ends_at_stop(text) or self._pitch_words.search(text):
            return False
        if self._without_cues(text):
            return len(text) >= self.prose_chars  # nothing below would take anything out
        # Mobiles, landlines, channels and words; taking characters out leaves an uncased text uncased. A kind
        # its gate finds nothing of in the text as it is then has nothing to take out (_kind_gate).
        case = uncased(text)
        for pattern, may in zip(self._cue_regexes[case][:4], self._cue_kinds[case][:4], strict=True):
            if may(text):
                text = pattern.sub("", text)
        return len(text) >= self.prose_chars

    @_memo
    def tail_start(self, text: str) -> int | None:
        """Where a contact tail appended to a real paragraph starts in `text`, or None.

        The paragraph is cut into sentences (at sentence ends, at <br/> line breaks, and before a final
        bracketed aside). Walking back from the last one, the tail takes every sentence that holds a
        phone number or contact channel, or `min_words` contact and sales words, and is not an
        institution's own (its office cues outweigh its advert cues: 可联系管委会投资促进处，招商电话…).
        What stands before the tail must be real: at least `min_head` characters ending a sentence, and
        no advert itself (厂房可整租或按幢出租，租金面议。).
        """
        if self._tail_gated and self._without_cues(text):
            return None  # no sentence of it has a cue (see __post_init__): the walk below stops at once
        bounds = {0, len(text)} | {m.end() for m in _SENTENCE_OR_LINE.finditer(text)}
        if aside := _FINAL_ASIDE.search(text):
            bounds.add(aside.start())
        edges = sorted(bounds)
        start = None
        for begin, end in reversed(list(zip(edges, edges[1:], strict=False))):
            if not text[begin:end].strip():
                continue  # the line break itself
            if not self._in_tail(text[begin:end]):
                break
            start = begin
        if not start:
            return None
        head = text[:start].strip()
        # head is stripped: `$` in re.search(r"[。!?！？;；]$", head) could only be its end.
        if len(head) < self.min_head or head[-1:] not in _BREAK_CHARS or self.judge_run([head]):
            return None
        return start

    @_memo
    def _in_tail(self, sentence: str) -> bool:
        if self.min_words > 0 and self._without_cues(sentence):
            return False  # what the first test below says when every count but offices is 0: no counting
        cues = self.cues(sentence)
        reach = cues.mobiles + cues.landlines + cues.channels
        if not reach and cues.words + cues.sales < self.min_words:
            return False
        return not (cues.offices and cues.offices >= cues.direct + cues.sales)

    def find(self, live: list[Block]) -> list[Removal]:
        """The contact run at the end of these blocks (and a contact tail cut out of the block above)."""
        run: list[Block] = []
        fillers: list[Block] = []
        tail: list[Removal] = []
        texts: list[str] = []  # what the run is judged on
        for block in reversed(live):
            text = block.norm
            if (start := self.tail_start(text)) is not None:
                # A real paragraph ending with a contact: the tail goes when it is an advert by itself
                # (a notice's own 咨询电话 sentence is not), the paragraph stays; the walk stops here.
                if self.judge_run([text[start:]]):
                    tail, texts = [cut_from(block, start)], [text[start:]]
                break
            if self.is_reporting(text):
                break
            if self.is_contactish(text):
                run = [block, *fillers, *run]
                fillers = []
            elif len(fillers) < self.max_fillers and (
                block.size() <= self.short_chars or self.is_pitch(text)
            ):
                fillers.insert(0, block)  # kept only if a contact-ish block turns up above it
            else:
                break
        texts += [b.norm for b in run]
        return tail + (whole(run) if run and self.judge_run(texts) else [])

    def find_inside(self, live: list[Block]) -> list[Removal]:
        """Contact runs away from the end (an advert dropped between two paragraphs), judged harder.

        A run of contact-ish blocks, none of them reporting, with a pitch block above or below it
        joining it, is removed when it offers a mobile number or a contact channel, its advert cues
        number at least `min_cues_inside`, and it holds no cue of an institution at all: in the middle
        of an article, contact details are more often the story's own.
        """
        # A run is removed only when its blocks hold a mobile or a channel (mobiles + channels), and a pitch
        # joining it holds neither (is_pitch: no direct cue): with no block holding one, nothing is removed,
        # and the run's blocks need no judging (most bodies: one search per block instead of is_contactish's).
        # Memoised per text: each round asks the same blocks again.
        if self._direct_gate is not None and not any(map(self._may_reach, [b.norm for b in live])):
            return []
        removals: list[Block] = []
        i = 0
        while i < len(live):
            j = i
            while j < len(live) and self._inside_contactish(live[j].norm):
                j += 1
            if j == i:
                i += 1
                continue
            start = i - 1 if i > 0 and self._inside_pitch(live[i - 1].norm) else i
            end = j + 1 if j < len(live) and self._inside_pitch(live[j].norm) else j
            run = live[start:end]
            cues = sum((self.cues(b.norm) for b in run), ContactCues())
            if (
                cues.mobiles + cues.channels
                and cues.direct + cues.sales >= self.min_cues_inside
                and not cues.offices
            ):
                removals += run
            i = end
        return whole(removals)

    @_memo
    def _may_reach(self, text: str) -> bool:
        """Whether `text` may hold a mobile number or a channel: _direct_gate's search finds one."""
        return self._direct_gate[uncased(text)].search(text) is not None

    def _inside_pitch(self, text: str) -> bool:
        return self.is_pitch(text) and not self.is_reporting(text)

    def _inside_contactish(self, text: str) -> bool:
        # A real paragraph with a contact appended is left to `find`, which cuts the tail alone once
        # the paragraph is at the end.
        return self.is_contactish(text) and not self.is_reporting(text) and self.tail_start(text) is None

    def plan(self, doc: Doc) -> Plan:
        live = doc.live()
        at_end = self.find(live)
        taken = {r.block for r in at_end}
        return Plan(at_end + self.find_inside([b for b in live if b not in taken]))


# --- QR-code prompts -----------------------------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class QrPromptDetector(Rule):
    """Captions that ask the reader to scan or long-press a QR code: short, unpunctuated, imperative.

    A block is a prompt when it is at most `max_chars` long, does not end a sentence, and holds a QR
    word (`qr`: 扫码, 二维码, 长按, ...) and something to do with it (`targets`: 关注, 添加, 下载, 手机,
    ...). "访客须在园区南门扫码登记后方可入园。" is a sentence about a QR code, not a prompt.
    """

    kind: ClassVar[str] = "qr_prompt"
    peels: ClassVar[bool] = True
    qr: list[str]
    targets: list[str]
    max_chars: int = 40
    max_tail_chars: int = 0
    tail: int = 0

    def __post_init__(self) -> None:
        super().__post_init__()
        self._qr, self._targets = _compile(self.qr), _compile(self.targets)
        # is_prompt needs a QR word, and so the characters Needs reads from them: one scan of the blocks'
        # texts joined (a block's characters are the joined text's) rules out most bodies (None: no gate).
        self._qr_possible = Needs(self.qr).possible

    @_memo
    def is_prompt(self, text: str, *, limit: int | None = None) -> bool:
        text = text.strip()
        return (
            0 < len(text) <= (limit or self.max_chars)
            and not _ends_at_stop(text)
            and bool(self._qr.search(text))
            and bool(self._targets.search(text))
        )

    def plan(self, doc: Doc) -> Plan:
        # Among the last `tail` blocks a longer one, up to `max_tail_chars`, is a prompt too: an
        # account's pitch ending in its QR call (…更多福利扫描二维码关注（id）).
        live = doc.live()
        if self._qr_possible is not None and not self._qr_possible("\n".join([b.norm for b in live])):
            return Plan()
        tail = set(live[-self.tail :]) if self.tail else set()
        most = max(self.max_chars, self.max_tail_chars)  # what either limit of is_prompt allows at most
        # is_prompt asks the same of a text under either limit but its length: a tail block is asked once,
        # under the larger limit (`limit or max_chars` is the one is_prompt applies).
        longest = max(self.max_chars, self.max_tail_chars or self.max_chars)
        prompts = []
        for b in live:
            if _fits(b.norm, most) and self.is_prompt(b.norm, limit=longest if b in tail else None):
                prompts.append(b)
        return Plan(whole(prompts))


# --- calls to action: app promos, follow and read-more prompts ---------------------------------------


@dataclass(eq=False, kw_only=True)
class PromoDetector(Rule):
    """Calls to action: open or download the app, follow the account, read the original, like and share.

    A block is a promo when it is at most `max_chars` long, does not end with 。, and either matches a
    call to action (`actions`: a verb such as 打开/下载/关注 followed within a few characters by what to
    open, download or follow) or holds at least `min_social` words of `social` (点赞, 在看, 转发, ...).

    Among the last `tail` blocks, a longer promo sentence (at most `max_tail_chars`, 。 allowed) is one
    too when it opens with a call to action and holds a pitch word (`pitches`: 官方, 随时, 第一时间 ...):
    下载“证券时报”官方APP，或关注官方微信公众号，即可随时了解股市动态…。 A policy's 企业可下载“随申办”APP
    在线申报。 opens with its subject, and stays.
    """

    kind: ClassVar[str] = "promo"
    peels: ClassVar[bool] = True
    actions: list[str]
    social: list[str]
    min_social: int = 2
    max_chars: int = 45
    pitches: list[str] = field(default_factory=list)
    max_tail_chars: int = 100
    tail: int = 4

    def __post_init__(self) -> None:
        super().__post_init__()
        self._actions, self._social = _compile(self.actions), _compile(self.social)
        self._pitches = _compile(self.pitches)
        # Whether a call to action is found anywhere: the union opens with no common character (.{0,12}
        # follows most verbs, one alternative opens with ^), so each position of a text tried them all.
        self._action_found = _found_anywhere(self.actions)

    @_memo
    def is_promo(self, text: str) -> bool:
        text = text.strip()
        if not 0 < len(text) <= self.max_chars or text.endswith("。"):
            return False
        return self._action_found(text) or len(set(self._social.findall(text))) >= self.min_social

    @_memo
    def is_tail_promo(self, text: str) -> bool:
        """A promo sentence: opens with a call to action and pitches the source's app or account.

        A block not ending with 。 (…在线等你来报料！) may hold its call anywhere: a policy's sentence
        about an app ends as a sentence does.
        """
        text = text.strip()
        if not 0 < len(text) <= self.max_tail_chars:
            return False  # before the searches, which decide nothing then: most tail blocks are longer
        if text.endswith("。"):  # a sentence must open with its call
            return self._actions.match(text) is not None and bool(self._pitches.search(text))
        # Else the pitch first: one search where the call's are several, and few blocks hold a pitch word.
        return bool(self._pitches.search(text)) and self._action_found(text)

    def plan(self, doc: Doc) -> Plan:
        live = doc.live()
        # The last `tail` blocks: live[-tail:] (all of them when fewer), none when tail is 0.
        tail_from = len(live) - self.tail if self.tail else len(live)
        short, longest = self.max_chars, self.max_tail_chars  # what is_promo, is_tail_promo allow at most
        low = min(short, longest)
        promos = []
        for i, b in enumerate(live):
            text = b.norm
            # Each predicate's length limit on the stripped text, asked first: most blocks cost no memo
            # lookup. `size` is under either limit exactly when the stripped text is (no longer than it,
            # the text is under both when it is under the lower).
            size = len(text)
            if size > low:
                size = len(text.strip())
            if (size <= short and self.is_promo(text)) or (
                i >= tail_from and size <= longest and self.is_tail_promo(text)
            ):
                promos.append(b)
        return Plan(whole(promos))


# --- share widgets and page tools ----------------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class ShareDetector(Rule):
    """Share buttons and page tools scraped as text: 分享到：微信 微博, 【打印本页】, 字体：大 中 小.

    A block is a widget when it is at most `max_chars` long and nothing but `tokens` (longest first),
    punctuation and brackets is left of it, with at least one token of two characters or more (so
    大中小企业 stays: 企业 is left over).
    """

    kind: ClassVar[str] = "share"
    peels: ClassVar[bool] = True
    tokens: list[str]
    counter: str = ""  # a button's count beside its label: 赞 (23)
    max_chars: int = 40

    def __post_init__(self) -> None:
        super().__post_init__()
        self._tokens = caseless(_alternatives(self.tokens))
        self._counter = re.compile(self.counter or _NEVER)

    @_memo
    def is_widget(self, text: str) -> bool:
        text = text.strip()
        if not 0 < len(text) <= self.max_chars:
            return False
        found = self._tokens.findall(text)
        if not found:
            return False  # what the last line says without a token
        rest = self._tokens.sub("", text)
        counted = self._counter.sub("", rest)
        # A one-character label (赞) is a widget only with its count: 大 alone may be a word.
        return (any(len(t) > 1 for t in found) or (found and counted != rest)) and not re.sub(
            r"[\W_]", "", counted
        )

    def plan(self, doc: Doc) -> Plan:
        most = self.max_chars  # _fits written out: a call per block cost more than most judgements
        widgets = [
            b
            for b in doc.live()
            if (len(b.norm) <= most or len(b.norm.strip()) <= most) and self.is_widget(b.norm)
        ]
        return Plan(whole(widgets))


# --- credit lines: editors, authors, sources -----------------------------------------------------------


@dataclass
class Credit:
    fields: list[tuple[str, str, str]]  # (organisation before the label, label, value)
    source: str | None = None  # the publisher the line states, if it states one


@dataclass(eq=False, kw_only=True)
class CreditDetector(Rule):
    """Editor, author, reviewer and source lines: 责任编辑：…, 来源：… 作者：…, （责编：…）, 某报记者 王某.

    A line is a credit line when it is wholly made of fields `label：value` (or `label value` for
    the byline labels), each label from `labels`, optionally preceded by the organisation it belongs
    to (澎湃新闻记者, 每经编辑) and the whole optionally wrapped in brackets or led by a timestamp.
    Values are short (at most `max_value` characters) and never hold sentence punctuation, so prose
    that mentions 记者 or 来源 does not parse. A block is removed when all its lines are credit lines
    and it is among the first `head` or last `tail` blocks left: credits sit at the edges, but an
    unknown line of junk below them must not shield them.

    Provenance: the value of a `source_labels` field (来源：澎湃新闻) is the stated source; so is
    the organisation of a byline when it ends like a publisher (`publisher_suffixes`). `keep_orgs`
    are prefixes that make a label real text: 数据来源：统计局 credits data, not the copy.

    Three more shapes share a credit line's place and make:
    - a header line, the first block left and not a table row: a publication time (date and clock
      time) with nothing around it but at most `max_tokens` short unpunctuated tokens (原创 园区观察
      2025-07-21 18:05 来自上海, 2025-05-27 16:42·上海厂房通); a time range (09:30-17:00) or a
      label of time (时间：…, 截止 …) makes it a schedule, not a header;
    - a line of bracketed items each a credit or a page tool (`tools`): 【纠错】 【责任编辑：王萌】;
    - a short `label：value` line (资料：市经济信息化委) in a block whose other lines are credits;
    - a dateline standing alone (`datelines`: 人民网上海10月27日电 （记者 葛俊俊）, 南都讯 记者吴斌):
      glued to the first paragraph a dateline is part of it (tests/gold/LABELLING.md), alone it is a
      credit line; so is a print edition's credit (`editions`: （原载于《常州日报》2024年10月15日A3版）);
    - a masthead: nothing but a publisher's name and a column of its own (每日经济新闻, 扬子晚报|紫牛新闻),
      at most `max_masthead` characters, the first name ending like a publisher and not opening like
      a section's heading (`not_mastheads`: 相关新闻, 热点新闻);
    - a platform's author card, the first block left: a header spread over lines (园区招商笔记 /
      2026-03-02 20:41 / 上海 / 优质财经领域创作者), and an interface word among credit lines (听新闻);
    - a label standing alone (文章作者) over a block that is only a name (乐琰);
    - anywhere in the body, not only at its edges: a picture's credit (`anywhere` labels only, or a
      `photo_credits` pattern: （记者 王某 摄）).
    """

    kind: ClassVar[str] = "credit"
    peels: ClassVar[bool] = True
    labels: list[str]
    byline_labels: list[str]
    source_labels: list[str]
    lead_labels: list[str] = field(default_factory=list)
    publisher_suffixes: list[str]
    keep_orgs: list[str]
    tools: list[str] = field(default_factory=list)
    datelines: list[str] = field(default_factory=list)
    editions: list[str] = field(default_factory=list)
    max_masthead: int = 16
    not_mastheads: list[str] = field(default_factory=list)
    max_value: int = 24
    max_org: int = 12
    max_tokens: int = 5
    max_date_tokens: int = 2
    photo_credits: list[str] = field(default_factory=list)
    anywhere: list[str] = field(default_factory=list)
    head: int = 3
    tail: int = 6

    # \d\d{3}, not \d{4}: the same four digits, but a pattern opening with a class (not a repeat) gives re's
    # search a first character to skip to, not a match tried at every position (_CLOCK's too).
    _DATE: ClassVar[re.Pattern[str]] = re.compile(r"\d\d{3}[-年/.]\d{1,2}[-月/.]\d{1,2}日?")
    _TIMESTAMP: ClassVar[re.Pattern[str]] = re.compile(
        "^" + _DATE.pattern + r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*"
    )
    _BRACKETS: ClassVar[str] = "()[]【】〔〕<>"
    # Each bracket to a space. A regex, not str.translate with a dict: translate raises and catches a
    # LookupError for every character missing from its table (every Chinese character).
    _BRACKET: ClassVar[re.Pattern[str]] = re.compile(f"[{re.escape(_BRACKETS)}]")
    _CLOCK: ClassVar[re.Pattern[str]] = re.compile(
        _DATE.pattern + r"\s*\d{1,2}:\d{2}(?::\d{2})?(?!\s*[-~至—]\s*\d)"
    )
    _SEPARATORS: ClassVar[re.Pattern[str]] = re.compile(r"[\s|·•/丨]+")
    _URL: ClassVar[re.Pattern[str]] = re.compile(r"(?:https?://|www\.)[\w./%?=&#-]+", re.ASCII)
    _ITEMS: ClassVar[re.Pattern[str]] = re.compile(r"^(?:\s*【[^【】]+】)+\s*$")
    _FIELD: ClassVar[re.Pattern[str]] = re.compile(r"^[\u4e00-\u9fff]{1,4}:[^。,，;；!?！？:]{1,24}$")
    # _org's, _value's and _source's regexes, compiled once (re.search(str, …) looks each up per call).
    _ORG_END: ClassVar[re.Pattern[str]] = re.compile(r"[^\s:|/丨,、]*$")
    _NON_WORD: ClassVar[re.Pattern[str]] = re.compile(r"\W")
    _SENTENCE_MARK: ClassVar[re.Pattern[str]] = re.compile(r"[。,，;；!?！？]")
    _ORG_PARTS: ClassVar[re.Pattern[str]] = re.compile(r"[·|、]")
    # is_header's, parse_masthead's, parse_items' and is_name's, likewise.
    _CLOCK_DIGITS: ClassVar[re.Pattern[str]] = re.compile(r"\d:\d")
    _DIGIT: ClassVar[re.Pattern[str]] = re.compile(r"\d")
    _NOT_A_TOKEN: ClassVar[re.Pattern[str]] = re.compile(r"[。,，;；!?！？]|时间|日期|截止|截至")
    _NOT_A_NAME: ClassVar[re.Pattern[str]] = re.compile(r"[\W\d_]")
    _ITEM: ClassVar[re.Pattern[str]] = re.compile(r"【([^【】]+)】")
    _PERSON: ClassVar[re.Pattern[str]] = re.compile(r"[\u4e00-\u9fff·]{2,5}")

    def __post_init__(self) -> None:
        super().__post_init__()
        # A label is followed by ":" "|" "/" (any label), or by a space and more text (byline labels); a lead
        # label by anything. The union of the groups in this order, each longest first (_label_union), is
        # searched as _by_first_char writes it: the same matches, with re's skip to a label's first character.
        groups = [(self.lead_labels, r"(?=\s*\S)")] if self.lead_labels else []
        groups.append((self.labels, r"(?=\s*[:|/丨])"))
        if self.byline_labels:
            groups.append((self.byline_labels, r"(?=\s+\S)"))
        self._label_union = "|".join(f"(?:{_alternatives(words)}){then}" for words, then in groups)
        pairs = [(w, then) for words, then in groups for w in sorted(words, key=len, reverse=True)]
        self._label = re.compile(_by_first_char(pairs) or self._label_union)
        self._label_word = self._label_gate([*self.labels, *self.lead_labels, *self.byline_labels])
        self._label_set = frozenset(self.labels)  # a bare label is looked up, not compared with each
        self._source_words = frozenset([*self.source_labels, *self.lead_labels])  # labels stating a source
        self._publisher = re.compile(rf"(?:{_alternatives(self.publisher_suffixes)})$")
        # A publisher's name, perhaps with its bureau or channel: 赢商网华东站.
        self._masthead_name = re.compile(
            rf"^.+?(?:{_alternatives(self.publisher_suffixes)})(?:[\u4e00-\u9fff]{{0,3}}(?:站|频道|分社))?$"
        )
        self._dateline = _compile(self.datelines)
        self._editions = [re.compile(p, re.IGNORECASE) for p in self.editions]  # each names its outlet
        self._photo = _compile(self.photo_credits)
        # Characters without which no dateline, edition or picture credit matches: most lines lack them.
        self._dateline_possible = Needs([*self.datelines, *self.editions]).possible
        photo = Needs(self.photo_credits)
        self._photo_possible = photo.possible
        # Either, in one call (could_claim): truthy when either is, None when either is.
        either = Needs([*self.photo_credits, *self.datelines, *self.editions])
        self._photo_or_dateline_possible = either.possible
        # could_claim's first two tests in one search (_labelled's, and a character `either` needs).
        self._claim_gate = self._gate_of([*self.labels, *self.lead_labels, *self.byline_labels], either)
        # could_claim's test of a text `either` lets through (mostly prose holding 电 or 讯 somewhere): a
        # line these patterns may match from its start.
        self._line_opening = _line_opening([*self.photo_credits, *self.datelines, *self.editions])
        # A picture credit's labels are all `anywhere` words: its lines hold one as _label_gate says.
        self._anywhere_word = self._label_gate(self.anywhere)
        # Either way to a picture credit (a pattern, `anywhere` labels) in one search: is_picture_credit's.
        self._picture_gate = self._gate_of(self.anywhere, photo)
        # The shortest head of a dateline's outlet ending like a publisher: 人民网上海 -> 人民网.
        self._publisher_head = re.compile(rf"^.+?(?:{_alternatives(self.publisher_suffixes)})")

    # What stands right after a label that `_label` finds, as written before parse turned a bracket or a URL
    # (https://…, www.…) into a space: a space, a separator, a bracket, or a URL's first letter.
    _LABEL_FOLLOWERS: ClassVar[str] = r"[\s:|/丨" + re.escape(_BRACKETS) + "hw]"

    def _label_gate(self, among: list[str]) -> re.Pattern[str]:
        """What every line holds that parse reads a field labelled with a word of `among` from, found in one
        search.

        parse only turns brackets and URLs into spaces and drops a head (a timestamp, separators) before
        `_label` looks for a label followed by a space or a separator (a lead label by anything): so a label
        of Chinese characters (which those steps never touch) stands in the line as written, followed by
        one of _LABEL_FOLLOWERS. Prose holds the one-character labels 文 and 图 often, so followed, rarely.
        With any other word (a rule's data may hold one, which those steps may change), every line passes.
        """
        followers = self._label_followers(among)
        if followers is None:
            return re.compile("")
        return re.compile(_trie(followers) or _NEVER)  # a word that is no label labels no field

    def _gate_of(self, among: list[str], needs: Needs):
        """One search that finds something wherever a label word of `among` stands as _label_gate finds it,
        or a character of `needs.firsts` (one of which every text `needs` may pass holds): their words, each
        needed character a word followed by nothing, in one _trie. A union finds a place wherever one of
        its parts does (a character that also opens a label only widens that label's branch), so a text it
        finds nothing in holds no such label and fails `needs`. None when either passes every text."""
        followers = self._label_followers(among)
        if followers is None or needs.firsts is None:
            return None
        return re.compile(_trie(followers | dict.fromkeys(needs.firsts, "")) or _NEVER).search

    def _label_followers(self, among: list[str]) -> dict[str, str] | None:
        """_label_gate's words and what must follow each (a regex for _trie); None when every line passes."""
        if not all(re.fullmatch(r"[\u4e00-\u9fff]+", w) for w in among):
            return None
        labelled = {*self.labels, *self.byline_labels} - {*self.lead_labels}
        # What must follow each word: nothing (a lead label), one of _LABEL_FOLLOWERS (any other label).
        followers = {w: "" for w in among if w in self.lead_labels}
        followers |= {w: f"(?={self._LABEL_FOLLOWERS})" for w in among if w in labelled}
        return followers

    @_memo
    def _labelled(self, text: str) -> bool:
        """Whether `text` holds a label as a line parse reads fields from does (see _label_gate).

        Memoised: could_claim, judge, aside_start and parse (on a block of one line) ask it of the
        same texts."""
        return self._label_word.search(text) is not None

    @_memo
    def parse(self, line: str) -> Credit | None:
        """The fields of a credit line, or None when the line is anything else."""
        if not self._labelled(line):
            return None
        text = self._tidied(line)
        matches = list(self._label.finditer(text))
        if not matches:
            return None
        fields, start = [], 0
        for i, match in enumerate(matches):
            org = self._org(text[start : match.start()], first=i == 0)
            if org is None:
                return None
            if fields:  # what stood between the previous label and this one's organisation
                fields[-1] = (*fields[-1][:2], text[start : match.start() - len(org)])
            end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            fields.append((org, match.group(), text[match.end() : end]))
            start = match.end()
        fields = [(org, label, self._value(value)) for org, label, value in fields]
        if any(v is None for *_, v in fields) or any(org in self.keep_orgs for org, *_ in fields):
            return None
        return Credit(fields, self._source(fields))

    def _tidied(self, line: str) -> str:
        """What parse reads labels from: URLs and brackets turned into spaces, a leading timestamp dropped."""
        if "://" in line or "www." in line:  # every _URL match holds one of these: else it changes nothing
            line = self._URL.sub(" ", line)  # 华夏时报（www.chinatimes.net.cn）记者 …, （https://…）
        text = self._BRACKET.sub(" ", line).strip()
        if text[:1].isdecimal():  # _TIMESTAMP matches only at the start, from a \d (what isdecimal says)
            text = self._TIMESTAMP.sub("", text)
        return text.lstrip("|·• ")  # 2025年10月11日08:21 | 来源：人民网

    def _org(self, text: str, *, first: bool) -> str | None:
        """The organisation directly before a label; None when other text stands there on a first label.

        Before the first label a space may separate them (潮新闻客户端 记者 …); before a later one the word
        before a space is the previous field's value (记者 王某 通讯员 …).
        """
        if not first:
            org = self._ORG_END.search(text).group()
            return None if len(org) > self.max_org else org
        stripped = text.strip()
        if not stripped:  # nothing before the label (most lines): the org below is "", as are the names
            return "" if self.max_org >= 0 else None
        org = self._ORG_END.search(text.rstrip()).group()
        names = stripped.split("、")
        if len(names) > 1 and all(0 < len(n) <= self.max_org and not self._NON_WORD.search(n) for n in names):
            return stripped  # 合肥晚报、合肥在线、掌上合肥记者 王某: the outlets one reporter writes for
        if len(org) > self.max_org or stripped != org:  # (stripped is not "")
            return None
        return org

    def _value(self, raw: str) -> str | None:
        # Fields may be separated by a comma: 来源：雪球App，作者：某某，
        value = raw.strip().lstrip(":|/丨").strip().rstrip(",、").strip()
        if len(value) > self.max_value or self._SENTENCE_MARK.search(value):
            return None
        return value

    def _source(self, fields: list[tuple[str, str, str]]) -> str | None:
        for i, (org, label, value) in enumerate(fields):
            if label in self._source_words:
                # 来源：作者：解放日报 王海燕 (Shanghai Observer): the source is the next field's first word.
                following = fields[i + 1][2].split() if i + 1 < len(fields) else []
                stated = value or (following[0] if following else "")
                if stated:
                    return stated
            if org and self._publisher.search(org):
                return org
            if org and self._publisher.search(head := self._ORG_PARTS.split(org)[0]):
                return head  # 齐鲁晚报·齐鲁壹点: the paper, not its app
        return None

    @_memo
    def is_header(self, line: str) -> bool:
        """A platform's header line: a publication time among a few short tokens (author, account, place).

        A date without a clock time (2025-05-27·上海厂房通) is a header with at most `max_date_tokens`
        tokens beside it.
        """
        clock = self._CLOCK.search(line)
        most = self.max_tokens
        if clock is None and not self._CLOCK_DIGITS.search(line) and (clock := self._DATE.search(line)):
            most = self.max_date_tokens  # and none of them may hold a digit, below
        if clock is None or line[: clock.start()].rstrip().endswith(":"):
            return False
        tokens = [t for t in self._SEPARATORS.split(line[: clock.start()] + " " + line[clock.end() :]) if t]
        if most == self.max_date_tokens and any(self._DIGIT.search(t) for t in tokens):
            return False
        return len(tokens) <= most and all(
            len(t) <= self.max_value and not self._NOT_A_TOKEN.search(t) for t in tokens
        )

    @_memo
    def parse_dateline(self, line: str) -> Credit | None:
        """A dateline standing alone: 中新网上海8月12日电 (记者 陈静), 财联社9月24日讯（记者 王碧微）;
        or a print edition's credit: （原载于《常州日报》2024年10月15日A3版）."""
        line = line.strip()
        if self._dateline_possible is not None and not self._dateline_possible(line):
            return None  # no pattern can match (see Needs)
        found = self._dateline.fullmatch(line) or next(
            (m for edition in self._editions if (m := edition.fullmatch(line))), None
        )
        if found is None:
            return None
        outlet = found.groupdict().get("outlet") or ""
        head = self._publisher_head.match(outlet)
        if head and head.group() in self.not_mastheads:
            head = None  # 本报讯: "this paper" names no outlet
        return Credit([("", "dateline", line)], head.group() if head else None)

    @_memo
    def parse_masthead(self, line: str) -> Credit | None:
        """A publisher's name, alone or with a column of its own: 新民晚报 · 新民眼, 扬子晚报|紫牛新闻."""
        line = line.strip()
        if not 0 < len(line) <= self.max_masthead:
            return None  # before splitting: most lines are longer
        names = [n for n in self._SEPARATORS.split(line) if n]
        if not 1 <= len(names) <= 3:
            return None
        if any(self._NOT_A_NAME.search(n) for n in names) or not self._masthead_name.match(names[0]):
            return None
        if len(names[0]) < 3 or names[0].startswith(tuple(self.not_mastheads)):
            return None  # 相关新闻, 热点新闻: a section's heading, not a publisher
        return Credit([("", "masthead", line)], names[0])

    @_memo
    def parse_items(self, line: str) -> list[Credit] | None:
        """A line of bracketed items, each a credit or a page tool: 【纠错】 【责任编辑：王萌】."""
        if not self._ITEMS.match(line):
            return None
        items = self._ITEM.findall(line)
        credits = [Credit([]) if i.strip() in self.tools else self.parse(i) for i in items]
        if any(c is None for c in credits) or all(not c.fields for c in credits):
            return None
        return credits

    @_memo
    def judge(self, text: str, *, head: bool = False) -> list[Credit] | None:
        """The credits of a block when all its lines are credit lines, else None.

        `head`: the block is the first one left, where a header line counts as a credit.
        """
        lines = text.split("\n")
        if head and len(lines) > 1 and self.is_header(" ".join(lines)):
            # A platform's author card: name, time, place and badge, one per line.
            return [Credit([], self._header_source(" ".join(lines)))]
        # parse finds nothing in a line without a label word, nor parse_items (it needs an item that
        # parses; a line's label word is the block's): one search for the block, not a call per line.
        labelled = self._labelled(text)
        credits: list[Credit] = []
        fields = 0  # short label：value lines, accepted beside real credit lines only
        tools = 0  # interface words (听新闻), accepted beside real credit lines only
        for line in lines:
            if (credit := (labelled and self.parse(line)) or self.parse_dateline(line)) is not None:
                credits.append(credit)
            elif labelled and (items := self.parse_items(line)) is not None:
                credits += items
            elif head and self.is_header(line):
                credits.append(Credit([], self._header_source(line)))
            elif len(lines) == 1 and (masthead := self.parse_masthead(line)) is not None:
                credits.append(masthead)
            elif len(lines) > 1 and self._FIELD.match(line.strip()):
                fields += 1
            elif len(lines) > 1 and line.strip() in self.tools:
                tools += 1
            else:
                return None
        if (fields or tools) and not any(c.fields for c in credits):
            return None  # label：value lines alone are a notice's, not credits
        return credits

    @_memo
    def aside_start(self, text: str) -> int | None:
        """Where credits closing a real paragraph start, when what stands before them ends a sentence:
        a bracketed aside (…持续升温。（本文首发于…，作者｜…）) or lines after a <br/> (…。<br/>编辑/王宇)."""
        if not self._labelled(text):
            return None  # both need a line or an aside that parse reads fields from: a label word of `text`
        lines_start = trailing_lines_start(
            text, lambda line: bool(getattr(self.parse(line), "fields", None)), _ends_sentence
        )
        if lines_start is not None:
            return lines_start
        aside = _FINAL_ASIDE.search(text)
        if aside is None or not _ends_sentence(text[: aside.start()]):
            return None
        credit = self.parse(aside.group().strip())
        return aside.start() if credit is not None and credit.fields else None

    def _final_asides(self, tail: list[Block], found: dict) -> list[Removal]:
        removals = []
        for block in tail:
            if block not in found and (start := self.aside_start(block.norm)) is not None:
                removal = cut_from(block, start)
                credits = [self.parse(line) for line in block.norm[start:].strip().split("\n")]
                source = next((c.source for c in credits if c and c.source), None)
                removal.captured = {"source": source} if source else {}
                removals.append(removal)
        return removals

    @_memo
    def is_picture_credit(self, text: str) -> bool:
        """A picture's credit, wherever it stands: 图片来源：视觉中国, （记者 王某 摄）."""
        if self._picture_gate is not None and self._picture_gate(text) is None:
            return False  # neither test below can pass (_gate_of): one search rules most texts out
        line = text.strip()
        if (self._photo_possible is None or self._photo_possible(line)) and self._photo.fullmatch(line):
            return True  # (a line lacking the characters of Needs matches no pattern)
        if not self._anywhere_word.search(text):
            return False  # no line parses (to `anywhere` labels: see __post_init__); parse asks _labelled
        lines = text.split("\n")
        credits = [self.parse(line) for line in lines]
        return all(
            c is not None and c.fields and all(f[1] in self.anywhere for f in c.fields) for c in credits
        )

    def is_bare_label(self, text: str) -> bool:
        """A credit label standing alone, as an author card prints it over the name: 文章作者."""
        return text.strip().rstrip(":").strip() in self._label_set

    @staticmethod
    def is_name(text: str) -> bool:
        """A person's name alone: two to four Chinese characters, perhaps with a middle dot."""
        return CreditDetector._PERSON.fullmatch(text.strip()) is not None

    def _header_source(self, line: str) -> str | None:
        rest = self._CLOCK.sub(" ", line)
        credit = self.parse(rest.strip().lstrip("|·• "))
        return credit.source if credit else None

    @_memo
    def could_claim(self, text: str, *, head: bool = False) -> bool:
        """Whether any predicate plan asks of a block at the edges may claim `text`: False rules out
        is_picture_credit, is_bare_label, judge (with this `head`) and aside_start at once. Each test is a
        condition one of them cannot do without; a prose block fails all and is asked nothing more."""
        # Most texts (prose) hold neither a label word nor a character Needs asks for: one search (_gate_of)
        # rules out both tests below.
        if self._claim_gate is None or self._claim_gate(text) is not None:
            if self._labelled(text):
                return True  # parse and parse_items (judge, aside_start, is_picture_credit's labels) need it
            # is_picture_credit's patterns and judge's parse_dateline (a line of `text`, stripped: a part of
            # it, so holding no character `text` lacks) match only what Needs allows (asked of both at once),
            # and only at a line's start (_line_opening).
            if (self._photo_or_dateline_possible is None or self._photo_or_dateline_possible(text)) and (
                self._line_opening is None or self._line_opening(text)
            ):
                return True
        if head and self._DATE.search(text):
            return True  # is_header (judge's header line or card) needs a date; _DATE spans no line break
        # judge asks parse_masthead of a block of one line, that line being all of `text` (no longer than
        # max_masthead once stripped, as parse_masthead first asks: _fits, inlined, spares most texts a call)
        most = self.max_masthead
        if (
            "\n" not in text
            and (len(text) <= most or len(text.strip()) <= most)
            and self.parse_masthead(text) is not None
        ):
            return True
        # judge's other lines (fields, tools) count only beside credits; is_bare_label, inlined
        return text.strip().rstrip(":").strip() in self._label_set

    def plan(self, doc: Doc) -> Plan:
        live, found = doc.live(), {}
        n = len(live)
        first = live[0] if live and live[0].tag != "tr" else None  # where a header line can be

        # Blocks at the edges (the first `head` and last `tail`) that some predicate may claim (could_claim):
        # only these are asked; between the edges only picture credits are looked for.
        edge = [*range(min(self.head, n)), *range(max(self.head, n - self.tail), n)]
        open_ = [i for i in edge if self.could_claim(live[i].norm, head=live[i] is first)]
        for block in live[self.head : max(self.head, n - self.tail)] + [live[i] for i in open_]:
            # Picture credits stand under pictures, anywhere in the body.
            if self.is_picture_credit(block.norm):
                found[block] = [Credit([("", "picture", block.norm)])]
        for i in open_:
            # An author card's label over the name: both go, the name alone would not.
            block, name = live[i], live[i + 1] if i + 1 < n else None
            if name and self.is_bare_label(block.norm) and self.is_name(name.norm):
                found[block] = found[name] = [Credit([("", block.norm.strip(), name.norm)])]
        # The last `tail` blocks are all at the edges (see edge).
        removals = self._final_asides([live[i] for i in open_ if i >= n - self.tail], found)
        for i in open_:
            block = live[i]
            if block not in found and (credits := self.judge(block.norm, head=block is first)) is not None:
                found[block] = credits
        for block in live:
            if block in found:
                source = next((c.source for c in found[block] if c.source), None)
                removals.append(Removal(block, block.text, captured={"source": source} if source else {}))
        return Plan(removals)


# --- disclaimers and copyright statements --------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class DisclaimerDetector(Rule):
    """Liability, copyright and reprint statements, in any platform's wording.

    Cues come in two strengths: `strong` ones hardly occur outside such statements
    (侵权, 转载, 仅代表, 信息存储空间, 投资建议, Copyright), `weak` ones also occur in policy prose
    (未经, 不得, 法律责任). A paragraph with a word of reporting (`reporting`: 负责人, 告诉记者,
    据悉…) is never one: news about copyright uses the same words. A block is a
    statement when it holds `min_strong` distinct strong cues, or one strong and
    `min_weak` distinct weak ones, or one strong when it opens with a label
    (`leads`: 声明：, 风险提示：), is at most `max_chars` long, and is among the first
    `head` or the last `tail` blocks left: statements sit at the edges, and a
    policy's own 未经批准不得… stays.
    """

    kind: ClassVar[str] = "disclaimer"
    peels: ClassVar[bool] = True
    strong: list[str]
    weak: list[str]
    leads: list[str] = field(default_factory=list)
    reporting: list[str] = field(default_factory=list)
    addressed: list[str] = field(default_factory=list)
    min_strong: int = 2
    min_weak: int = 2
    max_chars: int = 400
    head: int = 3
    tail: int = 8

    def __post_init__(self) -> None:
        super().__post_init__()
        self._strong, self._weak = _compile(self.strong), _compile(self.weak)
        self._strong_found = _found_anywhere(self.strong)
        self._lead = re.compile(rf"^\W*(?:{_alternatives(self.leads)})\s*:")
        self._reporting = re.compile(_alternatives(self.reporting))
        self._addressed = caseless(_alternatives(self.addressed)) if self.addressed else None

    @_memo
    def is_statement(self, text: str) -> bool:
        if len(text) > self.max_chars or (self.min_strong > 0 and not self._strong_found(text)):
            return False  # what every line below says without a strong cue: one scan for most blocks
        if self._reporting.search(text):
            return False  # news about 转载 and 侵权 (…一家企业负责人告诉记者) is reporting
        if self._addressed and not self._addressed.search(text):
            return False  # it neither speaks of the copy nor tells the reader anything
        strong = {m.lower() for m in self._strong.findall(text)}
        if not strong:
            return self.min_strong <= 0  # what the last line says without a strong cue; weak ones not read
        weak = {m.lower() for m in self._weak.findall(text)}
        if strong and self._lead.match(text):
            return True  # 声明：…, labelled as what it is
        return len(strong) >= self.min_strong or (len(strong) >= 1 and len(weak) >= self.min_weak)

    @_memo
    def tail_start(self, text: str) -> int | None:
        """Where statement lines appended to a real paragraph after a <br/> start, or None.

        …予以倾斜。<br/>*文汇独家稿件，转载请注明出处。 loses its last line only; the lines kept must be
        prose (ending a sentence) without a strong cue (如需转载请与…联系。 is part of the statement).
        """
        return trailing_lines_start(
            text, self.is_statement, lambda head: _ends_sentence(head) and not self._strong.search(head)
        )

    def plan(self, doc: Doc) -> Plan:
        live = doc.live()
        zone = live[: self.head] + live[max(self.head, len(live) - self.tail) :]
        removals = []
        for block in zone:
            # tail_start needs a line break (trailing_lines_start): most blocks cost no memo lookup for it.
            if "\n" in block.norm and (start := self.tail_start(block.norm)) is not None:
                removals.append(cut_from(block, start))
            elif self.is_statement(block.norm):
                removals.append(Removal(block, block.text))
        return Plan(removals)


# --- lists of unrelated headlines ----------------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class HeadlinesDetector(Rule):
    """A list of other articles' headlines at the end: 热点阅读, 往期推荐, or right below other junk.

    Headline-like blocks are one line of `min_chars` to `max_chars`, end without punctuation and
    are not numbered list items. At least `min_run` of them at the end of the body are a headline
    list when a `markers` block (往期推荐, 相关阅读, ...) stands right above them (it goes too) or the
    block right above them was itself removed as junk. Short real items after a real lead-in
    (入选的园区为： then the names) have neither, and stay.

    Two more shapes. A short heading of its own (at most `max_heading` characters, unpunctuated: 一财最热)
    right above such a run at the end goes with it when the block above the heading was removed as
    junk. And under a marker a list is one in the middle of the body too (相关新闻 then two headlines,
    then the article goes on): the marker and the headline-like blocks right below it go.
    """

    kind: ClassVar[str] = "headlines"
    peels: ClassVar[bool] = True
    markers: list[str]
    min_chars: int = 6
    max_chars: int = 40
    min_run: int = 2
    max_heading: int = 8

    _NUMBERED: ClassVar[re.Pattern[str]] = re.compile(
        r"^(?:\d{1,2}[.、)]|\(\d{1,2}\)|[一二三四五六七八九十]+、)"
    )  # noqa: E501
    _ENDS: ClassVar[re.Pattern[str]] = re.compile(r"[。,，;；:：、!?！？…]$")
    _EDGES: ClassVar[re.Pattern[str]] = re.compile(r"^[\W_]+|[\W_]+$")  # compiled once: every block asks

    def __post_init__(self) -> None:
        super().__post_init__()
        self._markers = {m.strip() for m in self.markers}
        # What is left of a block once its edges are stripped is a part of it: a marker is a marker word
        # of the block, found in one search (stripping the edges cost more).
        self._marker_word = re.compile(_alternatives(list(self._markers)))
        # is_marker(t) says t is a marker between the runs of [\W_] _EDGES strips; a marker that opens or
        # closes with such a character is never one (they are stripped off it). So t is a marker only when
        # it opens with [\W_]* and a marker, and is_listed_block(t) only then too: its marker line comes
        # after blank lines only (white space is \W), its marker before the line's first ":". One match
        # at the start of each block rules out both for the rest of plan (most bodies hold no marker).
        words = [m for m in self._markers if m and not self._EDGES.search(m[0] + m[-1])]  # word-edged
        self._opening = re.compile(rf"[\W_]*(?:{_alternatives(words)})")

    @_memo
    def is_headline(self, text: str, *, listed: bool = False) -> bool:
        """A headline-like block; `listed`: under a marker, where a headline may end with ！ or ？
        (这家园区又上新了！), as a real closing sentence may not elsewhere."""
        text = text.strip()
        if listed:
            text = text.rstrip("!?")
        return (
            "\n" not in text
            and self.min_chars <= len(text) <= self.max_chars
            and not self._ENDS.search(text)
            and not self._NUMBERED.match(text)
        )

    @_memo
    def is_marker(self, text: str) -> bool:
        if not self._marker_word.search(text):
            return False  # see __post_init__
        return self._EDGES.sub("", text) in self._markers  # ▌推荐阅读, 相关阅读：

    @_memo
    def is_listed_block(self, text: str) -> bool:
        """A marker and its headlines in one block, split by <br/> (推荐阅读：<br/>…<br/>…), or a marker
        and one headline on one line (相关阅读：某园区一期满租)."""
        lines = [line for line in text.split("\n") if line.strip()]
        if len(lines) == 1 and ":" in lines[0]:
            marker, _, title = lines[0].partition(":")
            return self.is_marker(marker) and self.is_headline(title, listed=True)
        return (
            len(lines) > self.min_run - 1
            and self.is_marker(lines[0])
            and all(self.is_headline(line, listed=True) for line in lines[1:])
        )

    def is_heading(self, text: str) -> bool:
        text = text.strip()
        return 2 <= len(text) <= self.max_heading and not re.search(r"[\W_]", text)

    def _below_junk(self, doc: Doc, block: Block) -> bool:
        position = doc.blocks.index(block)
        return position > 0 and doc.blocks[position - 1].removed

    def plan(self, doc: Doc) -> Plan:
        live = doc.live()
        opening = self._opening.match
        for b in live:
            if opening(b.norm):
                break
        else:  # a loop, not any() of a generator: a generator cost more than most bodies' matches
            # No block can be a marker or a listed block (see __post_init__): all the code below can find
            # is _at_end's run below junk (is_marker False), is_headline's length limit asked first.
            run = tail_run(live, lambda b: _fits(b.norm, self.max_chars) and self.is_headline(b.norm))
            return Plan(whole(self._below_junk_run(doc, live, run)))
        listed = [b for b in live if self.is_listed_block(b.norm)]
        if live and self.is_marker(live[-1].norm) and live[-1] not in listed:
            listed.append(live[-1])  # a marker left last, its list not copied: 喜欢此内容的人还喜欢
        found = (self._at_end(doc, live) or self._under_markers(live)) + listed
        return Plan(whole(list(dict.fromkeys(found))))  # a block found two ways is removed once

    def _at_end(self, doc: Doc, live: list[Block]) -> list[Block]:
        listed = tail_run(
            live, lambda b: self.is_headline(b.norm, listed=True) and not self.is_marker(b.norm)
        )
        above = live[len(live) - len(listed) - 1] if len(live) > len(listed) else None
        if len(listed) >= self.min_run and above is not None and self.is_marker(above.norm):
            return [above, *listed]
        run = tail_run(live, lambda b: self.is_headline(b.norm) and not self.is_marker(b.norm))
        return self._below_junk_run(doc, live, run)

    def _below_junk_run(self, doc: Doc, live: list[Block], run: list[Block]) -> list[Block]:
        """The headline-like `run` at the end, with the short heading above it, when it sits below junk."""
        if len(run) < self.min_run:
            return []
        above = live[len(live) - len(run) - 1] if len(live) > len(run) else None
        if above is not None and self.is_heading(above.norm) and self._below_junk(doc, above):
            return [above, *run]
        return run if self._below_junk(doc, run[0]) else []

    def _under_markers(self, live: list[Block]) -> list[Block]:
        found: list[Block] = []
        for i, block in enumerate(live):
            if not self.is_marker(block.norm):
                continue
            run = []
            for below in live[i + 1 :]:
                if not self.is_headline(below.norm, listed=True) or self.is_marker(below.norm):
                    break
                run.append(below)
            if len(run) >= self.min_run:
                found += [block, *run]
        return found


# --- end-of-dispatch marks ----------------------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class EndMarkDetector(Rule):
    """An end-of-dispatch mark, （完）, standing alone or glued to the end of the last real paragraph.

    Among the last `tail` blocks left, a block that is nothing but a mark (`marks`) goes whole; a
    block ending with one loses the mark only. Elsewhere a mark is left alone: the article goes on.
    """

    kind: ClassVar[str] = "end_mark"
    peels: ClassVar[bool] = True
    marks: list[str]
    tail: int = 3

    def __post_init__(self) -> None:
        super().__post_init__()
        self._end = caseless(rf"(?:{_compile(self.marks).pattern})\s*$")

    @_memo
    def mark_start(self, text: str) -> int | None:
        """Where the end mark closing `text` starts, or None."""
        found = self._end.search(text)
        return found.start() if found else None

    def plan(self, doc: Doc) -> Plan:
        removals = []
        for block in doc.live()[-self.tail :]:
            start = self.mark_start(block.norm)
            if start is None:
                continue
            if not block.norm[:start].strip():
                removals.append(Removal(block, block.text))
            else:
                removals.append(cut_from(block, start))
        return Plan(removals)


DETECTORS: tuple[type[Rule], ...] = (
    ContactDetector,
    QrPromptDetector,
    PromoDetector,
    ShareDetector,
    CreditDetector,
    DisclaimerDetector,
    HeadlinesDetector,
    EndMarkDetector,
)
