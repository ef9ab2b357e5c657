"""Russian: triggers found by lemma and grammar, roles read from prepositions and cases."""

from __future__ import annotations

from extract import lexicon as lx
from extract.mentions import PersonMention, PlaceMention, SentenceMentions
from extract.rules import cues_ru as cues
from extract.rules import names_titles as nt
from extract.rules import triggers_ru as tr
from extract.rules.language import Language, Trigger
from extract.rules.agents_ru import passive_agents, subordinate_subject
from extract.rules.modality_ru import holding_to_come, modality, planned_before, put_off_before, put_off_object
from extract.rules.tense_ru import clause_tense, outside_relative
from extract.rules.compound_adjectives_ru import compound_sides
from extract.rules.councils_ru import council_joined, council_of_leaders, heads_of_a_bloc_gather, meeting_of_a_bloc
from extract.rules.event_nouns_ru import names_a_counterpart, noun_arguments
from extract.rules.trigger_words_ru import (chaired, gathered, held_participle, joined_by_pronoun, joined, names_a_gathering,
                                           names_sides, postponed_subject, receives)
from extract.rules.heads_ru import heads_of_others
from extract.rules.document_titles_ru import document_title, gathering_name
from extract.text import Sentence, Token

class Russian(Language):
    code = "ru"
    clause_openers = frozenset(cues.CLAUSE_OPENERS)
    speech_verbs = frozenset(cues.SPEECH_VERBS)
    postpone = frozenset(cues.POSTPONE)
    held_later = cues.HELD_LATER
    self_words = frozenset(cues.SELF)
    addressee_words = frozenset(cues.ADDRESSEE)
    until_before = ("до",)
    host_country_words = frozenset(cues.HOST_COUNTRY)
    bilateral_words = frozenset(cues.BILATERAL)
    relative_pronouns = frozenset(cues.RELATIVE_PRONOUNS)
    relative_dates = cues.RELATIVE_DATES
    summit_level_cues = cues.SUMMIT_LEVEL
    during_talks_cues, continuing_openers, with_words = cues.DURING_TALKS, ("также", "кроме того"), ("с ", "со ")
    visit_days = cues.VISIT_DAYS
    after_talks_cues, period_before = cues.AFTER_TALKS, cues.PERIOD_BEFORE
    end_words = ("заверш",)  # "завершил трехдневный визит": the day told is its last
    began_words = ("начавш", "стартовавш")  # "завершил визит, начавшийся в среду"
    lasting_words = ("продл", "продолж", "пройд", "проход", "состоит")  # "Визит продлится с 16 по 18 июня"
    many_sided_words = tr.MANY_SIDED + ("видеоконференц", "конференц")
    before_ceremony_cues = cues.BEFORE_CEREMONY
    since_before, first_time, since_when = cues.SINCE_BEFORE, cues.FIRST_TIME, frozenset(cues.SINCE_WHEN)
    after_gathering_cues = cues.AFTER_GATHERING
    eve_of_gathering_cues = cues.EVE_OF_GATHERING
    document_heads = frozenset(cues.DOCUMENT_HEADS)
    part_of_cues, during_call_cues, follows_on_cues, remote_cues = (cues.PART_OF, cues.DURING_CALL,
                                                                     cues.FOLLOWS_ON, cues.REMOTE)

    # ------------------------------------------------------------------ triggers
    def triggers(self, sent: Sentence) -> list[Trigger]:
        tokens = sent.tokens
        lemmas = [t.lemma for t in tokens]
        phone = any(l in tr.PHONE_MARKERS for l in lemmas) and any(l in tr.CONVERSATION for l in lemmas)
        found: list[Trigger] = []
        for i, tok in enumerate(tokens):
            etype = tr.TRIGGERS.get(tok.lemma)
            if etype is None and tok.pos == "NOUN" and "-" in tok.lemma:
                etype = tr.COMPOUND_HEADS.get(tok.lemma.rpartition("-")[2])  # "бизнес-форум", "мини-саммит"
            if etype is None and tok.lemma in tr.RECEPTION_VERBS and tok.pos == "VERB" and receives(tokens, i):
                found.append(Trigger("meeting", i, frozenset({"reception"})))
                continue
            if etype is not None and chaired(tokens, i):
                if not any(tr.TRIGGERS.get(t.lemma) and not chaired(tokens, k) for k, t in enumerate(tokens)):
                    # "Председательствовал на встрече президент Турции ...": who chaired the gathering just told
                    # took part in it (see joined)
                    found.append(Trigger("meeting", i, frozenset({"ref"})))
                continue  # "председательствовавший на встрече": the gathering told, no event of its own
            if etype is None and joined_by_pronoun(tokens, i) and not any(
                    tr.TRIGGERS.get(t.lemma) and not chaired(tokens, k) for k, t in enumerate(tokens)):
                found.append(Trigger("meeting", i, frozenset({"ref"})))  # "в ней приняли участие ...": see joined
                continue
            if etype is None and (heads_of_a_bloc_gather(tokens, i) or council_joined(tokens, i)):
                etype = "summit"  # "главы государств ОДКБ соберутся в Москве в ноябре"
            elif etype is None and gathered(tokens, i):
                found.append(Trigger("meeting", i, frozenset({"ref"})))  # "... собрались президенты X, Y": see gathered
                continue
            if etype is None:
                continue
            flags: set[str] = set()
            if etype == "phone_call":
                if not (phone or tok.lemma in tr.CALL_VERBS) or any(f.type == "phone_call" for f in found):
                    continue
            elif etype == "meeting" and phone and tok.lemma in tr.CONVERSATION:
                continue  # "обсудили по телефону": the conversation word belongs to the call
            if etype == "meeting" and i > 0 and tokens[i - 1].lemma in tr.SUMMIT_MEETINGS:
                etype = "summit"  # "Консультативная встреча глав государств Центральной Азии"
            elif tok.lemma in tr.SITTINGS and council_of_leaders(tokens, i):
                etype = "summit"  # "заседание Совета глав государств – членов ШОС": the summit itself
            elif etype == "meeting" and tok.pos == "NOUN" and meeting_of_a_bloc(tokens, i):
                etype = "summit"  # "неформальная встреча глав государств СНГ"
            elif etype == "meeting" and joined(tokens, i):
                flags.add("ref")  # "Во встрече также участвовали президенты ...": maybe the summit just told
            elif tok.lemma in tr.WEAK:
                flags.add("weak")
                if tok.lemma in tr.MEALS and not any(t.lemma in tr.MEAL_QUALIFIERS for t in tokens[max(0, i - 3):i]):
                    continue
            if etype in ("meeting", "forum", "summit") and names_a_gathering(tokens, i):
                continue  # "заседание Консультативной встречи глав государств": the gathering's name
            prev = tokens[i - 1] if i > 0 else None
            # ("запланирован ряд двусторонних встреч", with nobody named: no event either)
            head = next((t for t in reversed(tokens[max(0, i - 3):i]) if t.pos != "ADJ"), None)
            if prev is not None and (prev.pos == "NUM" or prev.text.isdigit() or head is not None
                                     and head.lemma in cues.SERIES and tok.feat("Case") == "Gen"
                                     and (head is prev or not any(t.lemma in cues.WITH for t in tokens[i + 1:]))):
                continue  # "33 визита", "ряд встреч": a count or a series, each told on its own
            if tok.feat("Number") == "Plur" and etype in ("visit", "forum", "summit") and tok.pos == "NOUN":
                continue  # "визиты", "форумы": a habit or a series
            if prev is not None and prev.lemma in cues.ANAPHORIC:
                continue  # "этот визит": the event is already in the graph
            if tok.pos == "VERB" and tok.feat("Person") == "1" and tok.feat("Tense") == "Pres":
                continue  # "мы встречаемся": a habit
            # "подробности встречи", "ход переговоров"; not the frame "в ходе встречи", which is the event
            window = [t.lemma for n, t in enumerate(tokens[max(0, i - 3):i], max(0, i - 3))
                      if not (t.lemma == "ход" and n > 0 and tokens[n - 1].lemma in cues.IN)]
            if (any(w in cues.META_NOUNS for w in window) or etype in ("summit", "forum") and (
                    any(w in cues.GATHERING_TIME for w in window[-1:])
                    or any(t.lemma == cues.IN_HONOUR for t in tokens[max(0, i - cues.IN_HONOUR_REACH):i]))) \
                    and tok.feat("Case") in ("Gen", "Ins"):
                flags.add("meta")
                if etype != "visit" and any(w in cues.OUTCOME_NOUNS for w in window):
                    flags.add("outcome")  # "по итогам переговоров Токаева и Эрдогана": what came of talks held
                counterpart = etype != "visit" and names_a_counterpart(tokens, i)
                if etype != "visit" and held_participle(tokens, i):
                    flags ^= {"meta", "told"}  # "итоги переговоров, прошедших 12 ноября в Москве": with their own day
                elif etype != "visit" and not names_sides(tokens, i) \
                        and not (counterpart and any(w in cues.OUTCOME_NOUNS for w in window)):
                    if counterpart:  # "обсудил подготовку встречи с Путиным": the side is the noun's, not the verb's
                        found = [f for f in found if "weak" not in f.flags]
                    continue  # "подробности встречи", "итоги переговоров": about an event, not the event
            if etype in ("forum", "summit") and self.margins(tokens, i):
                flags.add("ref")  # "На полях саммита ...": the gathering told before, or told nowhere else
            if _frame_before(tokens, i):
                flags.add("frame")  # "в рамках визита в ЮАР ... посетил остров": the frame is an event of its own
            found.append(Trigger(etype, i, frozenset(flags)))
        return self.dedupe(found, tokens)

    def continues_sequence(self, tokens: tuple[Token, ...], lo: int) -> bool:
        return any(t.lemma in cues.SEQUENCE for t in tokens[lo:lo + 3])

    def told_about(self, tokens: tuple[Token, ...], lo: int, i: int) -> bool:
        if tokens[i].pos != "NOUN":
            return False
        k = i - 1
        while k >= lo and tokens[k].pos in ("ADJ", "DET"):
            k -= 1  # "о своей последней встрече"
        if k >= lo and tokens[k].lemma in cues.ABOUT and any(t.lemma in cues.TALK_VERBS for t in tokens[lo:k]):
            return True
        # "договорённостей, достигнутых в ходе визита": what was reached at an event told as background
        while k >= lo and tokens[k].pos == "ADP" or k >= lo and tokens[k].lemma in cues.FRAME_NOUNS:
            k -= 1
        return k >= lo and tokens[k].feat("VerbForm") == "Part" and tokens[k].feat("Tense") == "Past" \
            and tokens[k].feat("Voice") == "Pass"

    def names_gathering(self, tokens: tuple[Token, ...]) -> frozenset[str]:
        """"по итогам саммита", "на форуме"; a sitting ("По итогам заседания главы государств подписали") is of
        the summit told before, when the gathering told before is one."""
        return frozenset("summit" if t.lemma in tr.SITTINGS else tr.TRIGGERS[t.lemma] for t in tokens
                         if tr.TRIGGERS.get(t.lemma) in ("summit", "forum") or t.lemma in tr.SITTINGS)

    def has_own_object(self, tokens: tuple[Token, ...], i: int) -> bool:
        return any(t.lemma in cues.WITH for t in tokens[i + 1:i + 3])

    # ------------------------------------------------------------------ persons
    def subject(self, sent: Sentence, m: SentenceMentions, focus) -> PersonMention | None:
        for p in m.persons:
            if p.speaker_only or p.person is None and p.via not in ("office", "self") or p.case != "Nom":
                continue
            if p.via == "self" and focus is None:
                continue
            return p
        for p in m.persons:
            # "9 октября на полях саммита у Путина запланированы переговоры с ...", "у президента России
            # Владимира Путина запланирована встреча": who has the event
            if p.person and not p.speaker_only and p.case == "Gen" and self._before_title(sent.tokens, p, cues.HOLDER):
                return p
        if focus is None:
            return None
        for k, tok in enumerate(sent.tokens):
            if tok.lemma in cues.PRONOUNS and tok.feat("Case") == "Nom":
                return PersonMention(focus[0], focus[1], k, k, tok.start, tok.end, "Nom", via="pronoun")
        # "Акихито начал ритуалы 11 марта. За это время посетил другие святилища": a singular past verb with
        # nothing in the nominative before it goes on with the person the text is about
        for k, tok in enumerate(sent.tokens):
            if tok.pos in ("NOUN", "PROPN", "PRON") and tok.feat("Case") == "Nom":
                return None
            if tok.pos == "VERB" and tok.feat("VerbForm") == "Fin" and tok.feat("Tense") == "Past" \
                    and tok.feat("Number") == "Sing" and tok.feat("Gender") in ("Masc", "Fem"):
                return PersonMention(focus[0], focus[1], k, k, tok.start, tok.end, "Nom", via="pronoun")
        return None

    def clause_subject(self, sent: Sentence, m: SentenceMentions, lo: int, hi: int) -> PersonMention | None:
        """", что Путин встретился с Трампом": a later clause with a subject of its own."""
        if lo == 0:
            return None
        for p in m.persons:
            if lo <= p.first <= hi and p.case == "Nom" and not p.speaker_only and (
                    p.person is not None or p.via in ("office", "plural")):
                return p
        return None

    def subordinate_subject(self, sent: Sentence, m: SentenceMentions, lo: int, i: int) -> PersonMention | None:
        return subordinate_subject(sent.tokens, m.persons, lo, i)

    def is_with_object(self, tokens: tuple[Token, ...], p: PersonMention) -> bool:
        k = p.first - 1
        while k > 0 and tokens[k].pos == "ADJ" and p.via != "name":
            k -= 1  # "с новым главой Кубы"
        before = tokens[k].lemma if k >= 0 else ""
        return before in cues.WITH or (p.via == "name" and self._before_title(tokens, p, cues.WITH))

    def we_with_you(self, tokens: tuple[Token, ...], lo: int, i: int) -> bool:
        low = [t.low for t in tokens[lo:i]]
        return any(low[k:k + 3] == ["мы", "с", "вами"] for k in range(len(low) - 2))

    def of_another_participle(self, tokens: tuple[Token, ...], p: PlaceMention, i: int) -> bool:
        k = p.first - 1
        while k > 0 and tokens[k].pos == "ADJ":
            k -= 1  # "в казахстанском Уральске"
        if k < 1 or tokens[k].lemma not in cues.VENUE:
            return False
        verb = tokens[k - 1]
        return k - 1 != i and verb.pos == "VERB" and verb.feat("VerbForm") == "Part" \
            and verb.lemma not in cues.HAPPEN_VERBS | cues.STAY_VERBS | cues.HOLD_VERBS

    def official_named(self, tokens: tuple[Token, ...], p: PersonMention) -> bool:
        for k in range(p.first - 1, max(-1, p.first - 1 - cues.WITH_TITLE_REACH), -1):
            if tokens[k].lemma in cues.OFFICIAL_SUBJECTS:
                return True
            if tokens[k].pos not in ("NOUN", "PROPN", "ADJ") and tokens[k].lemma not in ("по", "и"):
                return False  # "министр иностранных дел Казахстана Ермек Кошербаев", not past the clause
        return False

    def official_subject(self, tokens: tuple[Token, ...], lo: int, i: int) -> bool:
        return any(t.lemma in cues.OFFICIAL_SUBJECTS and t.feat("Case") == "Nom" for t in tokens[lo:i])

    @staticmethod
    def _before_title(tokens, p: PersonMention, words: set[str]) -> bool:
        """Whether one of ``words`` stands before the name, past its title and the title's genitive chain: "с
        президентом России Владимиром Путиным", "у Президента Республики Казахстан Касым-Жомарта Токаева"."""
        for k in range(p.first - 1, max(-1, p.first - 1 - cues.WITH_TITLE_REACH), -1):
            if tokens[k].lemma in words:
                return True
            if tokens[k].pos not in ("NOUN", "PROPN", "ADJ"):
                return False
        return False

    noun_arguments = staticmethod(noun_arguments)  # "встреча Путина и Трампа"

    passive_agents = staticmethod(passive_agents)  # "подписан Медведевым и Обамой", "в присутствии X и Y"

    def titled(self, tokens: tuple[Token, ...], p: PersonMention) -> bool:
        if p.via in ("title", "office") or p.office is not None:
            return True
        # the title before the name, however long its genitive chain: "председатель комиссии Совета федерации
        # по информационной политике Людмила Нарусова", "глава Объединенного комитета начальников штабов генерал"
        for k in range(p.first - 1, max(-1, p.first - 10), -1):
            tok = tokens[k]
            if tok.lemma in lx.RU_OFFICIAL_TITLES:
                return True
            if tok.pos not in ("NOUN", "PROPN", "ADJ") and tok.lemma not in ("по", "при", "и", "в") and not (
                    tok.pos == "VERB" and tok.feat("Case")):  # a participle: "Объединенного комитета"
                return False
        return False

    def is_host_cue(self, tokens: tuple[Token, ...], p: PersonMention) -> bool:
        # "по приглашению Токаева": the host is the genitive after the cue, not the guest who follows it
        return p.case in ("Gen", None) and any(t.lemma in cues.HOST_CUES for t in tokens[max(0, p.first - 3):p.first])

    def other_party(self, sent: Sentence, person_tokens: set[int], i: int, lo: int, hi: int) -> bool:
        tokens = sent.tokens
        # "с" right after the trigger, or after its time and place ("встретился в субботу в Йоханнесбурге с ...")
        for k in range(i + 1, min(hi, i + 8) + 1):
            if tokens[k].pos in ("VERB", "PUNCT") or k > i + 3 and tokens[k - 1].lemma in cues.WITH:
                break
            if tokens[k].lemma in cues.WITH and k + 1 <= hi:
                at = next((n for n in range(k + 1, min(hi, k + 4) + 1) if tokens[n].pos in ("NOUN", "PROPN")), None)
                head = tokens[at] if at is not None else None
                if k + 1 not in person_tokens and head is not None and (
                        head.feat("Animacy") != "Inan" or head.lemma in nt.RU_KIN_HEADS or head.lemma in cues.GROUPS) \
                        and all(n not in person_tokens for n in range(k + 1, min(hi, k + 4) + 1)) \
                        and (head.lemma not in lx.RU_HEAD_OF_STATE | lx.RU_HEAD_OF_GOVERNMENT
                             or heads_of_others(tokens, at)) \
                        and head.lemma not in cues.INTERVIEWERS:  # "в беседе с корреспондентом": an interview
                    return True
        # "новый глава ведомства встретился с премьер-министром": a side the text names by what he is, not who
        if tokens[i].pos != "VERB":
            return False
        for k in range(i - 1, max(lo, i - 5) - 1, -1):  # the noun phrase right before the verb
            t = tokens[k]
            if k in person_tokens:
                return False
            if t.pos == "NOUN" and t.feat("Case") == "Nom":
                return (t.feat("Animacy") == "Anim" or t.lemma in cues.GROUPS) and t.lemma not in cues.INTERVIEWERS \
                    and t.lemma not in lx.RU_SPEAKER_TITLES
            if not (t.pos == "ADJ" or t.pos in ("NOUN", "PROPN") and t.feat("Case") == "Gen"):
                return False
        return False

    def guest_list(self, tokens: tuple[Token, ...], persons: list[PersonMention], i: int) -> list[PersonMention]:
        """"прибыли почётные гости: президент Германии X, президент Латвии Y и премьер Польши Z": after a
        plural arrival verb, the people it lists, each set off by ":", "," or "и"."""
        if tokens[i].lemma not in cues.ARRIVAL_VERBS or tokens[i].feat("Number") != "Plur":
            return []
        out: list[PersonMention] = []
        edge = i
        for p in sorted(persons, key=lambda q: q.first):
            if p.first <= i or p.speaker_only or p.person is None and p.via != "office":
                continue
            gap = tokens[edge + 1:p.first]
            if out and not any(t.text in (",", ":", "и", ";") for t in gap):
                continue  # a word of the title before, not a new guest
            if any(t.pos == "VERB" for t in gap) or len(gap) > 6:
                break
            out.append(p)
            edge = p.last
        return out if len(out) >= 2 else []

    def subject_pronoun(self, tokens: tuple[Token, ...]) -> int | None:
        return next((k for k, t in enumerate(tokens) if t.lemma in cues.PRONOUNS and t.feat("Case") == "Nom"), None)

    def site_visit(self, tokens: tuple[Token, ...], i: int, hi: int) -> bool:
        """"посетил в императорском дворе святилище", "посетил другие святилища в Японии": a visiting verb
        with its object, past the time and place words between them."""
        if tokens[i].lemma not in tr.VISIT_AT_VERBS or tokens[i].pos != "VERB":
            return False
        for tok in tokens[i + 1:min(hi, i + 7) + 1]:
            if tok.pos in ("VERB", "PUNCT", "CCONJ"):
                return False
            if tok.pos == "NOUN" and tok.feat("Case") == "Acc" and tok.feat("Animacy") == "Inan":
                return True
        return False

    def occasion(self, tokens: tuple[Token, ...], lo: int, hi: int) -> bool:
        return any(t.lemma in cues.OCCASIONS and k > lo and tokens[k - 1].lemma in ("на", "для")
                   for k, t in enumerate(tokens[lo:hi + 1], start=lo))

    # ------------------------------------------------------------------ places
    def destination(self, sent: Sentence, candidates: list[PlaceMention], i: int) -> PlaceMention | None:
        """"в Москву", "посетил Казахстан": the accusative place nearest the trigger."""
        tokens = sent.tokens
        # "с визитом в ЮАР", "находящийся с визитом в Перу": the place right after "визит в" is where the
        # visit goes, whatever case the tagger gives an indeclinable name
        if tokens[i].lemma in tr.VISIT_NOUNS and i + 1 < len(tokens) and tokens[i + 1].lemma in cues.IN:
            after = next((p for p in candidates if p.first == i + 2), None)
            if after is not None:
                return after
        if tokens[i].lemma in tr.VISIT_NOUNS:
            # "находящийся в России с государственным визитом": where the guest stays on the visit
            stay = next((k for k in range(i - 1, max(-1, i - 7), -1) if tokens[k].lemma in cues.STAY_VERBS), None)
            at = [p for p in candidates if stay is not None and stay < p.first < i and p.case == "Loc"
                  and p.prep in cues.IN]
            if at:
                return at[-1]
        if tokens[i].pos == "VERB":
            # "в рамках визита в ЮАР посетил остров ...": the place of the frame's noun is not the verb's
            candidates = [p for p in candidates if not (
                p.first >= 2 and tokens[p.first - 1].lemma in cues.IN and tokens[p.first - 2].lemma in tr.VISIT_NOUNS
                and _frame_before(tokens, p.first - 2))]
        acc = [p for p in candidates if p.case == "Acc" and p.prep in ("в", "во", None) or
               p.case == "Acc" and tokens[p.first - 1].pos != "ADP" or
               # "посетил остров Роббенэйланд", "посетил город Туркестан": a name in apposition to the object
               p.first > i and p.first - 1 > 0 and tokens[p.first - 1].pos == "NOUN" and p.case in ("Nom", "Acc")
               and tokens[p.first - 1].feat("Case") == "Acc" and p.first - 1 <= i + 3
               and tokens[i].lemma in tr.VISIT_AT_VERBS]
        if acc:
            return min(acc, key=lambda p: abs(p.first - i))
        if tokens[i].lemma in tr.VISIT_AT_VERBS:
            # "побывал в Пекине", "посетил в Синьцзяне учебный центр": where the visit happens
            at = [p for p in candidates if p.first > i and self.is_location(tokens, p)]
            if at:
                return min(at, key=lambda p: p.first)
        return None

    def is_location(self, tokens: tuple[Token, ...], p: PlaceMention) -> bool:
        if p.case != "Loc":
            return self._in_apposition(tokens, p)
        k = p.first - 2
        while k >= 0 and tokens[k].pos == "ADJ":
            k -= 1
        if p.first >= 2 and tokens[p.first - 1].lemma in cues.IN | cues.ON and k >= 0 \
                and tokens[k].lemma in cues.TOPIC_NOUNS:
            return False  # "обсудили ситуацию в Центральной Азии": the topic, not the place
        if p.prep in cues.IN or p.prep in cues.ON:
            return True  # "в Москве", "на Аляске"
        # "в казахстанском Уральске"
        return p.first >= 2 and tokens[p.first - 2].lemma in cues.IN and tokens[p.first - 1].pos == "ADJ" \
            or self._in_apposition(tokens, p)

    @staticmethod
    def _in_apposition(tokens: tuple[Token, ...], p: PlaceMention) -> bool:
        """"в (подмосковной) резиденции Ново-Огарёво", "в городе Алматы": the name after a place noun."""
        k = p.first - 1
        if k < 1 or tokens[k].lemma not in cues.PLACE_HEADS or tokens[k].feat("Case") != "Loc":
            return False
        k -= 1
        while k >= 0 and tokens[k].pos == "ADJ":
            k -= 1
        return k >= 0 and tokens[k].lemma in cues.IN

    # ------------------------------------------------------------------ details
    def kind(self, tok: Token) -> str | None:
        return cues.KINDS.get(tok.lemma)

    def tense(self, tokens: tuple[Token, ...], lo: int, hi: int, i: int) -> str | None:
        return clause_tense(tokens, lo, hi, i)

    def negation(self, tokens: tuple[Token, ...], lo: int, hi: int, i: int) -> str | None:
        """"встреча не состоялась": "cancelled"; "не встречался", "встреча не запланирована": "none" (no
        event); None when nothing in the clause negates it."""
        for k in range(lo, hi + 1):
            if tokens[k].low != cues.NEGATION or k + 1 > hi or tokens[k + 1].low in cues.NOT_NEGATING_AFTER:
                continue
            verb = next((t for t in tokens[k + 1:min(hi, k + 3) + 1] if t.pos in ("VERB", "AUX")
                         and t.lemma != "быть" or t.pos == "ADJ" and t.feat("Variant") == "Short"), None)
            if verb is not None and verb.feat("VerbForm") in ("Conv", "Part") and verb.feat("Variant") != "Short":
                continue  # "не дожидаясь окончания саммита, встретился": a side action, not the event
            if verb is None or verb.lemma in cues.POSSIBLE:
                continue
            v = tokens.index(verb)
            between = outside_relative(tokens, min(i, k) + 1, max(i, v))  # (past ", о возможности которой ..., ")
            if len(between) < max(i, v) - min(i, k) - 1 and tokens[i].feat("Case") not in ("Nom", "Acc", None):
                continue  # past a relative clause, only the subject is denied: not "на полях саммита, о ..."
            if any(t.pos == "PUNCT" or t.pos == "VERB" and t is not verb for t in between):
                continue  # "..., все оказалось банально: Макрон попросил не проводить встречу": another predicate
            if verb.lemma in cues.TAKE_PART and tr.TRIGGERS.get(tokens[i].lemma) in ("summit", "forum"):
                return "absent"  # "Армения не примет участия в саммите": the summit stands, without them
            return "cancelled" if verb.lemma in cues.HAPPEN_VERBS and tokens[i].pos == "NOUN" else "none"
        return None

    def cancelled(self, sent: Sentence, lo: int, hi: int) -> bool:
        return any(t.lemma in cues.CANCEL for t in sent.tokens[lo:hi + 1])

    def postponed_subject(self, tokens: tuple[Token, ...], i: int) -> bool:
        return postponed_subject(tokens, i)

    def relocated_venue(self, tokens: tuple[Token, ...], lo: int, i: int) -> bool:
        """"изменил место встречи"."""
        return cues.RELOCATE_NOUN in {t.lemma for t in tokens[max(lo, i - 2):i]} and \
            bool({t.lemma for t in tokens[lo:i]} & cues.RELOCATE_VERBS)

    planned_before = staticmethod(planned_before)  # "предстоящий визит", "в канун саммита"
    put_off_before = staticmethod(put_off_before)  # "перенесенный на осень саммит прошел"
    put_off_object = staticmethod(put_off_object)  # "перенес запланированный на четверг визит"
    holding_to_come = staticmethod(holding_to_come)  # "пригласил на саммит, который пройдет в мае"
    modality = staticmethod(modality)  # "предложил провести", "может посетить", "регулярно встречаются"

    sides_by_adjective = staticmethod(compound_sides)  # "российско-казахстанские переговоры"

    def series_of_talks(self, tokens: tuple[Token, ...], i: int) -> bool:
        tok = tokens[i]
        if tok.lemma in tr.PHONE_MARKERS and i + 1 < len(tokens):
            tok = tokens[i + 1]  # "провёл телефонные разговоры с A и B": a call with each
        return tok.lemma in tr.SERIES_NOUNS and tok.feat("Number") == "Plur" and not any(
            t.lemma.startswith(tr.MANY_SIDED) for t in tokens[max(0, i - 2):i])

    def ceremony(self, tokens: tuple[Token, ...], i: int) -> bool:
        return i > 0 and tokens[i - 1].lemma in cues.CEREMONY

    def duration_days(self, tokens: tuple[Token, ...]) -> int | None:
        match = next((m for m in (cues.DURATION.match(t.low) for t in tokens) if m), None)
        return None if match is None else cues.DURATION_DAYS.get(match.group(1)) or int(match.group(1))

    def listed_after(self, tokens: tuple[Token, ...], i: int) -> bool:
        k = i - 1
        while k >= 0 and tokens[k].pos == "ADJ":
            k -= 1
        return tokens[i].pos == "NOUN" and k >= 0 and tokens[k].lemma in cues.LISTED_AFTER

    def hosting_city(self, tokens: tuple[Token, ...], places: list, i: int):
        verb = next((k for k in range(i - 1, max(-1, i - 1 - cues.HOSTING_REACH), -1)
                     if tokens[k].lemma in cues.HOSTING_VERBS and tokens[k].pos == "VERB"), None)
        if verb is None or any(t.pos not in ("ADJ", "NUM", "PROPN") for t in tokens[verb + 1:i]):
            return None  # (only the gathering's own words between: "приняла XII саммит")
        return next((p for p in reversed(places) if p.kind == "city" and p.case == "Nom" and p.last < verb
                     and all(t.pos in ("ADV", "ADJ", "PUNCT") for t in tokens[p.last + 1:verb])), None)

    def margins(self, tokens: tuple[Token, ...], i: int) -> bool:
        return i >= 2 and (tokens[i - 2].lemma, tokens[i - 1].lemma) in cues.MARGINS \
            and tr.TRIGGERS.get(tokens[i].lemma) in ("summit", "forum")

    def formal_talks(self, token: Token) -> bool:
        return token.lemma in cues.FORMAL_TALKS

    def another_occasion(self, tokens: tuple[Token, ...], lo: int, i: int) -> bool:
        if cues.LAST_TIME in " ".join(t.text.lower() for t in tokens[lo:i]):
            return True  # "В последний раз лидеры встречались в октябре": the last time, not this one
        for tok in reversed(tokens[max(0, i - cues.ANOTHER_REACH):i]):  # adjectives only ("последний день визита")
            if tok.pos != "ADJ":
                return False
            if tok.lemma in cues.ANOTHER_OCCASION:
                return True
        return False

    def purpose(self, tokens: tuple[Token, ...], i: int) -> bool:
        # ("для участия в саммите" right before the noun: not "для участия в саммите прибыл", the arrival itself)
        before = [t.lemma for t in tokens[max(0, i - 6):i] if t.pos not in ("ADJ", "NUM")]
        return any(tuple(before[-len(p):]) == p for p in cues.PURPOSE)

    def is_venue(self, tokens: tuple[Token, ...], i: int) -> bool:
        return i > 0 and tokens[i - 1].lemma in cues.VENUE

    # ------------------------------------------------------------------ names
    gathering_name = staticmethod(gathering_name)
    document_title = staticmethod(document_title)


def _frame_before(tokens: tuple[Token, ...], i: int) -> bool:
    """"в рамках визита", "в ходе поездки", "во время встречи": the trigger names the frame of the clause."""
    before = " ".join(t.low for t in tokens[max(0, i - 2):i])
    return any(before.endswith(cue) for cue in cues.FRAMES)
