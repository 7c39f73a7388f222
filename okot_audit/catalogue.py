"""The catalogue of training codes: code → programme, sector, stage, whether it can end a programme.

Shipped as ``schemas/codes.csv`` (and ``schemas/families.csv`` for what a code's prefix
suggests; ``schemas/sectors.csv`` for the sectors answers name that the catalogue files under
another: ``welzijn`` under ``zorg``). Users add codes the catalogue does not know yet with an extra CSV of the same
columns (``--catalogue FILE`` or ``catalogue = "…"`` under ``[tool.okot-audit]``); its rows
override the shipped ones.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

from okot_audit.patterns import LABEL_FOOTNOTE_MARK, SECTORS
from okot_audit.source import InputError

CODE_COLUMNS = ("code", "label", "programme", "sector", "stage", "year", "years", "can_be_final")
STAGES = ("year", "track", "module", "whole")
T = TypeVar("T")


def schemas_dir() -> Path:
    """The folder holding schemas and catalogue (inside the installed package, or the repo)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "schemas", here.parent / "schemas"):
        if (candidate / "codes.csv").exists():
            return candidate
    raise FileNotFoundError("okot-audit's schemas folder is missing from the installation")


@dataclass(frozen=True)
class Entry:
    code: str
    label: str
    programme: str
    sector: str
    stage: str
    year: int | None
    years: int | None
    can_be_final: bool

    @property
    def stage_text(self) -> str:
        if self.stage == "year" and self.year:
            return f"year {self.year} of {self.years}" if self.years else f"year {self.year}"
        return {"track": "individual track", "module": "module", "whole": "whole programme"}.get(
            self.stage, self.stage
        )


@dataclass(frozen=True)
class Family:
    prefix: str
    family: str
    sector: str


@dataclass(frozen=True)
class Named:
    """The catalogue's answer for a programme's name printed without its code: the entries the
    name may stand for. For a name that says its stage (``Verpleegkunde - 1ste jaar``) those
    of that stage, one per programme the name may be (``900611``, ``900711``; `stage` is True);
    for a programme's name alone one entry of each programme it may be (``Verpleegkunde``: the
    professional bachelor's and the graduate's). Empty for a name the catalogue knows no
    programme of. A rule asks the set what it needs (:meth:`agree`): where every programme the
    name may be gives the same answer, the name is as good as one programme's."""

    entries: tuple[Entry, ...] = ()
    stage: bool = False

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def agree(self, question: "Callable[[Entry], T]") -> "T | None":
        """The answer every entry gives to `question`; None where they differ (or there is none)."""
        answers = {question(entry) for entry in self.entries}
        return answers.pop() if len(answers) == 1 else None


class Catalogue:
    """Look up training codes; unknown codes get the family their prefix suggests."""

    def __init__(self, entries: dict[str, Entry], families: list[Family], sources: tuple[str, ...] = ()) -> None:
        self.entries = entries
        self.families = sorted(families, key=lambda f: -len(f.prefix))
        self.sources = sources
        # (each family by its prefix, and the prefixes' lengths, the longest first: a code's
        # family is one look-up per length, not a scan of the families)
        self._family_of: dict[str, Family] = {}
        for family in self.families:
            self._family_of.setdefault(family.prefix, family)
        self._prefix_lengths = sorted({len(f.prefix) for f in self.families}, reverse=True)
        self._named_cache: dict[str, Named] = {}

    def __contains__(self, code: str) -> bool:
        return code in self.entries

    def get(self, code: str) -> Entry | None:
        return self.entries.get(code)

    def by_name(self, name: str) -> Entry | None:
        """The entry a programme name without code stands for, where it names one programme
        (:meth:`named`): a code's label, or the programme the printed name names — its name with
        more words after it (``Graduaat orthopedagogie - 1ste jaar``), or shortened (``Bach.
        verpleegkunde``, ``Educatieve bachelor kleuteronderwijs``: its words in order,
        abbreviations written out, small words left out; two words at least), or its
        abbreviation in brackets (``SLO``), or else its usual short name (:func:`name_core`:
        without the form of education before it and without its stage, ``Zorgkundige``,
        ``Graduaat in de verpleegkunde``, ``Pba verpleegkunde (avondonderwijs)``) where its
        form does not contradict the printed one (``Bachelor in de orthopedagogie`` is no
        ``Graduaat orthopedagogie``). None when no programme or several fit (``Verpleegkunde``).
        Words are compared as :func:`name_words` writes them."""
        named = self.named(name)
        if not named or len({e.programme or e.code for e in named.entries}) > 1:
            return None
        return named.entries[0]

    def named(self, name: str) -> Named:
        """What a programme's name without code may stand for (:class:`Named`), every
        programme that fits kept: a code's label is that code; a name that ends in a stage
        (``- 1ste jaar``) is that stage of each programme its words before the stage may be
        (``Verpleegkunde - 1ste jaar``: 900611 and 900711), where one of them has it — the
        stage its label ends in, else its year (``Verkorte educatieve bacheloropleiding - 1ste
        jaar`` is 908018, year 1 of 2); else the programmes the name may be — the longest whose
        name the printed name begins with, else those whose words it holds in order or by
        their abbreviation, else those whose usual short name it is (:func:`name_core`). As
        printed, else without a footnote's mark after it (``Zorgkundige (2)``, ``Graduaat
        orthopedagogie¹``). Empty when none fits. (Each name is read once per catalogue: the
        rules of an answer ask for the same rows' names.)"""
        cache = self._named_cache
        found = cache.get(name)
        if found is None:
            if len(cache) >= 4096:
                cache.clear()
            found = cache[name] = self._named(name)
        return found

    def _named(self, name: str) -> Named:
        bare = LABEL_FOOTNOTE_MARK.sub("", unicodedata.normalize("NFKC", name))
        marked = bool(bare.strip()) and bare != name
        # (a footnote's mark after a stage, ``- 2de jaar (1)``: no year of its own — ``jaar 1``)
        found = self._named_as_printed(bare) if marked and _STAGE_TAIL.search(" ".join(name_words(bare))) else Named()
        if not found:
            found = self._named_as_printed(name)
        if not found and marked:  # (a footnote's mark after the name: ``Zorgkundige (2)``, ``Graduaat orthopedagogie¹``)
            found = self._named_as_printed(bare)
        if not found:  # (a form in brackets after the name: ``Verpleegkunde (HBO5)`` is ``HBO5 verpleegkunde``)
            for bracket in _BRACKETED.finditer(bare if marked else name):
                if name_words(bracket.group(1)) in _FORM_PHRASES:
                    text = bracket.string
                    found = self._named_as_printed(f"{bracket.group(1)} {text[:bracket.start()]} {text[bracket.end():]}")
                    break
        return found

    def _named_as_printed(self, name: str) -> Named:
        words = name_words(name)
        if not words:
            return Named()
        exact = self._names()[0].get(words)
        if exact is not None:
            return Named((exact,), stage=True)
        text = " ".join(words)
        stage = _STAGE_TAIL.search(text)
        if stage is not None and stage.start() > 0:
            programmes = {e.programme for e in self._programmes(tuple(text[: stage.start()].split())) if e.programme}
            wanted = _stage_key(stage.group(0))
            staged = tuple(e for e in self.entries.values() if e.programme in programmes and _entry_stage(e) == wanted)
            if staged:
                return Named(staged, stage=True)
        track = _TRACK_TAIL.search(text)
        if track is not None and track.start() > 0:  # (``- individueel traject``: the programme's track, no year)
            programmes = {e.programme for e in self._programmes(tuple(text[: track.start()].split())) if e.programme}
            staged = tuple(e for e in self.entries.values() if e.programme in programmes and _is_track(e))
            if staged:
                return Named(staged, stage=True)
        return Named(self._programmes(words))

    def _programmes(self, words: tuple[str, ...]) -> tuple[Entry, ...]:
        """One entry of each programme the words may name (:meth:`named`)."""
        labels, programmes, acronyms = self._names()
        if words in labels:
            return (labels[words],)
        fits = [e for programme, e in programmes if words[:len(programme)] == programme]
        if fits:  # (each a part of the next: the longest is the one it names)
            return (max(fits, key=lambda e: len(name_words(e.programme or ""))),)
        if len(words) >= 2:
            fits = [e for programme, e in programmes if _in_order(words, programme)]
            if len(fits) > 1:  # (in several in order: the one whose usual short name they are, where one is —
                core, form = name_core(words)  # ``Lager onderwijs``, not its ``(verkort traject)``)
                exact = [e for programme_core, programme_form, e in self._cores()
                         if core and core == programme_core and form <= programme_form]
                fits = exact if len(exact) == 1 else fits
        if not fits and len(words) == 1:
            fits = acronyms.get(words[0], [])
        if not fits:
            core, form = name_core(words)
            fits = [entry for programme_core, programme_form, entry in self._cores()
                    if core and core == programme_core and form <= programme_form]
        return tuple({(e.programme or e.code): e for e in fits}.values())

    def _cores(self) -> "list[tuple[tuple[str, ...], frozenset[str], Entry]]":
        """Each programme's short name and forms (:func:`name_core`), with one entry of it."""
        cached = getattr(self, "_core_index", None)
        if cached is None:
            cores = ((name_core(words), entry) for words, entry in self._names()[1])
            cached = [(core, form, entry) for (core, form), entry in cores if core]
            self._core_index = cached
        return cached

    def named_stage(self, name: str) -> Entry | None:
        """The entry whose stage a programme name without code names, where it names one
        (:meth:`named`): a code's label (:func:`name_words` alike: ``Educatieve bachelor voor
        kleuteronderwijs - eerste jaar`` is 908001's), or a programme's name as :meth:`by_name`
        reads it, shortened or abbreviated, before its stage (``Bachelor verpleegkunde 1ste
        jaar``, ``Bach. verpleegkunde (jaar 1)`` are 900611's). None for a programme's name
        alone, which says no stage, where the stage it names is no stage of the programme's,
        and where it may be a stage of several programmes (``Verpleegkunde - 1ste jaar``)."""
        named = self.named(name)
        return named.entries[0] if named.stage and len(named) == 1 else None

    def _names(self) -> "tuple[dict[tuple[str, ...], Entry], list[tuple[tuple[str, ...], Entry]], dict[str, list[Entry]]]":
        cached = getattr(self, "_name_index", None)
        if cached is None:
            labels: dict[tuple[str, ...], Entry] = {}
            programmes: dict[tuple[str, ...], Entry] = {}
            acronyms: dict[str, list[Entry]] = {}
            for entry in self.entries.values():
                if entry.label:
                    labels.setdefault(name_words(entry.label), entry)
                if entry.programme:
                    programmes.setdefault(name_words(entry.programme), entry)
                for acronym in _ACRONYM.findall(f"{entry.label} {entry.programme}"):
                    acronyms.setdefault(acronym.lower(), []).append(entry)
            cached = (labels, sorted(programmes.items(), key=lambda kv: -len(kv[0])), acronyms)
            self._name_index = cached
        return cached

    def name_words(self) -> frozenset[str]:
        """Every word (letters only, lower case) of the codes' labels and programmes: what the
        reader knows a row's name may hold, to tell a word a narrow cell broke from two words
        (:mod:`okot_audit.parse.broken`, :func:`okot_audit.read.pdf._mend_broken_words`). Those
        of the catalogue the run was given — a user's codes' names too. (Made once per catalogue.)"""
        words = getattr(self, "_name_words", None)
        if words is None:
            words = frozenset(word.lower() for entry in self.entries.values()
                              for text in (entry.label, entry.programme) for word in _LETTER_WORD.findall(text))
            self._name_words = words
        return words

    def is_sector(self, name: str) -> bool:
        """Whether `name` is a sector: one okot-audit knows (:data:`~okot_audit.patterns.SECTORS`)
        or one of the catalogue's codes or families."""
        sectors = getattr(self, "_sectors", None)
        if sectors is None:
            sectors = {*SECTORS, *(e.sector for e in self.entries.values()), *(f.sector for f in self.families)}
            self._sectors = sectors
        return name in sectors

    def sectors(self) -> set[str]:
        """The sectors an answer may be about (``--sector``): those of the catalogue's codes and
        families, and those it files under one of them (:func:`sector_groups`: ``welzijn``)."""
        known = {e.sector for e in self.entries.values()} | {f.sector for f in self.families}
        return known | {name for name, sector in sector_groups().items() if sector in known}

    def covers(self, sectors: tuple[str, ...], code_sector: str) -> bool:
        """Whether an answer (or a block) about `sectors` (one, or several named together: ``zorg
        en welzijn``, :func:`okot_audit.patterns.sector_parts`) may hold a code the catalogue
        files under `code_sector`: one of them, or one filed with one of them as one sector
        (:func:`sector_groups`: ``welzijn`` and ``zorg``, which VDAB's catalogue files together)."""
        groups = sector_groups()
        return any(
            code_sector == part or groups.get(code_sector, code_sector) == groups.get(part, part) for part in sectors
        )

    def family(self, code: str) -> Family | None:
        """The most specific family whose prefix the code starts with."""
        for length in self._prefix_lengths:
            found = self._family_of.get(code[:length])
            if found is not None:
                return found
        return None

    def extended(self, path: str | Path) -> "Catalogue":
        """A catalogue with the codes of the CSV at `path` added (they win over ours)."""
        extra = _read_codes(Path(path))
        return Catalogue({**self.entries, **extra}, self.families, self.sources + (str(path),))


@lru_cache(maxsize=1)
def sector_groups() -> dict[str, str]:
    """Each sector answers name that the catalogue files under another sector, with that
    sector (``schemas/sectors.csv``: ``welzijn`` → ``zorg``)."""
    with open(schemas_dir() / "sectors.csv", newline="", encoding="utf-8") as handle:
        return {r["sector"].strip().lower(): r["catalogue_sector"].strip().lower() for r in csv.DictReader(handle)}


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    folder = schemas_dir()
    return Catalogue(
        _read_codes(folder / "codes.csv"), _read_families(folder / "families.csv"),
        (str(folder / "codes.csv"),),
    )


def load_catalogue(extra: str | Path | None = None) -> Catalogue:
    """The shipped catalogue, extended by the CSV at `extra` when given."""
    catalogue = default_catalogue()
    return catalogue.extended(extra) if extra else catalogue


def same_label(a: str, b: str) -> bool:
    """Labels match when they differ only in case, spacing and punctuation, or when one is the
    other with a footnote mark after it (``(SLO)(1)``, ``(SLO) (*)``, ``master*``, and a
    footnote's superscript digit as extractors give it, glued: ``(SLO)1``)."""
    key_a, key_b = _label_key(a), _label_key(b)
    if key_a == key_b:
        return True
    for marked, plain in ((a, key_b), (b, key_a)):
        bare = LABEL_FOOTNOTE_MARK.sub("", marked)
        if bare != marked and _label_key(bare) == plain:
            return True
    return False


#: Abbreviations of the words of programme names as answers print them (``Bach.``, ``Educ.``,
#: ``Prof.``, ``HBO5``), each with the words it stands for (:func:`name_words`).
NAME_ABBREVIATIONS = {
    "bach": ("bachelor",), "ba": ("bachelor",), "educ": ("educatieve",), "prof": ("professionele",),
    "sec": ("secundair",), "grad": ("graduaat",), "verpl": ("verpleegkunde",), "ond": ("onderwijs",),
    "hbo": ("hoger", "beroepsonderwijs"), "hbo5": ("hoger", "beroepsonderwijs"),
    "tko": ("tweedekansonderwijs",), "pba": ("professionele", "bachelor"),
}
#: Words a programme's name may leave out or put in (``Educatieve bachelor (voor) kleuteronderwijs``,
#: ``Bachelor in de verpleegkunde``).
NAME_SMALL_WORDS = frozenset(("voor", "in", "de", "het", "van", "der", "en", "tot", "met"))
#: A year's ordinal however written (``1ste``, ``1 ste``, ``1e``, ``eerste``): its digit.
NAME_ORDINALS = {
    "1ste": "1", "1e": "1", "1de": "1", "eerste": "1", "2de": "2", "2e": "2", "tweede": "2",
    "3de": "3", "3e": "3", "derde": "3", "4de": "4", "4e": "4", "vierde": "4",
}
_NAME_WORD = re.compile(r"[^\W_]+")
#: A word of letters (no digit): the words :meth:`Catalogue.name_words` gives.
_LETTER_WORD = re.compile(r"[^\W\d_]+")
_ORDINAL_APART = re.compile(r"(\d)\s+(ste|de|e)\b")
#: A programme's abbreviation in brackets after its name (``Specifieke lerarenopleiding (SLO)``).
_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")


@lru_cache(maxsize=1024)
def name_words(text: str) -> tuple[str, ...]:
    """A programme's name as words that two spellings of it share: in lower case and without
    accents, abbreviations written out (:data:`NAME_ABBREVIATIONS`), a year's ordinal as its digit
    (:data:`NAME_ORDINALS`), the small words (:data:`NAME_SMALL_WORDS`) and punctuation left out:
    ``Bach. in de verpleegkunde - 1 ste jaar`` → ``bachelor verpleegkunde 1 jaar``."""
    words: list[str] = []
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    for word in _NAME_WORD.findall(_ORDINAL_APART.sub(r"\1\2", folded)):
        if word in NAME_SMALL_WORDS:
            continue
        words.extend(NAME_ABBREVIATIONS.get(word) or (NAME_ORDINALS.get(word, word),))
    return tuple(words)


#: The stage a programme's name ends in, as :func:`name_words` writes it: a year (``1 jaar``,
#: ``jaar 1``) or modules (``module 5``, ``modules 1 4``).
_STAGE_TAIL = re.compile(r"(?:^| )(?:(\d) jaar|jaar (\d)|(modules?(?: \d+){1,2}))$")


#: The words that say a programme's form of education rather than what it teaches (as
#: :func:`name_words` writes them), each with the form it is: ``Hoger beroepsonderwijs``
#: programmes are called ``Graduaat`` since 2019; an ``Educatieve bachelor`` (``voor
#: kleuteronderwijs``) is the bachelor that trains teachers. A programme's usual short name leaves
#: them out (``Kleuteronderwijs - 1ste jaar`` is 908001's stage).
NAME_FORMS = {
    "tweedekansonderwijs": "tweedekansonderwijs", "graduaat": "graduaat", "hoger beroepsonderwijs": "graduaat",
    "professionele": "professionele", "bachelor": "bachelor", "master": "master", "se n se": "se-n-se",
    "educatieve bachelor": "educatieve bachelor",
}
_FORM_PHRASES = frozenset(tuple(phrase.split()) for phrase in NAME_FORMS)
_FORM_WORDS = sorted(((tuple(phrase.split()), form) for phrase, form in NAME_FORMS.items()),
                     key=lambda f: -len(f[0]))  # (the longest first: ``hoger beroepsonderwijs``)
#: The words that say how a programme is taught (``(avondonderwijs)``): no part of its name.
NAME_MODES = frozenset(("avondonderwijs", "dagonderwijs", "afstandsonderwijs", "deeltijds", "voltijds"))
#: A practitioner's word for the discipline's (``verpleegkundige``, ``zorgkundige``): its stem.
_PRACTITIONER = re.compile(r"(kund)ige$")


def name_core(words: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """A programme's usual short name, from its :func:`name_words`, and the forms of education
    it begins with (:data:`NAME_FORMS`): the name without those, without its stage (``1 jaar``)
    and without the words of how it is taught (:data:`NAME_MODES`), a practitioner's word as
    the discipline's (``-kundige`` as ``-kunde``): ``Graduaat in de verpleegkundige - 1ste
    jaar`` → ``(("verpleegkunde",), {"graduaat"})``."""
    text = " ".join(w for w in words if w not in NAME_MODES)
    stage = _STAGE_TAIL.search(text)
    rest = tuple((text[: stage.start()] if stage else text).split())
    forms: set[str] = set()
    while form := next(((p, f) for p, f in _FORM_WORDS if rest[:len(p)] == p), None):
        rest = rest[len(form[0]):]
        forms.add(form[1])
    return tuple(_PRACTITIONER.sub(r"\1e", w) for w in rest), frozenset(forms)


def split_stage(name: str) -> tuple[str, int] | None:
    """A programme's name that ends in a year of it, apart: its programme's words (as
    :func:`name_words` writes them) and the year (``Bachelor kinderzorg - 1ste jaar`` →
    ``("bachelor kinderzorg", 1)``); None for a name that ends in no year."""
    bare = LABEL_FOOTNOTE_MARK.sub("", unicodedata.normalize("NFKC", name))
    words = " ".join(name_words(name))
    if bare != name and _STAGE_TAIL.search(" ".join(name_words(bare))):  # (``- 1ste jaar (1)``: the year 1)
        words = " ".join(name_words(bare))
    stage = _STAGE_TAIL.search(words)
    if stage is None or stage.start() == 0 or not (stage.group(1) or stage.group(2)):
        return None
    return words[: stage.start()], int(stage.group(1) or stage.group(2))


def _entry_stage(entry: Entry) -> str | None:
    """The stage an entry is, as :func:`_stage_key` writes a name's: the stage its label ends
    in, else the year the catalogue gives it (908018, ``Verkorte educatieve
    bacheloropleiding``, is year 1 of 2: ``jaar 1``)."""
    tail = _STAGE_TAIL.search(" ".join(name_words(entry.label or "")))
    if tail is not None:
        return _stage_key(tail.group(0))
    return f"jaar {entry.year}" if entry.stage == "year" and entry.year else None


#: A track's tail, as :func:`name_words` writes it (``- individueel traject``): no year, the
#: programme's individual track (its entries: :func:`_is_track`).
_TRACK_TAIL = re.compile(r"(?:^| )individueel traject$")
#: A part of a name in brackets (``(HBO5)``): a form of education there is the name's form.
_BRACKETED = re.compile(r"\(([^()]*)\)")


def _is_track(entry: Entry) -> bool:
    """Whether an entry is (a part of) its programme's individual track: its stage, or its label
    (``… individueel traject - module 5``)."""
    words = " ".join(name_words(entry.label or ""))
    return entry.stage == "track" or " individueel traject" in f" {words}"


def _stage_key(tail: str) -> str:
    """A stage's words the same however ordered: ``1 jaar`` and ``jaar 1`` are ``jaar 1``."""
    words = tail.split()
    return "jaar " + next(w for w in words if w.isdigit()) if "jaar" in words else " ".join(words)


def _in_order(words: tuple[str, ...], programme: tuple[str, ...]) -> bool:
    """Whether every word of `words` stands in `programme`, in the same order."""
    rest = iter(programme)
    return all(word in rest for word in words)


def _label_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _read_codes(path: Path) -> dict[str, Entry]:
    name = str(path)
    reader = None
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in ("code", "sector") if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(name, f"catalogue lacks the column(s) {', '.join(missing)}", 1)
            entries = {}
            for number, row in enumerate(reader, start=2):
                if any("\x00" in (value or "") for value in row.values() if isinstance(value, str)):
                    raise InputError(name, "catalogue holds binary data (NUL byte), not CSV text", reader.line_num)
                entries[_check_code(row, name, number)] = _entry(row, name, number)
            return entries
    except FileNotFoundError:
        raise InputError(name, "catalogue file not found") from None
    except IsADirectoryError:
        raise InputError(name, "catalogue is a folder, not a CSV file") from None
    except UnicodeDecodeError:
        raise InputError(name, "catalogue is not UTF-8 text") from None
    except csv.Error as exc:  # (a field longer than the csv module takes, …)
        raise InputError(name, f"catalogue is not CSV that can be read ({exc})",
                         reader.line_num + 1 if reader is not None else None) from None  # (the line it failed on)
    except OSError as exc:  # permission denied, a symbolic link loop, …
        raise InputError(name, f"cannot read the catalogue ({exc.strerror or exc})") from None


def _check_code(row: dict, name: str, number: int) -> str:
    code = (row.get("code") or "").strip()
    if not re.fullmatch(r"\d{6}", code):
        raise InputError(name, f"catalogue code {code!r} is not six digits", number)
    return code


def _entry(row: dict, name: str, number: int) -> Entry:
    def integer(key: str) -> int | None:
        value = (row.get(key) or "").strip()
        if not value:
            return None
        if not value.isdigit():
            raise InputError(name, f"catalogue column {key} must be a whole number, not {value!r}", number)
        return int(value)

    final = (row.get("can_be_final") or "").strip().lower()
    if final not in ("true", "false", "1", "0", "yes", "no", ""):
        raise InputError(name, f"catalogue column can_be_final must be true or false, not {final!r}", number)
    sector = (row.get("sector") or "").strip().lower()
    if not sector:  # (every code of it would be taken for one outside the answer's sector)
        raise InputError(name, "catalogue column sector is empty: give the code's sector (onderwijs, zorg, …)", number)
    stage = (row.get("stage") or "").strip().lower() or "year"
    if stage not in STAGES:
        raise InputError(name, f"catalogue column stage must be {', '.join(STAGES[:-1])} or {STAGES[-1]}, "
                               f"not {stage!r}", number)
    year, years = integer("year"), integer("years")
    if year is not None and years is not None and not 1 <= year <= years:
        raise InputError(name, f"catalogue row gives year {year} of a programme of {years} year(s)", number)
    return Entry(
        code=row["code"].strip(), label=(row.get("label") or "").strip(),
        programme=(row.get("programme") or "").strip(), sector=sector,
        stage=stage, year=year, years=years, can_be_final=final in ("true", "1", "yes"),
    )


def _read_families(path: Path) -> list[Family]:
    with open(path, newline="", encoding="utf-8") as handle:
        return [Family(r["prefix"], r["family"], r["sector"]) for r in csv.DictReader(handle)]
