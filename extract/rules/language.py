"""What the event rules ask of a language, and the language object chosen once per article.

`extract.events.SentenceRules` is written once for both languages; everything that depends on how a
language marks roles (prepositions and cases in Russian, endings in Kazakh) is a method here.
"""

from __future__ import annotations

from typing import NamedTuple

from extract.mentions import PersonMention, PlaceMention, SentenceMentions
from extract.text import Sentence, Token


class Trigger(NamedTuple):
    type: str                # visit | meeting | phone_call | forum | summit | signing
    index: int               # token index in the sentence
    flags: frozenset[str] = frozenset()   # weak: needs support; meta: "итоги переговоров" (no own date)


def clause_spans(tokens: tuple[Token, ...], openers: frozenset[str] | set[str]) -> list[tuple[int, int]]:
    """For each token, the (first, last) token of its clause: clauses end at ";" and at a comma before
    an opener word, except "..., а также ...", which goes on."""
    bounds = [0]
    for k, tok in enumerate(tokens):
        if tok.text == ";" or (tok.text == "," and k + 1 < len(tokens) and tokens[k + 1].lemma in openers
                               and not (k + 2 < len(tokens) and tokens[k + 2].lemma == "также")):
            bounds.append(k + 1)
    bounds.append(len(tokens))
    out: list[tuple[int, int]] = []
    for n in range(len(bounds) - 1):
        lo, hi = bounds[n], bounds[n + 1] - 1
        out.extend([(lo, hi)] * (hi - lo + 1))
    return out


class Language:
    """The defaults are those of a language the rules know nothing special about."""

    code = ""
    clause_openers: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    postpone: frozenset[str] = frozenset()
    # "не состоялась, мы договорились провести ее позже": called off for now and to be held later, put off
    held_later: tuple[str, ...] = ()
    self_words: frozenset[str] = frozenset()
    addressee_words: frozenset[str] = frozenset()  # "Ваш визит": the visit of the one spoken to
    owner_pronouns: frozenset[str] = frozenset()  # "оның сапары": the visit of the leader named before it
    side_before_noun = False  # the side of talks is named before their noun ("Лукашенкомен келіссөздер"), not after
    # "находится в республике с визитом": the host's country, named by a common noun (lemmas after "в")
    host_country_words: frozenset[str] = frozenset()
    # "провел серию двусторонних встреч": the talks told next are with each side in turn (lemmas)
    bilateral_words: frozenset[str] = frozenset()
    # Phrases (lower case) the text-level cues below look for.
    part_of_cues: tuple[str, ...] = ()
    during_call_cues: tuple[str, ...] = ()
    follows_on_cues: tuple[str, ...] = ()
    remote_cues: tuple[str, ...] = ()
    after_talks_cues: tuple[str, ...] = ()
    end_words: tuple[str, ...] = ()  # "завершил", "аяқтады": what ends on the day told
    lasting_words: tuple[str, ...] = ()  # "продлится", "жалғасады": how long what the clause tells lasts
    began_words: tuple[str, ...] = ()  # "начавшийся в среду", "15 қыркүйекте басталған": the day it began
    many_sided_words: tuple[str, ...] = ()  # "трехсторонний", "көпжақты": talks of more than two sides at once
    # The country whose head "the head of state" with no other named is, in news written in the language (none: the
    # leader the text is about)
    home_country: str | None = None
    after_gathering_cues: tuple[str, ...] = ()
    eve_of_gathering_cues: tuple[str, ...] = ()  # "накануне саммита", "саммит қарсаңында"
    before_ceremony_cues: tuple[str, ...] = ()  # "перед церемонией", "рәсім алдында"
    # Words around years that make them the period a thing is for ("на 2026-2028 годы", "жылға арналған").
    period_before: tuple[str, ...] = ()
    period_after: tuple[str, ...] = ()
    document_heads: frozenset[str] = frozenset()
    # A date after "с" (or before "бері") in a sentence of a first time ("впервые", "первый", "алғаш") is the
    # day a gap in such events began: "первый визит ... с ноября 2019 года", "2019 жылдан бері алғаш рет".
    since_before: tuple[str, ...] = ()
    since_after: tuple[str, ...] = ()
    first_time: tuple[str, ...] = ()
    since_when: frozenset[str] = frozenset()  # "с ноября 2019 года, когда ...": the clause of that earlier day
    # Pronouns that open a relative clause after the noun it tells about ("саммит, который пройдёт осенью").
    relative_pronouns: frozenset[str] = frozenset()
    relative_dates: dict[str, tuple[str, int]] = {}  # words (folded as `fold_text` folds) → (unit, offset)
    visit_days: dict[str, int] = {}  # "в первый день визита" → 1, "в последний день визита" → -1
    during_talks_cues: tuple[str, ...] = ()
    continuing_openers: tuple[str, ...] = ()  # "также", "сондай-ақ" before the opening cue
    with_words: tuple[str, ...] = ()  # "с ", "со ": other talks named after the cue
    # "переговоры на высшем уровне": talks of the heads of the states the talks' adjective names
    summit_level_cues: tuple[str, ...] = ()

    def triggers(self, sent: Sentence) -> list[Trigger]:
        raise NotImplementedError

    def clauses(self, tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
        return clause_spans(tokens, self.clause_openers)

    def dedupe(self, found: list[Trigger], tokens: tuple[Token, ...]) -> list[Trigger]:
        """One trigger per event type and clause ("прилетит ... с первым визитом" is one visit), besides the
        frame of the clause ("в рамках визита в ЮАР посетил остров" is two); a second
        meeting trigger stays only with an object of its own ("встретился с A, провел переговоры с B")."""
        clauses = self.clauses(tokens)
        seen: set[tuple[str, tuple[int, int], bool]] = set()
        out = []
        for trig in found:
            # "На полях саммита ... Алиевым, прибывшим для участия в заседании Совета глав государств СНГ": what
            # an arrival is for is a gathering of its own
            own = "frame" in trig.flags or trig.type in ("summit", "forum") and self.purpose(tokens, trig.index)
            key = (trig.type, clauses[trig.index], own)
            if key in seen and (trig.type != "meeting" or not self.has_own_object(tokens, trig.index)):
                continue
            seen.add(key)
            out.append(trig)
        return out

    def talks_with_one_side(self, tokens: tuple[Token, ...], i: int) -> bool:
        """"В ходе встречи с Алиевым ...", "Лукашенкомен келіссөздер өтті": talks named by a noun with the one side
        it names (the other is the leader the text is about, when the sentence names no one else)."""
        return tokens[i].pos == "NOUN" and self.has_own_object(tokens, i)

    def has_own_object(self, tokens: tuple[Token, ...], i: int) -> bool:
        return False

    def of_another_participle(self, tokens: tuple[Token, ...], p: PlaceMention, i: int) -> bool:
        """Whether the place belongs to a participle of another noun: "договоренностей, достигнутых в Вашингтоне"."""
        return False

    def official_named(self, tokens: tuple[Token, ...], p: PersonMention) -> bool:
        """Whether someone outside the registry is named with an official's title of no leader's rank:
        "министр иностранных дел Ермек Кошербаев", "Сыртқы істер министрі Ермек Көшербаев"."""
        return False

    def official_subject(self, tokens: tuple[Token, ...], lo: int, i: int) -> bool:
        """Whether the clause before the event noun has an official of no leader's rank as its subject ("посол
        Катара провел встречу с ...", "Катар елшісі ... кездесу өткізді"): the other side is he, not the leader
        the text is about."""
        return False

    def negation(self, tokens: tuple[Token, ...], lo: int, hi: int, i: int) -> str | None:
        """"cancelled" when the clause says the event did not take place, "none" when it denies it (no event)."""
        return None

    def fold_text(self, text: str) -> str:
        """Text folded for the word tables (one character per character, so offsets hold)."""
        return text.lower()

    def relative_date(self, clause: str) -> tuple[str, str, int] | None:
        """"в тот же день" → (words, "day", 0), "на следующий день" → (words, "day", 1), "в том же году" →
        (words, "year", 0): a time counted from the date the text stated last, or None."""
        low = self.fold_text(clause)
        for words, (unit, n) in self.relative_dates.items():
            k = low.find(words)
            if k >= 0:
                return clause[k:k + len(words)], unit, n  # the words as written
        return None

    def series_of_talks(self, tokens: tuple[Token, ...], i: int) -> bool:
        """"двусторонние встречи", "екіжақты кездесулер": the trigger is a plural of talks, one with each side."""
        return False

    def visit_day(self, clause: str) -> tuple[str, int] | None:
        """"в первый день визита" → (words, 1), "в последний день визита" → (words, -1): the day of the
        visit the clause is on, counted from its start (or back from its end), or None."""
        low = self.fold_text(clause)
        for words, n in self.visit_days.items():
            k = low.find(words)
            if k >= 0:
                return clause[k:k + len(words)], n
        return None

    def continues_sequence(self, tokens: tuple[Token, ...], lo: int) -> bool:
        """Whether the clause opens by going on in sequence ("а затем", "содан кейін")."""
        return False

    def participle_between(self, tokens) -> bool:
        """A participle among ``tokens`` qualifies the noun after them: "Мәскеуде өтетін саммитке"."""
        return False

    def trip_participle(self, tokens: tuple[Token, ...]) -> bool:
        """A participle of coming among ``tokens`` that qualifies a person: "4–5 желтоқсанда Үндістанға
        сапармен келген Путин" (what is dated before it is the trip, not what the person then does)."""
        return False

    def participle_guest(self, tokens: tuple[Token, ...], i: int, persons) -> object | None:
        """The person a trip participle right after the visit word at ``i`` qualifies: "Қазақстанға жұмыс
        сапарымен келген Беларусь Президенті Александр Лукашенко" is Lukashenko's trip, whoever the
        sentence's subject is. None where the language has no such order (Russian says "прибывший с
        визитом" after the person, which the participle's case tells)."""
        return None

    def ceremony(self, tokens: tuple[Token, ...], i: int) -> bool:
        """"Церемония подписания прошла в Кремле": the signing told before, told again with its place."""
        return False

    def duration_days(self, tokens: tuple[Token, ...]) -> int | None:
        """"двухдневный визит", "екі күндік сапар": how many days the sentence says the event lasts."""
        return None

    def many_sided(self, tokens: tuple[Token, ...]) -> bool:
        """"трехсторонний телефонный разговор", "видеоконференция": one event of all its sides, not one with each."""
        return any(t.text.lower().startswith(self.many_sided_words) for t in tokens)

    until_before: tuple[str, ...] = ()  # "продлится до 13 марта"
    until_after: tuple[str, ...] = ()   # "13 наурызға дейін"

    def until(self, text: str, date_text: str) -> bool:
        """Whether the date told in ``text`` is where something lasts until: "до 13 марта", "13 наурызға дейін"."""
        low, k = text.lower(), text.lower().find(date_text.lower())
        before, after = low[:max(k, 0)].split()[-1:], low[k + len(date_text):].split()[:1]
        return k >= 0 and (bool(before) and before[0] in self.until_before
                           or bool(after) and after[0].strip(".,;") in self.until_after)

    def lasts(self, tokens: tuple[Token, ...], i: int, hi: int) -> bool:
        """"Визит продлится с 16 по 18 июня", "Сапар 16–18 маусым күндері жалғасады": the clause of the event
        noun at ``i`` tells how long it lasts."""
        return any(t.text.lower().startswith(self.lasting_words) for t in tokens[i + 1:hi + 1])

    def began(self, tokens: tuple[Token, ...]) -> int | None:
        """Where the sentence tells the day what it is about began: "визит, начавшийся в среду", "15 қыркүйекте
        басталған ... сапары"."""
        return next((k for k, t in enumerate(tokens) if t.text.lower().startswith(self.began_words)), None) \
            if self.began_words else None

    def ends(self, tokens: tuple[Token, ...]) -> bool:
        """"завершил визит", "сапарын аяқтады": the sentence tells the end of what it dates."""
        return any(t.text.lower().startswith(self.end_words) for t in tokens)

    def listed_after(self, tokens: tuple[Token, ...], i: int) -> bool:
        """"состоялись переговоры ..., а также заседание Совета": the event noun at ``i`` is listed after another
        as the subject of one verb."""
        return False

    def margins(self, tokens: tuple[Token, ...], i: int) -> bool:
        """"На полях саммита Путин встретился с Алиевым": the gathering is only where the talks were; who met
        on its margins need not have taken part in it."""
        return False

    def on_the_margins(self, tokens: tuple[Token, ...]) -> bool:
        """"на полях саммита встретился с A и B", "Саммит аясында A-мен және B-мен кездесті": the sentence tells
        talks on a gathering's margins, where talks are held one with each side."""
        return any(self.margins(tokens, k) for k in range(len(tokens)))

    def formal_talks(self, token: Token) -> bool:
        """"переговоры", "келіссөздер": talks named as such (what "по итогам переговоров" comes of)."""
        return False

    def another_occasion(self, tokens: tuple[Token, ...], lo: int, i: int) -> bool:
        """"Предыдущий официальный визит", "следующий саммит", "алдыңғы сапары": the trigger is qualified as
        another occasion of its kind than the one the article is about."""
        return False

    def purpose(self, tokens: tuple[Token, ...], i: int) -> bool:
        """"для участия в саммите", "саммитке қатысу үшін": the trigger is what the clause's act is for."""
        return False

    def follows_on(self, text: str) -> bool:
        """"В частности, ...", "Затем ...": the sentence goes on with the events of the one before."""
        return text.lstrip().lower().startswith(self.follows_on_cues)

    def during_talks(self, text: str) -> bool:
        """"В ходе встречи обсуждена ...", "Кездесуде ... талқыланды": the sentence opens on talks just told
        (not on other talks it names: "В ходе встречи с Мирзиёевым")."""
        low = self.fold_text(text.lower().lstrip())
        for opener in self.continuing_openers:
            if low.startswith(opener):
                low = low[len(opener):].lstrip(" ,")
        for cue in self.during_talks_cues:
            if low.startswith(cue) and not low[len(cue):].lstrip().startswith(self.with_words):
                return True
        return False

    def during_call(self, text: str) -> bool:
        """"В ходе беседы ...": the (lower-cased) sentence tells what was said in a conversation."""
        return any(c in text for c in self.during_call_cues)

    def told_about(self, tokens: tuple[Token, ...], lo: int, i: int) -> bool:
        """"рассказал о своей встрече с Путиным": the event is talked about; the report does not date it."""
        return False

    def names_gathering(self, tokens: tuple[Token, ...]) -> frozenset[str]:
        """The kinds of gathering ("summit", "forum") the sentence names ("по итогам саммита лидеры подписали")."""
        return frozenset()

    def subject(self, sent: Sentence, m: SentenceMentions, focus: tuple[str, str] | None) -> PersonMention | None:
        """The leader who acts in the sentence, if the language lets the rules see one."""
        return None

    def clause_subject(self, sent: Sentence, m: SentenceMentions, lo: int, hi: int) -> PersonMention | None:
        """The leader who acts in the clause lo..hi when it names one of its own (else the sentence's)."""
        return None

    def subordinate_subject(self, sent: Sentence, m: SentenceMentions, lo: int, i: int) -> PersonMention | None:
        """The leader named as the subject of a subordinate clause the trigger at ``i`` stands in ("лидеры
        встречались в мае, когда Си Цзиньпин находился в Москве с визитом"), or None."""
        return None

    def is_with_object(self, tokens: tuple[Token, ...], p: PersonMention) -> bool:
        """Is this person the other side of talks ("с X")?"""
        return False

    def destination(self, sent: Sentence, candidates: list[PlaceMention], i: int) -> PlaceMention | None:
        raise NotImplementedError

    def is_location(self, tokens: tuple[Token, ...], p: PlaceMention) -> bool:
        """Is the place where something happens ("в Москве", "Астанада")?"""
        raise NotImplementedError

    def kind(self, tok: Token) -> str | None:
        raise NotImplementedError

    def tense(self, tokens: tuple[Token, ...], lo: int, hi: int, i: int) -> str | None:
        raise NotImplementedError

    def cancelled(self, sent: Sentence, lo: int, hi: int) -> bool:
        raise NotImplementedError

    def postponed_subject(self, tokens: tuple[Token, ...], i: int) -> bool:
        """The event noun at ``i`` is the subject of a verb of putting off beyond the trigger's own clause."""
        return False

    def hosting_city(self, tokens: tuple[Token, ...], places: list, i: int):
        """The city the clause tells as hosting the gathering noun at ``i`` ("Габала приняла XII саммит ОТГ",
        "Астана примет саммит ШОС"): its subject before a verb of receiving, else None."""
        return None

    def holding_to_come(self, tokens: tuple[Token, ...], i: int) -> bool:
        """Whether the gathering noun at ``i`` is told with its own words of being held ahead ("заседание ...,
        которое пройдет в мае в Астане", "мамыр айында Қазақстанда өтетін ... отырысы"): it is an event to come
        whatever the clause does with it (an invitation to it, a refusal to go)."""
        return False

    def names_the_gathering(self, tokens: tuple[Token, ...], place, i: int) -> bool:
        """Whether the place is the city the gathering noun at ``i`` is named after ("Астана халықаралық
        форумы"): it is held there."""
        return False

    def we_with_you(self, tokens: tuple[Token, ...], lo: int, i: int) -> bool:
        """Whether the clause's subject is "we with you" ("Мы с Вами ... встречались"): the speaker and the one
        he speaks to."""
        return False

    def side_of_talks_told(self, tokens: tuple[Token, ...], p) -> bool:
        """Whether the person is the side of talks a time is counted from ("Путинмен сөйлесуден бір күн бұрын
        ... Әлиевпен сөйлесті"), not of the event the clause tells."""
        return False

    def put_off_object(self, tokens: tuple[Token, ...], lo: int, i: int) -> bool:
        """Whether the event noun at ``i`` is the object of a verb of putting off before it, however long the
        phrase between ("перенес запланированный на четверг и пятницу государственный визит")."""
        return False

    def put_off_before(self, tokens: tuple[Token, ...], lo: int, i: int, hi: int) -> int | None:
        """Index of a participle of putting off that modifies the event noun at ``i`` from before it, when the
        clause has a predicate of its own after the noun: the event was put off once, and that predicate
        tells what it is now ("Перенесенный с весны на осень саммит прошел 2 октября")."""
        return None

    def remote(self, clause: str) -> bool:
        """"по видеосвязи", "бейнебайланыс арқылы": taking part from afar (the lower-cased clause)."""
        return any(c in clause for c in self.remote_cues)

    def modality(self, tokens: tuple[Token, ...], lo: int, i: int) -> str | None:
        """"proposal" (a suggestion or a possibility: no event), "possible" (may happen: planned), or None."""
        return None

    def after_talks(self, text: str) -> bool:
        """"по итогам переговоров", "келіссөздер қорытындысы бойынша": the (lower-cased) sentence tells what
        came of talks told before, however many sentences before."""
        return any(c in text for c in self.after_talks_cues)

    def after_gathering(self, text: str) -> bool:
        """"по итогам саммита", "саммит қорытындысы бойынша": what came of the gathering told before."""
        return any(c in text for c in self.after_gathering_cues)

    def eve_of_gathering(self, text: str) -> bool:
        """"Накануне саммита ...", "Саммит қарсаңында ...": the (lower-cased) sentence tells what was done the day
        before the gathering told, where it is held."""
        return any(c in text for c in self.eve_of_gathering_cues)

    def before_ceremony(self, text: str) -> bool:
        """"Перед церемонией ...", "Рәсім алдында ...": the (lower-cased) sentence tells what came before the
        signing ceremony told before it."""
        return any(c in text for c in self.before_ceremony_cues)

    def part_of_cue(self, text: str) -> bool:
        """"в ходе", "барысында": the (lower-cased) sentence tells what happened during another event."""
        return any(c in text for c in self.part_of_cues)

    def guest_list(self, tokens: tuple[Token, ...], persons: list[PersonMention], i: int) -> list[PersonMention]:
        """The guests an arrival verb lists after itself ("прибыли гости: президент Германии X, президент
        Латвии Y"); empty where the language's rules know no such shape."""
        return []

    def subject_pronoun(self, tokens: tuple[Token, ...]) -> int | None:
        """The token of a third-person pronoun that is the sentence's subject ("Он сообщил ..."), if any."""
        return None

    def site_visit(self, tokens: tuple[Token, ...], i: int, hi: int) -> bool:
        """The trigger visits what it names ("посетил выставку", "побывал на заводе"), at home as well as
        abroad: a visit that needs no destination of a trip."""
        return False

    def occasion(self, tokens: tuple[Token, ...], lo: int, hi: int) -> bool:
        """The clause names the occasion guests come to ("на празднование", "на похороны") in place of a
        destination."""
        return False

    def sides_by_adjective(self, tokens: tuple[Token, ...], i: int) -> list[str]:
        """The words naming the sides of talks in a compound adjective before the event noun
        ("российско-казахстанские переговоры" → ["российский", "казахстанский"]), or []."""
        return []

    def noun_arguments(self, tokens: tuple[Token, ...], persons: list[PersonMention], i: int) -> list[PersonMention]:
        """The people an event noun itself names as its sides ("встреча Путина и Трампа"), or []."""
        return []

    def passive_agents(self, tokens: tuple[Token, ...], persons: list[PersonMention],
                       i: int) -> list[PersonMention] | None:
        """For a passive trigger, the people it is done by; None when the trigger is not passive."""
        return None

    def titled(self, tokens: tuple[Token, ...], p: PersonMention) -> bool:
        """Is the person named with a leader's title ("президент Колумбии Хуан Мануэль Сантос")?"""
        return p.via in ("title", "office") or p.office is not None

    def is_host_cue(self, tokens: tuple[Token, ...], p: PersonMention) -> bool:
        raise NotImplementedError

    def other_party(self, sent: Sentence, person_tokens: set[int], i: int, lo: int, hi: int) -> bool:
        """Talks with people who are not leaders ("с представителями деловых кругов")."""
        return False

    def gathering_name(self, sent: Sentence, i: int) -> str | None:
        return None

    def document_title(self, sent: Sentence, i: int) -> str | None:
        return None
