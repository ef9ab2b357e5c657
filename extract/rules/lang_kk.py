"""Kazakh: triggers found by stem, roles read from case endings, tense from the clause-final verb
(no morphology model for Kazakh: `extract.kazakh` strips endings by rule)."""

from __future__ import annotations

from extract.kazakh import case_of, fold, name_case
from extract.mentions import PersonMention, PlaceMention, SentenceMentions
from extract.rules import cues_kk as cues
from extract.rules import triggers_kk as tr
from extract.rules.blocs import blocs_named
from extract.rules.document_titles_kk import document_title
from extract.rules.gathering_names_kk import gathering_name
from extract.rules.language import Language, Trigger
from extract.rules.modality_kk import cancelled, postponed_subject, put_off_before, relocated_venue
from extract.rules.names_titles import KK_HEAD_TITLES, KK_HOME_COUNTRY
from extract.rules.verb_tense_kk import verb_tense
from extract.rules.places_residences import RESIDENCES
from extract.text import Sentence, Token


_TRIGGERS = [(tuple(fold(stem).split()), etype) for stem, etype in tr.TRIGGERS.items()]
_AGENT_SUFFIXES = tuple(fold(s) for s in tr.AGENT_SUFFIXES)
_PHONE_CONTEXT = tuple(fold(s) for s in tr.PHONE_CONTEXT)
_RING = frozenset(fold(s) for s in tr.RING)
_SUMMIT_MEETINGS = tuple(fold(s) for s in tr.SUMMIT_MEETINGS)
_HEADS = tuple(fold(s) for s in tr.HEADS)
_TOOK_PART = fold("қатыс")
_MANY_SIDED = tuple(fold(s) for s in tr.MANY_SIDED)
_SERIES_STEMS = tuple(fold(s) for s in tr.SERIES_STEMS)
_RING_VERBS = tuple(fold(s) for s in ("шалд", "шалып", "шалад", "шалған", "шалмақ"))
_CONVERSATION = tuple(fold(s) for s in tr.CONVERSATION)
_VISIT_VERBS = tuple(fold(v) for v in tr.VISIT_VERBS)
_RECEPTION = tuple(fold(v) for v in tr.RECEPTION)
_DOCUMENTS = tuple(cues.DOCUMENT_HEADS)
_SUMMIT_SESSION = fold(tr.SUMMIT_SESSION)
_BILATERAL = fold(tr.BILATERAL)
_FORMAT = fold(tr.FORMAT)
_SITTING_WORDS, _CHAIRING = tuple(fold(w) for w in tr.SITTING_WORDS), tuple(fold(w) for w in tr.CHAIRING)
_SESSION, _COUNCIL = tuple(fold(w) for w in tr.SESSION), fold(tr.COUNCIL)
_HELD_SITTINGS, _HOLDING = tuple(fold(w) for w in tr.HELD_SITTINGS), tuple(fold(w) for w in tr.HOLDING)
_GATHERING_TOLD = frozenset(fold(w) for w in tr.GATHERING_TOLD)
_RESIDENCE_NAMES = frozenset(fold(name) for name in RESIDENCES)
_COUNCIL_OF_LEADERS = tuple(fold(w) for w in tr.COUNCIL_OF_LEADERS)


def _ends(tok: Token, endings: tuple[str, ...], unless: tuple[str, ...] = ()) -> bool:
    low = fold(tok.text)
    return low.endswith(endings) and not (unless and low.endswith(unless))


def _is_word(tok: Token) -> bool:
    return tok.pos != "PUNCT"


def _first_word(tokens: tuple[Token, ...]) -> int | None:
    """Where the sentence's first word is ("Отырысқа ...", "Кездесуге ..." open on the gathering just told)."""
    return next((k for k, t in enumerate(tokens) if _is_word(t)), None)


def _end_of_quote(tokens: tuple[Token, ...], i: int) -> int | None:
    """Where the quotation the word at ``i`` stands in closes ("«...», – деді ол"); None outside quotes."""
    depth = 0
    for t in tokens[:i]:
        depth += (t.text == "«") - (t.text == "»")
    if depth <= 0:
        return None
    for k in range(i + 1, len(tokens)):
        depth += (tokens[k].text == "«") - (tokens[k].text == "»")
        if depth == 0:
            return k
    return None


_TITLE_STEMS = tuple(fold(stem) for stem in KK_HEAD_TITLES)


def _participle_tense(word: str) -> str | None:
    """"келгенін", "барған" (past); "келетінін", "баратын" (to come): a visit verb made a participle."""
    stem = next((v for v in _VISIT_VERBS if word.startswith(v)), None)
    if stem is None:
        return None
    if any(p in word[len(stem) - 3:] for p in cues.PAST_PARTICIPLE):
        return "past"
    if any(p in word[len(stem) - 3:] for p in cues.FUTURE_PARTICIPLE + (fold("етін"), fold("атын"))):
        return "future"
    return None


class Kazakh(Language):
    code = "kk"
    clause_openers = cues.CLAUSE_OPENERS
    postpone = cues.POSTPONE
    held_later = cues.HELD_LATER
    relative_dates = cues.RELATIVE_DATES
    visit_days = cues.VISIT_DAYS
    after_talks_cues, period_after = cues.AFTER_TALKS, cues.PERIOD_AFTER
    end_words = ("аяқта",)  # "үш күндік сапарын аяқтады": the day told is its last
    began_words = ("басталған",)  # "15 қыркүйекте басталған ... сапары бүгін аяқталады"
    lasting_words = ("жалғас", "созыл", "өтеді", "өтуде")  # "Сапар 16–18 маусым күндері жалғасады"
    many_sided_words = ("үшжақты", "көпжақты", "төртжақты", "бейнеконференц", "конференц")
    home_country = KK_HOME_COUNTRY  # Kazakh news is Kazakhstan's: "Мемлекет басшысы" is its head of state
    owner_pronouns = cues.OWNER_PRONOUNS
    addressee_words = cues.ADDRESSEE  # "Сіздің сапарыңыз": the visit of the one spoken to
    until_after = ("дейін",)
    side_before_noun = True
    before_ceremony_cues = cues.BEFORE_CEREMONY
    since_after, first_time = cues.SINCE_AFTER, cues.FIRST_TIME
    after_gathering_cues = cues.AFTER_GATHERING
    eve_of_gathering_cues = cues.EVE_OF_GATHERING
    part_of_cues, during_call_cues, follows_on_cues, remote_cues = (cues.PART_OF, cues.DURING_CALL,
                                                                     cues.FOLLOWS_ON, cues.REMOTE)

    during_talks_cues = tuple(fold(c) for c in cues.DURING_TALKS)
    continuing_openers = (fold("сондай-ақ"), fold("сонымен қатар"))

    def fold_text(self, text: str) -> str:
        return fold(text)

    def listed_after(self, tokens: tuple[Token, ...], i: int) -> bool:
        return any(fold(t.text) in cues.LISTED_AFTER for t in tokens[max(0, i - cues.LISTED_REACH):i])

    @staticmethod
    def _held_on_its_day(tokens, folded: list[str], i: int) -> bool:
        """"12 қарашада Мәскеуде өткен келіссөздердің қорытындылары": talks told with their holding and their own
        day or place are those talks, not talk about talks told before ("өткен келіссөздердің қорытындылары")."""
        return i > 1 and folded[i - 1] in cues.HELD_BEFORE and any(
            t.is_capitalized and case_of(t.text) == "loc" or any(c.isdigit() for c in t.text)
            for t in tokens[max(0, i - 4):i - 1])

    def talks_with_one_side(self, tokens: tuple[Token, ...], i: int) -> bool:
        return i > 0 and fold(tokens[i].text).startswith(cues.TALKS_NOUNS) and tokens[i - 1].text[:1].isupper() \
            and case_of(tokens[i - 1].text) == "ins"

    def margins(self, tokens: tuple[Token, ...], i: int) -> bool:
        return i + 1 < len(tokens) and fold(tokens[i].text).startswith(cues.GATHERING_STEMS) \
            and fold(tokens[i + 1].text).startswith(cues.MARGINS)

    def duration_days(self, tokens: tuple[Token, ...]) -> int | None:
        """"екі күндік сапар", "екі күнге созылған сапар": how many days the visit lasts."""
        words = [fold(t.text) for t in tokens] + [""]
        return next((cues.DURATION_DAYS.get(w) or int(w) for w, nxt, after in zip(words, words[1:], words[2:])
                     if (nxt.startswith(cues.DURATION_WORD) or nxt == cues.DAYS_DATIVE and after.startswith(cues.LASTING))
                     and (w in cues.DURATION_DAYS or w.isdigit())), None)

    # ------------------------------------------------------------------ triggers
    def triggers(self, sent: Sentence) -> list[Trigger]:
        tokens = sent.tokens
        folded = [fold(t.text) for t in tokens]
        phone = any(f.startswith(_PHONE_CONTEXT) for f in folded) and any(f.startswith("телефон") for f in folded)
        found: list[Trigger] = []
        for i, low in enumerate(folded):
            hit = self._trigger_at(tokens, folded, i, phone)
            if hit is not None and i + 1 < len(folded) and folded[i + 1].startswith(cues.META_AFTER):
                # "Путинмен келіссөз қорытындысы": no day of its own; "12 қарашада өткен келіссөздердің": its own only
                hit = Trigger(hit.type, i, hit.flags | {"told" if self._held_on_its_day(tokens, folded, i) else "meta"})
            if hit is not None and i + 1 < len(folded) and folded[i + 1].startswith(cues.EVE) and not any(
                    w in cues.HELD_BEFORE + cues.HELD_AHEAD for w in folded[max(0, i - cues.EVE_NOUN_REACH):i]):
                # "Саммит қарсаңында ...": on the eve of it, a time, not the event (Russian "накануне саммита");
                # but "Бішкекте өтетін ... саммиті қарсаңында" tells the gathering with its own day and place
                continue
            if hit is not None and hit.type in ("summit", "forum") and self.margins(tokens, i):
                hit = Trigger(hit.type, i, hit.flags | {"ref"})  # "Саммит аясында ...": the gathering told before
            elif hit is not None and hit.type in ("summit", "forum") and i + 1 < len(folded) \
                    and folded[i + 1].startswith(cues.GATHERING_END):
                # "Саммит соңында Путин келесі отырыс желтоқсанда өтетінін хабарлады": the one told, a frame
                hit = Trigger(hit.type, i, hit.flags | {"ref", "frame"})
            if hit is not None:
                found.append(hit)
        return self.dedupe(found, tokens)

    def _trigger_at(self, tokens, folded: list[str], i: int, phone: bool) -> Trigger | None:
        low = folded[i]
        if i + 1 < len(folded) and folded[i + 1].startswith(cues.META_AFTER) and not (i > 0 and (
                tokens[i - 1].is_capitalized and case_of(tokens[i - 1].text) == "ins" or self._held_on_its_day(
                    tokens, folded, i))):
            return None  # not "Путинмен келіссөз қорытындысы бойынша": talks with someone took place
        for words, etype in _TRIGGERS:
            if len(words) == 2:
                if i + 1 < len(tokens) and low == words[0] and folded[i + 1].startswith(words[1]):
                    return Trigger(etype, i)
                continue
            if low.startswith(words[0]) or low.rpartition("-")[2].startswith(words[0]):  # "бизнес-форумына"
                if low[len(words[0]):].startswith(_AGENT_SUFFIXES):
                    return None  # "Әңгімелесушілер": the people who talked, no event of their own
                if etype == "phone_call" and not phone:
                    return None
                if etype == "meeting" and phone and low.startswith(_CONVERSATION):
                    return None  # "телефон арқылы әңгімелесті": the conversation is the call
                if etype == "meeting" and i > 0 and folded[i - 1].startswith(_SUMMIT_MEETINGS):
                    return Trigger("summit", i)  # "басшыларының консультативтік кездесуі"
                if etype == "meeting" and i > 0 and folded[i - 1].startswith(_FORMAT):
                    return Trigger("summit", i)  # "«ШЫҰ+» форматындағы кездесу": a gathering of that format
                window = tokens[max(0, i - tr.BLOC_MEETING_WINDOW):i]
                if etype == "meeting" and any(fold(t.text).startswith(_HEADS) for t in window) \
                        and not folded[i - 1].startswith(_BILATERAL) and blocs_named(" ".join(t.text for t in window)):
                    return Trigger("summit", i)  # "ТМД елдері басшыларының бейресми кездесуі": a bloc's heads
                if etype == "meeting" and i == _first_word(tokens) \
                        and case_of(tokens[i].text) == "dat" and any(w.startswith(_TOOK_PART) for w in folded[i + 1:]):
                    # "Кездесуге Беларусь, ... президенттері қатысты": the gathering just told, as "Отырысқа"
                    return Trigger("forum", i, frozenset({"weak", "ref"}))
                return Trigger(etype, i)
        if low.startswith(_VISIT_VERBS):
            return Trigger("visit", i)
        if low in _RING and i + 1 < len(folded) and folded[i + 1].startswith(_RING_VERBS):
            return Trigger("phone_call", i)  # "қоңырау шалды": rang up
        if low.startswith(_RECEPTION) and self._received(tokens, i):
            return Trigger("meeting", i, frozenset({"reception"}))
        if low.startswith(_SITTING_WORDS) and i + 1 < len(folded) and (folded[i + 1].startswith(_CHAIRING) or (
                i == _first_word(tokens) and any(w.startswith(_CHAIRING) for w in folded[i + 1:]))) \
                and not self._council_of_leaders(folded, i):  # (or opening it: "Жиынды Ердоған жүргізді")
            return Trigger("forum", i, frozenset({"weak", "ref"}))  # "Тоқаев жиынды жүргізді": the sitting told
        if low in _GATHERING_TOLD and i == _first_word(tokens) and any(w.startswith(_TOOK_PART) for w in folded[i + 1:]):
            return Trigger("forum", i, frozenset({"weak", "ref"}))  # "Оған X, Y қатысты": as "Отырысқа" below
        if low.startswith(_HELD_SITTINGS) and not self._council_of_leaders(folded, i) and any(
                w.startswith(_HOLDING) and not any(v.startswith(_HELD_SITTINGS) for v in folded[i + 1:k])
                for k, w in enumerate(folded[i + 1:i + 1 + tr.HOLDING_REACH], i + 1)):
            return Trigger("forum", i, frozenset({"weak"}))  # "Үкіметтің кеңейтілген отырысын өткізді"
        if low.startswith(_SESSION):
            if self._council_of_leaders(folded, i):
                return Trigger("summit", i)
            if i == _first_word(tokens):
                # "Отырысқа X, Y қатысты": the sitting just told, whose it is the discourse decides
                return Trigger("forum", i, frozenset({"weak", "ref"}))
            return None
        return None

    def follows_on(self, text: str) -> bool:
        """"Содан кейін ...", "Сондай-ақ ..."; "Рахмонмен де кездесіп": talks with one more side that day."""
        return super().follows_on(text) or cues.ALSO_WITH.search(text.lower()) is not None

    def continues_sequence(self, tokens: tuple[Token, ...], lo: int) -> bool:
        return any(fold(t.text).startswith(cues.SEQUENCE) for t in tokens[lo:lo + 3])

    def told_about(self, tokens: tuple[Token, ...], lo: int, i: int) -> bool:
        return i + 1 < len(tokens) and fold(tokens[i + 1].text) == cues.ABOUT and any(
            fold(t.text).startswith(cues.TALK_VERBS) for t in tokens[i + 2:])

    def names_gathering(self, tokens: tuple[Token, ...]) -> frozenset[str]:
        """"Саммит қорытындысы бойынша", "форумында"; "Сессия қорытындысы бойынша мемлекет басшылары": a
        session is a summit's (a parliament's names no heads of state)."""
        folded = [fold(t.text) for t in tokens]
        return frozenset(tr.TRIGGERS[stem] for w in folded for stem in tr.GATHERING_STEMS if w.startswith(stem)) \
            | frozenset("summit" for w in folded if w.startswith(_SUMMIT_SESSION))

    def _received(self, tokens: tuple[Token, ...], i: int) -> bool:
        """"Мирзиёевті қабылдады": a capitalised word in the accusative before the verb in its clause (not a
        document's title: "Кеңестің Мәлімдемесін қабылдады" adopted a statement)."""
        lo = self.clauses(tokens)[i][0]
        return any(tok.is_capitalized and case_of(tok.text) == "acc" and not fold(tok.text).startswith(_DOCUMENTS)
                   for tok in tokens[lo:i])

    @staticmethod
    def _council_of_leaders(folded: list[str], i: int) -> bool:
        k = next((k for k in range(i - 1, max(-1, i - 1 - tr.COUNCIL_WINDOW), -1) if folded[k].startswith(_COUNCIL)), None)
        return k is not None and any(w.startswith(_COUNCIL_OF_LEADERS) for w in folded[max(0, k - tr.COUNCIL_WINDOW):k])

    # ------------------------------------------------------------------ roles
    def subject(self, sent: Sentence, m: SentenceMentions, focus: tuple[str, str] | None) -> PersonMention | None:
        """The first leader in the bare (nominative) form: "Мемлекет басшысы", "Ресей Президенті
        Владимир Путин"; a "Путиннің шақыруымен" or "Мирзиёевті" is no subject. "Ол": the focus."""
        tokens = sent.tokens
        for p in m.persons:
            if p.speaker_only or p.person is None or p.via not in ("name", "title"):
                continue
            if name_case(tokens[p.last].text, p.name) is None:
                return p
        if focus is None:
            return None
        # "Ол Шавкат Мирзиёевпен сөйлесті", "Ақпан айында ол Мысырға барды": nobody else is in the nominative,
        # so "ол" is the subject
        k = self.subject_pronoun(tokens)
        if k is not None:
            return PersonMention(focus[0], focus[1], k, k, tokens[k].start, tokens[k].end, None, via="pronoun")
        return None

    def clause_subject(self, sent: Sentence, m: SentenceMentions, lo: int, hi: int) -> PersonMention | None:
        """"..., ал Шавкат Мирзиёев Мәскеуге барады": a later clause with a bare name of its own."""
        if lo == 0:
            return None
        inside = SentenceMentions(tuple(p for p in m.persons if lo <= p.first <= hi), m.places)
        return self.subject(sent, inside, None)

    def is_host_cue(self, tokens: tuple[Token, ...], p: PersonMention) -> bool:
        after = tokens[p.last + 1] if p.last + 1 < len(tokens) else None
        return after is not None and fold(after.text).startswith(cues.HOST_CUE)

    def subject_pronoun(self, tokens: tuple[Token, ...]) -> int | None:
        """"Ол ...", or after the words that say when: "Ақпан айында ол ..."."""
        words = [k for k, t in enumerate(tokens) if _is_word(t)][:cues.PRONOUN_REACH]
        return next((k for k in words if fold(tokens[k].text) in cues.PRONOUNS), None)

    def other_party(self, sent: Sentence, person_tokens: set[int], i: int, lo: int, hi: int) -> bool:
        """"Қауіпсіздік кеңесінің мүшелерімен ... кездесіп": an instrumental noun that is not a leader."""
        for k in range(max(lo, i - 5), i):
            low = fold(sent.tokens[k].text)
            if k not in person_tokens and len(low) > 5 and low.endswith(cues.INSTRUMENTAL) \
                    and not sent.tokens[k].is_capitalized:
                return True
        return False

    # ------------------------------------------------------------------ places
    @staticmethod
    def _case_token(tokens: tuple[Token, ...], p: PlaceMention) -> Token:
        """The word that carries the place's case: the name, or "қала" after it ("Абу-Даби қаласында")."""
        nxt = tokens[p.last + 1] if p.last + 1 < len(tokens) else None
        if nxt is not None and fold(nxt.text).startswith(cues.CITY_WORD):
            return nxt
        return tokens[p.last]

    def destination(self, sent: Sentence, candidates: list[PlaceMention], i: int) -> PlaceMention | None:
        """"Астанаға келеді": the dative place nearest the trigger (not a genitive "Астананың", nor the country of a
        title, "Америка басшысы", whose bare name only ends like a dative)."""
        tokens = sent.tokens
        dative = [p for p in candidates if _ends(self._case_token(tokens, p), cues.DATIVE, cues.GENITIVE)
                  and not (p.last + 1 < len(tokens) and fold(tokens[p.last + 1].text).startswith(_TITLE_STEMS))]
        return min(dative, key=lambda p: abs(p.first - i)) if dative else None

    def is_location(self, tokens: tuple[Token, ...], p: PlaceMention) -> bool:
        token = self._case_token(tokens, p)
        if fold(token.text) in _RESIDENCE_NAMES:
            return False  # "деп хабарлады Ақорда": the name as it is, though it ends like a locative
        return _ends(token, cues.LOCATIVE + cues.RELATIVE_LOCATIVE, cues.GENITIVE)

    def kind(self, tok: Token) -> str | None:
        low = fold(tok.text)
        return next((v for k, v in cues.KINDS.items() if low.startswith(k)), None)

    # ------------------------------------------------------------------ tense, mood, status
    def _predicate(self, tokens: tuple[Token, ...], lo: int, hi: int, i: int) -> list[str]:
        """The clause's final verb group, folded, last word last: "кездескен еді", "жоспарлап отыр".
        A verb of saying after "деп" gives way to the verb before it ("келеді деп хабарлады")."""
        end = _end_of_quote(tokens, i)
        if end is not None and end <= hi:  # "«... сапары туралы шешім жоқ», – деді ол": the quote's own predicate
            hi = end - 1
        words = [(k, fold(t.text)) for k, t in enumerate(tokens[lo:hi + 1], start=lo) if _is_word(t)]
        quote = next((n for n, (k, w) in enumerate(words) if (w == cues.QUOTE or w in cues.THAT) and k > i), None)
        if quote is not None:
            words = words[:quote]
        return [w for _, w in words[-3:]]

    def official_named(self, tokens: tuple[Token, ...], p: PersonMention) -> bool:
        return p.office is not None and p.office_role is None and any(
            fold(w).startswith(cues.OFFICIAL_TITLES) for w in p.office.split())

    def tense(self, tokens: tuple[Token, ...], lo: int, hi: int, i: int) -> str | None:
        own = _participle_tense(fold(tokens[i].text))
        if own is not None:
            return own  # "Макрон келгенін еске салады": the visit verb is a participle of its own
        for k in range(i - 1, max(lo, i - cues.PARTICIPLE_WINDOW) - 1, -1):
            if tokens[k].text in cues.CLAUSE_BREAKS:
                break  # not across a comma: "..., өткен жылы" belongs to another clause (quotes, dashes may
                # stand inside a name: "өтетін «Орталық Азия – Қытай» саммитіне")
            day = cues.DAY_ADJECTIVES.get(fold(tokens[k].text))
            if day is not None and not any(w.startswith(cues.TAKE_PLACE_STEMS)
                                           for w in self._predicate(tokens, lo, hi, i)[-1:]):
                return day  # "бүгінгі келіссөздер жаңа серпін береді"
            own = cues.PARTICIPLES.get(fold(tokens[k].text))
            if own is not None and fold(tokens[k + 1].text).startswith(cues.PARTICIPLE_TIME_WORDS):
                continue
            if own is not None:
                return own  # "Ташкентте өткен ШЫҰ саммитіне", "Душанбеде өтетін саммитке"
        for t in tokens[i + 1:hi + 1]:  # "келесі отырысы желтоқсанда өтетінін хабарлап, ... шақырды": told as to come
            if t.text in cues.CLAUSE_BREAKS:
                break
            if t.text.lower().endswith(cues.FUTURE_PARTICIPLE_OBJECT_WRITTEN):  # (as written: not "мемлекетінің")
                return "future"
        group = self._predicate(tokens, lo, hi, i)
        if not group:
            return None
        last = group[-1]
        after = [fold(t.text) for t in tokens[i + 1:hi + 1] if _is_word(t)]
        if after and after[-1] == last and last.startswith(cues.SPEECH_VERBS + cues.PASSIVE_SPEECH) and any(
                w.startswith(cues.PLAN_STEMS) for w in after[-3:-1]):
            return "future"  # "сапары жоспарланып отырғаны айтылды": what was said to be planned
        if len(group) >= 2 and group[-2].endswith(cues.FUTURE_PARTICIPLE_OBJECT):
            return "future"  # "саммитке қатысатынын растады": what he confirmed he will do
        if last.startswith(cues.SPEECH_VERBS) or " ".join(group[-2:]).startswith(cues.SPEECH_VERBS):
            return None  # "... деп жазады", "еске салады": the tense of the report, not of the event
        if len(group) >= 2:
            before = group[-2]
            if last in cues.PAST_AUXILIARIES and before.endswith(cues.PAST_PARTICIPLE):
                return "past"  # "кездескен еді", "келген болатын"
            if before.startswith(cues.PLAN_STEMS):
                return "future"  # "баруды жоспарлап отыр"
            if last.startswith(cues.AGREE_STEMS) and before.endswith(cues.VERBAL_NOUN_DATIVE):
                return "future"  # "кездесу өткізуге уағдаласты"
        return verb_tense(last)

    def modality(self, tokens: tuple[Token, ...], lo: int, i: int) -> str | None:
        """"Путинді Астанаға келуге шақырды": an invitation, and "Мәскеуге барған жоқ", "бармады": a denial
        (neither is an event); "келуі мүмкін": may happen."""
        hi = self.clauses(tokens)[i][1]
        group = self._predicate(tokens, lo, hi, i)
        if len(group) > 1 and group[-1] in cues.PAST_AUXILIARIES:
            group = group[:-1]  # "келмеген еді": the verb before the auxiliary says it
        if group and (group[-1] in cues.NEGATIONS or len(group[-1]) > 5 and group[-1].endswith(cues.NEGATIVE_ENDINGS)):
            if any(w.startswith(cues.TAKE_PART) for w in group) and fold(tokens[i].text).startswith(cues.GATHERING_STEMS):
                return "absent"  # "Армения саммитке қатыспайды": the summit stands, without them
            return "proposal"
        trig = fold(tokens[i].text)
        if trig.endswith(cues.EVENT_DATIVE) and i + 1 <= hi and fold(tokens[i + 1].text).startswith(cues.HOPE):
            return "proposal"  # "Лукашенкомен кездесуге үміт білдірді": a hope, no event
        # (the act proposed may stand past words of place and time: "кездесуді Астанада өткізуді ұсынды")
        acts = [fold(t.text) for t in tokens[i + 1:min(hi + 1, i + 1 + cues.PROPOSED_ACT_REACH)]]
        if group and group[-1].startswith(cues.PROPOSAL_VERBS) and (
                trig.endswith(cues.PROPOSAL_OBJECT + cues.EVENT_DATIVE)
                or any(w.endswith(cues.PROPOSAL_OBJECT + cues.PROPOSED_ACT) for w in acts)):
            return "proposal"
        if any(fold(t.text) in cues.UNREALISED for t in tokens[i:hi + 1]) and any(
                fold(t.text) in cues.CONTRAST for t in tokens[hi + 1:]):
            return "proposal"  # "форумға қатысуы жоспарланған еді, алайда сапары тоқтатылды": not held, no event
        if any(fold(t.text) == cues.POSSIBLE for t in tokens[lo:hi + 1]):
            return "possible"
        clause = " ".join(fold(t.text) for t in tokens[lo:hi + 1])
        if any(h in clause for h in cues.HABIT):
            return "proposal"  # a habit is no event either
        folded = [fold(t.text) for t in tokens[lo:hi + 1]]
        if any(w in cues.SERIES and any(x.endswith(cues.PLURAL_WITH) or x.startswith(cues.MEETINGS)
                                        for x in folded[n + 1:n + 3]) for n, w in enumerate(folded)):
            return "proposal"  # talks with several sides not named: a series, no event of its own
        return None

    cancelled = staticmethod(cancelled)  # "сапары тоқтатылды" (not across "алайда")
    relocated_venue = staticmethod(relocated_venue)  # "кездесуі Мәскеуге ауыстырылды"
    postponed_subject = staticmethod(postponed_subject)  # "саммиті қыркүйекке ауыстырылды"
    put_off_before = staticmethod(put_off_before)  # "күзге ауыстырылған саммит ... өтті"

    def side_of_talks_told(self, tokens: tuple[Token, ...], p) -> bool:
        return name_case(tokens[p.last].text, p.name) == "ins" and p.last + 1 < len(tokens) \
            and bool(cues.VERBAL_NOUN.search(fold(tokens[p.last + 1].text)))

    def names_the_gathering(self, tokens: tuple[Token, ...], place, i: int) -> bool:
        """"Астана халықаралық форумы", "Астана экономикалық форумы": the city in its bare form, then only
        adjectives in "-лық/-лік/-дық/-дік/-тық/-тік" before the noun."""
        between = [fold(t.text) for t in tokens[place.last + 1:i]]
        return place.last < i and case_of(tokens[place.last].text) is None and 0 < len(between) <= 2 \
            and all(w.endswith(cues.ADJECTIVE_ENDINGS) for w in between)

    def holding_to_come(self, tokens: tuple[Token, ...], i: int) -> bool:
        """"мамыр айында Қазақстанда өтетін ... отырысына шақырды": the participle before the noun holds it ahead."""
        return any(fold(t.text) in cues.HELD_AHEAD for t in tokens[max(0, i - cues.EVE_NOUN_REACH):i])

    def planned_before(self, tokens, lo, i) -> bool:
        """"алдағы ресми сапарына", "Си Цзиньпиннің Қазақстанға алдағы мемлекеттік сапары"; "сапарына
        дайындық" (the preparation for it)."""
        if i + 1 < len(tokens) and fold(tokens[i + 1].text).startswith(cues.PREPARATION):
            return True
        if any(fold(t.text) in cues.UPCOMING for t in tokens[max(lo, i - cues.UPCOMING_WINDOW):i]):
            return True
        words = [fold(t.text) for t in tokens[:i]]
        k = next((k for k in range(len(words) - 1, 0, -1) if f"{words[k - 1]} {words[k]}" in cues.INCLUDING), None)
        return k is not None and any(w in cues.UPCOMING for w in words[max(0, k - 1 - cues.LIST_REACH):k - 1])

    def trip_participle(self, tokens) -> bool:
        return any(fold(t.text) in cues.TRIP_PARTICIPLES for t in tokens)

    def participle_guest(self, tokens, i, persons):
        k = next((k for k in range(i + 1, min(len(tokens), i + 3)) if fold(tokens[k].text) in cues.TRIP_PARTICIPLES),
                 None)
        if k is None:
            return None
        return min((p for p in persons if p.person and k < p.first <= k + cues.PARTICIPLE_PERSON_REACH),
                   key=lambda p: p.first, default=None)

    def participle_between(self, tokens) -> bool:
        return any(fold(t.text) in cues.PARTICIPLES or fold(t.text).endswith(cues.FUTURE_PARTICIPLE) for t in tokens)

    def series_of_talks(self, tokens: tuple[Token, ...], i: int) -> bool:
        """"екіжақты кездесулер өткізді"; "Модимен және Шарифпен кездесті" (each name with its own "-мен", as
        "с X и с Y"): talks with each side; not "үшжақты кездесу"."""
        if any(fold(t.text).startswith(_MANY_SIDED) for t in tokens[max(0, i - 2):i]):
            return False
        if fold(tokens[i].text).startswith(_SERIES_STEMS):
            return True
        # "бірқатар екіжақты кездесу өткізді: ол Си Цзиньпинмен, Ердоғанмен және Шарифпен кездесті": the sides
        # listed after the bilateral talks told are each a side of talks of their own
        named = tokens if i > 0 and fold(tokens[i - 1].text) == _BILATERAL else tokens[:i]
        # (not the side of another event a verbal noun tells: "Путинмен сөйлесуден бір күн бұрын")
        return sum(t.is_capitalized and case_of(t.text) == "ins" and not (
            k + 1 < len(tokens) and cues.VERBAL_NOUN.search(fold(tokens[k + 1].text)))
            for k, t in enumerate(named)) >= 2

    def formal_talks(self, token) -> bool:
        return fold(token.text).startswith(cues.FORMAL_TALKS)

    def another_occasion(self, tokens, lo, i) -> bool:
        # "Алдыңғы ресми сапары", "келесі саммит" (not "келесі жылы сапар": a time, see the dates)
        words = [fold(t.text) for t in tokens[max(0, i - cues.ANOTHER_REACH):i]]
        if cues.LAST_TIME in " ".join(fold(t.text) for t in tokens[lo:i]):
            return True  # "соңғы рет 2023 жылғы қарашада ... сапармен келген": the last time, not this one
        return any(w in cues.ANOTHER_OCCASION and not any(x.startswith(cues.PARTICIPLE_TIME_WORDS) for x in words[k + 1:])
                   for k, w in enumerate(words))

    def purpose(self, tokens: tuple[Token, ...], i: int) -> bool:
        after = " ".join(fold(t.text) for t in tokens[i + 1:i + 3])
        return after.startswith(cues.PURPOSE)

    def is_venue(self, tokens, i) -> bool:
        return False

    # ------------------------------------------------------------------ names
    gathering_name = staticmethod(gathering_name)  # "ШЫҰ саммитіне": "ШЫҰ саммиті"

    # ------------------------------------------------------------------ documents
    def document_title(self, sent: Sentence, i: int) -> str | None:
        return document_title(sent, i)
